import { strict as assert } from "node:assert";
import { test } from "node:test";
import { htmlToDoc } from "../../src/input/html/html-to-doc.js";

const head = (inner: string, body = ""): string => `<html lang="de"><head>${inner}</head><body>${body}</body></html>`;

test("JSON-LD article fields, with entities decoded", () => {
  const ld = {
    "@context": "https://schema.org",
    "@graph": [
      { "@type": "WebSite", name: "Example" },
      { "@type": "NewsArticle", headline: "M&#038;A roundup", author: [{ "@type": "Person", name: "Ann Lee" }, { name: "Bo Chan" }], datePublished: "2025-03-04T10:00:00Z", dateModified: "2025-03-05", publisher: { name: "Example News" }, keywords: "deals, tech", image: { url: "https://x/img.jpg" } },
    ],
  };
  const { meta } = htmlToDoc(head(`<script type="application/ld+json">${JSON.stringify(ld)}</script>`));
  assert.deepEqual(meta.title, { value: "M&A roundup", from: "json-ld:headline" });
  assert.deepEqual(meta.authors, { value: ["Ann Lee", "Bo Chan"], from: "json-ld:author" });
  assert.deepEqual(meta.publishedAt, { value: "2025-03-04T10:00:00Z", from: "json-ld:datePublished" });
  assert.equal(meta.modifiedAt?.value, "2025-03-05");
  assert.equal(meta.siteName?.value, "Example News");
  assert.deepEqual(meta.tags?.value, ["deals", "tech"]);
  assert.equal(meta.image?.value, "https://x/img.jpg");
  assert.deepEqual(meta.lang, { value: "de", from: "html[lang]" });
});

test("OpenGraph and article:* meta tags, site name stripped from the title", () => {
  const { meta } = htmlToDoc(
    head(`<meta property="og:title" content="Budget passes | Daily Post"><meta property="og:site_name" content="Daily Post"><meta name="author" content="Ann Lee">
      <meta property="article:published_time" content="2024-11-02T08:00:00+01:00"><meta property="article:tag" content="council"><meta property="article:tag" content="money">
      <meta name="description" content="The council voted."><link rel="canonical" href="https://post.example/budget">`),
  );
  assert.deepEqual(meta.title, { value: "Budget passes", from: "meta[og:title]" });
  assert.deepEqual(meta.authors, { value: ["Ann Lee"], from: "meta[author]" });
  assert.deepEqual(meta.publishedAt, { value: "2024-11-02T08:00:00+01:00", from: "meta[article:published_time]" });
  assert.deepEqual(meta.tags?.value, ["council", "money"]);
  assert.equal(meta.siteName?.value, "Daily Post");
  assert.equal(meta.description?.value, "The council voted.");
  assert.deepEqual(meta.canonical, { value: "https://post.example/budget", from: "link[rel=canonical]" });
});

test("<time datetime>, a byline and the single <h1> from the page itself", () => {
  const { meta } = htmlToDoc(head("<title>Site</title>", `<h1>The real headline</h1><span class="byline">By Jo Park</span><time datetime="2023-06-08">June 8</time><p>Text.</p>`));
  assert.deepEqual(meta.title, { value: "The real headline", from: "h1" });
  assert.deepEqual(meta.authors, { value: ["Jo Park"], from: "byline" });
  assert.deepEqual(meta.publishedAt, { value: "2023-06-08", from: "time[datetime]" });
});

test("broken JSON-LD is skipped, not thrown", () => {
  const { meta } = htmlToDoc(head(`<script type="application/ld+json">{"@type": "Article", "headline": "x",}</script><meta property="og:title" content="Fallback title here">`));
  assert.equal(meta.title?.value, "Fallback title here");
});
