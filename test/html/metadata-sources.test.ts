// Small pages, one per form the HTML metadata reader must handle: JSON-LD wrapped for XHTML,
// titles against a lone <h1>, publisher handles, bylines shown on the page, date lines,
// descriptions, entities, and the provenance of every field of a cleaned page.
import { strict as assert } from "node:assert";
import { describe, test } from "node:test";
import { htmlToDoc } from "../../src/input/html/html-to-doc.js";
import { createCleaner } from "../../src/index.js";

const page = (head: string, body = ""): string => `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;
const ldScript = (json: unknown, wrap: (s: string) => string = (s) => s): string => `<script type="application/ld+json">${wrap(JSON.stringify(json))}</script>`;
const article = {
  "@context": "https://schema.org",
  "@type": "NewsArticle",
  headline: "Council passes the budget",
  author: { "@type": "Person", name: "Ann Lee" },
  datePublished: "2024-11-02T08:00:00+01:00",
  dateModified: "2024-11-03T09:30:00+01:00",
  publisher: { "@type": "Organization", name: "Daily Post" },
  description: "The council voted on Tuesday.",
};
const prose = "<p>The council met on Tuesday evening and voted on the budget for the coming year, after a long debate.</p>";

describe("html metadata sources", () => {
  const wrappers: Array<[string, (s: string) => string]> = [
    ["bare CDATA", (s) => `<![CDATA[${s}]]>`],
    ["CDATA in // comments", (s) => `//<![CDATA[\n${s}\n//]]>`],
    ["CDATA in /* */ comments", (s) => `/* <![CDATA[ */ ${s} /* ]]> */`],
    ["an HTML comment", (s) => `<!-- ${s} -->`],
  ];
  for (const [name, wrap] of wrappers) {
    test(`JSON-LD wrapped in ${name} is read`, () => {
      const { meta } = htmlToDoc(page(ldScript(article, wrap)));
      assert.deepEqual(meta.title, { value: "Council passes the budget", from: "json-ld:headline" });
      assert.deepEqual(meta.authors, { value: ["Ann Lee"], from: "json-ld:author" });
      assert.deepEqual(meta.publishedAt, { value: "2024-11-02T08:00:00+01:00", from: "json-ld:datePublished" });
      assert.deepEqual(meta.siteName, { value: "Daily Post", from: "json-ld:publisher" });
      assert.equal(meta.description?.value, "The council voted on Tuesday.");
    });
  }

  test("an author given by @id in the @graph is looked up; dateCreated stands in for a missing datePublished", () => {
    const graph = {
      "@context": "https://schema.org",
      "@graph": [
        { "@type": "Person", "@id": "https://post.example/#ann", name: "Ann Lee" },
        { "@type": "BlogPosting", headline: "A day at the market", author: { "@id": "https://post.example/#ann" }, dateCreated: "2023-04-05T06:07:08Z" },
      ],
    };
    const { meta } = htmlToDoc(page(ldScript(graph)));
    assert.deepEqual(meta.authors, { value: ["Ann Lee"], from: "json-ld:author" });
    assert.deepEqual(meta.publishedAt, { value: "2023-04-05T06:07:08Z", from: "json-ld:dateCreated" });
  });

  test("declared titles that agree win over a lone <h1> that shares none of their words", () => {
    const { meta } = htmlToDoc(page(`<title>Council passes the budget | Daily Post</title><meta property="og:title" content="Council passes the budget">`, "<h1>Ann Lee</h1>" + prose));
    assert.deepEqual(meta.title, { value: "Council passes the budget", from: "meta[og:title]" });
  });

  test("a lone <h1> that is a variant of the declared title stays the title", () => {
    const { meta } = htmlToDoc(page(`<title>Budget passes: what it means</title><meta property="og:title" content="Budget passes: what it means">`, "<h1>The council passes its budget</h1>" + prose));
    assert.deepEqual(meta.title, { value: "The council passes its budget", from: "h1" });
  });

  test("the site's name is taken off a declared title, at the end or at the start", () => {
    const suffix = htmlToDoc(page(`<meta property="og:site_name" content="Daily Post"><title>Budget passes – Daily Post</title>`)).meta;
    assert.equal(suffix.title?.value, "Budget passes");
    const prefix = htmlToDoc(page(`<meta property="og:site_name" content="Daily Post"><title>Daily Post | Budget passes at last</title>`)).meta;
    assert.equal(prefix.title?.value, "Budget passes at last");
  });

  test("an <h1> with the site's name or a tagline after a separator: the headline alone", () => {
    const site = htmlToDoc(page(`<meta property="og:site_name" content="Daily Post">`, `<h1>Council passes the budget – Daily Post</h1>${prose}`)).meta;
    assert.deepEqual(site.title, { value: "Council passes the budget", from: "h1" });
    const tagline = htmlToDoc(page(`<title>Council passes the budget</title>`, `<h1>Council passes the budget | Opinion</h1>${prose}`)).meta;
    assert.deepEqual(tagline.title, { value: "Council passes the budget", from: "h1" });
  });

  test("a publisher's twitter:creator handle is not an author", () => {
    const handle = htmlToDoc(page(`<meta name="twitter:creator" content="@NBCNews"><meta property="og:title" content="Storm hits the coast">`)).meta;
    assert.equal(handle.authors, undefined);
    const site = htmlToDoc(page(`<meta property="og:site_name" content="NBC News"><meta name="twitter:creator" content="NBC News">`)).meta;
    assert.equal(site.authors, undefined);
    const person = htmlToDoc(page(`<meta name="twitter:creator" content="Ann Lee">`)).meta;
    assert.deepEqual(person.authors, { value: ["Ann Lee"], from: "meta[twitter:creator]" });
  });

  test("space-separated property and rel values are each read", () => {
    const { meta } = htmlToDoc(page(`<meta property="og:title twitter:title" content="Storm hits the coast">`, `<h1>x</h1><a rel="author external" href="https://elsewhere.example/ann">Ann Lee</a>${prose}`));
    assert.deepEqual(meta.title, { value: "Storm hits the coast", from: "meta[og:title]" });
    assert.deepEqual(meta.authors, { value: ["Ann Lee"], from: "rel=author" });
  });

  test("a visible byline near the headline: an author-page link after 'By', cleaned of dates and outlets", () => {
    const link = htmlToDoc(page("", `<h1>Storm hits the coast</h1><p>By <a href="/authors/jo-park">Jo Park</a></p>${prose}`)).meta;
    assert.deepEqual(link.authors?.value, ["Jo Park"]);
    const byline = htmlToDoc(page("", `<h1>Storm hits the coast</h1><div class="post-byline"><span>By Jo Park | Reuters</span><span>June 3, 2025</span></div>${prose}`)).meta;
    assert.deepEqual(byline.authors, { value: ["Jo Park"], from: "byline" });
    const label = htmlToDoc(page("", `<h1>Storm hits the coast</h1><p><span>Written by</span> <b>Jo Park</b></p>${prose}`)).meta;
    assert.deepEqual(label.authors, { value: ["Jo Park"], from: "text:by-label" });
  });

  test("the byline nearest the headline wins over those of teasers and comments", () => {
    const body = `<div class="comments"><span class="author-name">Troll Person</span></div><h1>Storm hits the coast</h1><span class="author-name">Jo Park</span>${prose}<div class="teaser"><span class="author-name">Someone Else</span></div>`;
    assert.deepEqual(htmlToDoc(page("", body)).meta.authors?.value, ["Jo Park"]);
  });

  test("an author that only names the site gives way to the person in the byline", () => {
    const { meta } = htmlToDoc(page(`<meta property="og:site_name" content="Daily Post"><meta name="author" content="Daily Post">`, `<h1>Storm hits the coast</h1><span class="byline">By Jo Park</span>${prose}`));
    assert.deepEqual(meta.authors, { value: ["Jo Park"], from: "byline" });
  });

  test("a login handle in meta author gives way to the byline", () => {
    const { meta } = htmlToDoc(page(`<meta name="author" content="jpark.editor">`, `<h1>Storm hits the coast</h1><span class="byline">By Jo Park</span>${prose}`));
    assert.deepEqual(meta.authors?.value, ["Jo Park"]);
  });

  test("dates keep their time and zone; published is preferred over modified", () => {
    const meta = htmlToDoc(page(`<meta property="article:modified_time" content="2024-05-02T11:00:00+02:00"><meta property="article:published_time" content="2024-05-01T10:00:00+02:00">`)).meta;
    assert.deepEqual(meta.publishedAt, { value: "2024-05-01T10:00:00+02:00", from: "meta[article:published_time]" });
    assert.equal(meta.modifiedAt?.value, "2024-05-02T11:00:00+02:00");
    const time = htmlToDoc(page("", `<h1>x</h1><time datetime="2024-05-01T10:00:00-05:00">May 1</time>`)).meta;
    assert.deepEqual(time.publishedAt, { value: "2024-05-01T10:00:00-05:00", from: "time[datetime]" });
  });

  test("a page that states no date in its metadata: the date line next to the headline", () => {
    const body = `<h1>Storm hits the coast</h1><div class="meta"><span>Published on July 18, 2025</span></div>${prose}<div class="teaser"><p>March 3, 2019</p></div>`;
    assert.deepEqual(htmlToDoc(page("", body)).meta.publishedAt, { value: "2025-07-18", from: "text:date-line" });
    const dotted = htmlToDoc(page("", `<h1>Storm hits the coast</h1><p><span>23.07.2025</span></p>${prose}`)).meta;
    assert.equal(dotted.publishedAt?.value, "2025-07-23");
  });

  test("a date shown as an update is the modified date; a published one beside it is the publication's", () => {
    const both = htmlToDoc(page("", `<h1>Storm hits the coast</h1><p><span>Last updated</span> <span>on</span> <span>January 2, 2026</span></p><p class="date">December 22, 2022</p>${prose}`)).meta;
    assert.deepEqual(both.publishedAt, { value: "2022-12-22", from: "text:date-line" });
    assert.deepEqual(both.modifiedAt, { value: "2026-01-02", from: "text:update-line" });
    const own = htmlToDoc(page("", `<h1>Storm hits the coast</h1><p>Updated: Jan 2, 2026</p><p class="date">December 22, 2022</p>${prose}`)).meta;
    assert.equal(own.publishedAt?.value, "2022-12-22");
    assert.equal(own.modifiedAt?.value, "2026-01-02");
    const declared = htmlToDoc(page(`<meta property="article:modified_time" content="2026-01-03T10:00:00Z">`, `<h1>Storm hits the coast</h1><p><span>Updated</span> <span>January 2, 2026</span></p>${prose}`)).meta;
    assert.deepEqual(declared.modifiedAt, { value: "2026-01-03T10:00:00Z", from: "meta[article:modified_time]" });
  });

  test("a page whose only shown date is an update's: that date stands for the publication, marked as such", () => {
    const meta = htmlToDoc(page("", `<h1>Storm hits the coast</h1><p><span>Updated on</span> <span>January 2, 2026</span></p>${prose}`)).meta;
    assert.deepEqual(meta.publishedAt, { value: "2026-01-02", from: "text:update-line" });
    assert.deepEqual(meta.modifiedAt, { value: "2026-01-02", from: "text:update-line" });
  });

  test("a date after another field's label ('Book:', 'Joined:') is that field's; 'Release date:' is the page's", () => {
    const offer = htmlToDoc(page("", `<h1>Spring offers</h1><p><strong>Book:</strong></p><p>By Dec 31, 2025</p>${prose}`)).meta;
    assert.equal(offer.publishedAt, undefined);
    const released = htmlToDoc(page("", `<h1>Spring offers</h1><p><strong>Release date:</strong></p><p>Dec 31, 2025</p>${prose}`)).meta;
    assert.equal(released.publishedAt?.value, "2025-12-31");
  });

  test("a publication date declared no earlier than the modified one gives way to an earlier date shown by the headline", () => {
    const stamped = ldScript({ ...article, datePublished: "2025-11-29T12:28:31-05:00", dateModified: "2025-11-29T12:28:31-05:00" });
    const shown = htmlToDoc(page(stamped, `<h1>Council passes the budget</h1><p class="date">March 3, 2023</p>${prose}`)).meta;
    assert.deepEqual(shown.publishedAt, { value: "2023-03-03", from: "text:date-line" });
    const later = ldScript({ ...article, datePublished: "2025-11-29T12:28:31-05:00", dateModified: "2025-12-02T08:00:00-05:00" });
    assert.equal(htmlToDoc(page(later, `<h1>Council passes the budget</h1><p class="date">March 3, 2023</p>${prose}`)).meta.publishedAt?.value, "2025-11-29T12:28:31-05:00");
    const filler = Array.from({ length: 30 }, (_, i) => `<p>Paragraph ${i} of the story.</p>`).join("");
    const far = htmlToDoc(page(stamped, `<h1>Council passes the budget</h1>${filler}<p>March 3, 2023</p>${prose}`)).meta;
    assert.equal(far.publishedAt?.value, "2025-11-29T12:28:31-05:00");
    const labelled = htmlToDoc(page(stamped, `<h1>Council passes the budget</h1>${filler}<div><span>Published</span> <span>March 3, 2023</span></div>${prose}`)).meta;
    assert.equal(labelled.publishedAt?.value, "2023-03-03");
  });

  test("an embedded post's date is its own author's, not the article's", () => {
    const tweet = `<blockquote class="twitter-tweet"><p>Small languages can make a comeback.</p>— Ann Lee (@annlee) <a href="https://x.example/s/1">November 20, 2025</a></blockquote>`;
    assert.equal(htmlToDoc(page("", `<h1>Storm hits the coast</h1>${prose}${tweet}`)).meta.publishedAt, undefined);
  });

  test("a twitter:label 'Written by' names the author in its twitter:data", () => {
    const { meta } = htmlToDoc(page(`<meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="Ann Lee">`));
    assert.deepEqual(meta.authors, { value: ["Ann Lee"], from: "meta[twitter:written by]" });
  });

  test("no description declared: the first paragraph after the headline, as Readability's excerpt", () => {
    const { meta } = htmlToDoc(page("<title>Storm</title>", `<p>Menu</p><h1>Storm hits the coast</h1><p>Photo: AP</p>${prose}`));
    assert.deepEqual(meta.description, { value: "The council met on Tuesday evening and voted on the budget for the coming year, after a long debate.", from: "text:first-paragraph" });
  });

  test("entities escaped twice by the site are decoded, once", () => {
    const { meta } = htmlToDoc(page(`<meta property="og:title" content="That&amp;#039;s the plan"><meta name="description" content="Tom &amp;amp;amp; Jerry">`, "<h1>That&amp;#039;s the plan</h1>"));
    assert.equal(meta.title?.value, "That's the plan");
    assert.equal(meta.description?.value, "Tom &amp; Jerry");
  });

  test("a page whose JSON-LD is in CDATA: its date is taken, not one from the body text", () => {
    const body = `<article><h1>Council passes the budget</h1><p>Published: 3 March 2019</p>${prose.repeat(4)}</article>`;
    const out = createCleaner().clean({ html: page(ldScript(article, (s) => `//<![CDATA[\n${s}\n//]]>`), body) });
    assert.equal(out.metadata.publishedAt, "2024-11-02T08:00:00+01:00");
    assert.equal(out.metadataFrom.publishedAt, "json-ld:datePublished");
    assert.equal(out.metadata.author, "Ann Lee");
  });

  test("every metadata field of a cleaned page says where it came from", () => {
    const head = `${ldScript(article)}<meta property="og:image" content="https://post.example/a.jpg"><link rel="canonical" href="https://post.example/budget"><meta name="keywords" content="council, budget">`;
    const body = `<article><h1>Council passes the budget</h1>${prose.repeat(4)}</article>`;
    const out = createCleaner().clean({ html: `<!doctype html><html lang="en"><head>${head}</head><body>${body}</body></html>` });
    for (const key of Object.keys(out.metadata)) assert.ok(out.metadataFrom[key as keyof typeof out.metadata], `no provenance for ${key}`);
    assert.ok(Object.keys(out.metadata).length >= 10);
  });
});

test("a page nesting thousands of author-marked elements is read in time", () => {
  const depth = 20_000;
  const html = `<html><body><h1>Deep</h1>${'<div class="author">'.repeat(depth)}Ann Lee${"</div>".repeat(depth)}</body></html>`;
  const started = performance.now();
  const { meta } = htmlToDoc(html);
  assert.ok(performance.now() - started < 20_000);
  assert.equal(meta.title?.value, "Deep");
});

test("a thread served inside <noscript>: the first post's author, not a status word", () => {
  const post = (user: string): string => `<div class="topic-body"><span itemprop="author"><a href="/u/${user}"><span itemprop="name">${user}</span></a></span><a href="/members/${user}">Offline</a><p>${"A post about the broken update and what we tried. ".repeat(3)}</p></div>`;
  const { meta } = htmlToDoc(`<html><body><noscript><h1>Update broken</h1>${post("dalejack")}${post("someone")}</noscript></body></html>`);
  assert.deepEqual(meta.authors, { value: ["dalejack"], from: "itemprop=author" });
});
