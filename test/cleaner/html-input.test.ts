// The library's one pipeline with two front ends: clean({html}) gives the same result shape as
// clean({text}), with the page's own metadata and the DOM stage's removals.
import assert from "node:assert/strict";
import { gzipSync } from "node:zlib";
import { describe, it } from "node:test";
import { createCleaner } from "../../src/index.js";

const page = `<!doctype html><html lang="en"><head><title>Bridge vote | Town News</title>
<meta property="og:site_name" content="Town News">
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Council approves the bridge","author":{"@type":"Person","name":"Jane Doe"},"datePublished":"2024-03-14T09:30:00Z"}</script>
</head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Council approves the bridge</h1>
<p>The city council approved the new bridge on Monday after a long debate about its cost and the traffic it will bring to the old town.</p>
<div class="share-bar">Share on Facebook</div>
<p>Councillors said the plan would be reviewed again in the spring, when the first figures for the year are known to the public.</p>
<p>Source: Agencies</p></article>
<footer>© 2024 Town News. All rights reserved.</footer></body></html>`;

describe("cleaner › html input", () => {
  const cleaner = createCleaner();

  it("cleaner › html input › keeps the article and drops the chrome", () => {
    const r = cleaner.clean({ id: "p1", html: page });
    assert.equal(r.status, "ok");
    assert.match(r.text, /approved the new bridge on Monday/u);
    assert.match(r.text, /reviewed again in the spring/u);
    for (const noise of ["Home", "Share on Facebook", "All rights reserved", "Source: Agencies"]) assert.ok(!r.text.includes(noise), noise);
  });

  it("cleaner › html input › metadata comes from the page, with its source, and text rules add theirs", () => {
    const r = cleaner.clean({ html: page });
    assert.equal(r.metadata.title, "Council approves the bridge");
    assert.equal(r.metadata.author, "Jane Doe");
    assert.match(r.metadata.publishedAt ?? "", /^2024-03-14/u);
    assert.equal(r.metadata.siteName, "Town News");
    assert.match(r.metadataFrom.author ?? "", /json-ld/u);
    assert.equal(r.metadata.source, "Agencies");
    assert.equal(r.metadataFrom.source, "rule:source-line");
  });

  it("cleaner › html input › DOM removals and text removals are both explained", () => {
    const r = cleaner.clean({ html: page });
    assert.ok((r.domRemovals ?? []).some((d) => d.excerpt.includes("Share on Facebook") || d.excerpt.includes("Home")));
    assert.ok(r.removed.some((x) => x.ruleId === "source-line" && x.text === "Source: Agencies"));
    assert.ok(r.extractor?.length);
  });

  it("cleaner › html input › every removal slices the extracted text exactly", () => {
    const r = cleaner.clean({ html: page });
    for (const x of r.removed) assert.ok(x.range[1] > x.range[0] && x.text.length === x.range[1] - x.range[0]);
  });

  it("cleaner › html input › a document with neither text nor html is rejected, not thrown", () => {
    const r = cleaner.clean({ id: "x" } as never);
    assert.equal(r.status, "rejected");
    assert.deepEqual(r.warnings.map((w) => w.code), ["missing-input"]);
    const both = cleaner.clean({ text: "a", html: "<p>a</p>" });
    assert.equal(both.status, "rejected");
  });

  it("cleaner › html input › a PDF passed as HTML is rejected with a reason", () => {
    const r = cleaner.clean({ html: "%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog >>" });
    assert.equal(r.status, "rejected");
    assert.equal(r.warnings[0]?.code, "binary-input");
  });

  it("cleaner › html input › null, undefined, numbers and arrays are rejected, never thrown", () => {
    for (const bad of [null, undefined, 42, ["a"], { text: 5 }, { html: {} }]) {
      const r = cleaner.clean(bad as never);
      assert.equal(r.status, "rejected", String(bad));
      assert.deepEqual(r.warnings.map((w) => w.code), ["missing-input"]);
    }
  });

  it("cleaner › html input › HTML bytes are decoded by their charset, gzip included", () => {
    const latin1 = Buffer.from(page.replace("<head>", '<head><meta charset="iso-8859-1">').replace("</article>", "<p>Caf\u00e9 owners welcomed the decision on Tuesday evening.</p></article>"), "latin1");
    const fromBytes = cleaner.clean({ bytes: latin1, id: "b" });
    assert.equal(fromBytes.status, "ok");
    assert.equal(fromBytes.id, "b");
    assert.ok(fromBytes.text.includes("Caf\u00e9 owners"), fromBytes.text);
    const fromHtmlBytes = cleaner.clean({ html: gzipSync(latin1) });
    assert.equal(fromHtmlBytes.text, fromBytes.text);
    const badGzip = cleaner.clean({ bytes: Buffer.from([0x1f, 0x8b, 8, 0, 1, 2, 3]) });
    assert.equal(badGzip.status, "rejected");
  });
});
