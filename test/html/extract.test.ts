import { strict as assert } from "node:assert";
import { test } from "node:test";
import { htmlToDoc } from "../../src/input/html/html-to-doc.js";

const para = (n: number): string =>
  `<p>Paragraph ${n} of the story explains, in some detail, how the council reached its decision, what it will cost, and who will pay for it over the next ten years.</p>`;

const PAGE = `<!doctype html><html lang="en"><head><title>Council passes budget | Daily Post</title></head><body>
<header><a href="/">Daily Post</a><nav><a href="/news">News</a> <a href="/sport">Sport</a> <a href="/weather">Weather</a></nav></header>
<main><article>
  <h1>Council passes budget</h1>
  <div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Share on X</a></div>
  <div class="entry-content">
    ${para(1)}${para(2)}
    <h2>What happens next</h2>
    ${para(3)}
    <ul><li>First, the levy rises by two percent in April for every household.</li><li>Second, the library reopens.</li></ul>
    <blockquote>We did what we had to do, the mayor said after the vote.</blockquote>
    ${para(4)}
  </div>
  <div class="related-posts"><h3>Related</h3><ul><li><a href="/a">Another story about the council</a></li><li><a href="/b">Yet another story</a></li></ul></div>
</article></main>
<aside class="sidebar"><h3>Most read</h3><p>Something else people read today, at great length, in the sidebar of the page.</p></aside>
<footer><p>© 2025 Daily Post. All rights reserved.</p></footer>
<script>var tracking = "should never appear";</script>
</body></html>`;

test("keeps paragraphs, headings, list items and quotes of the article", () => {
  const { doc, extractor } = htmlToDoc(PAGE);
  assert.equal(doc.format, "html");
  assert.match(extractor, /^own/u);
  for (const n of [1, 2, 3, 4]) assert.match(doc.text, new RegExp(`Paragraph ${n} of the story`, "u"));
  assert.match(doc.text, /\n\nWhat happens next\n\n/u);
  assert.match(doc.text, /Second, the library reopens\./u);
  assert.match(doc.text, /the mayor said after the vote/u);
});

test("drops chrome and records it in domRemovals", () => {
  const { doc, domRemovals } = htmlToDoc(PAGE);
  for (const junk of ["Share on Facebook", "Another story", "Most read", "All rights reserved", "tracking", "Sport"]) assert.doesNotMatch(doc.text, new RegExp(junk, "u"));
  const reasons = domRemovals.map((r) => r.reason);
  assert.ok(reasons.includes("class/id:share"), reasons.join(", "));
  assert.ok(reasons.includes("class/id:related"), reasons.join(", "));
  assert.ok(domRemovals.every((r) => r.path !== "" && typeof r.excerpt === "string"));
});

test("the title heading goes to metadata, not the text", () => {
  const { doc, meta } = htmlToDoc(PAGE);
  assert.equal(meta.title?.value, "Council passes budget");
  assert.ok(!doc.text.startsWith("Council passes budget"));
});

test("every block and line range slices doc.text exactly", () => {
  const { doc } = htmlToDoc(PAGE);
  assert.ok(doc.blocks.length >= 7);
  for (const b of doc.blocks) {
    assert.equal(doc.text.slice(b.range[0], b.range[1]), b.text);
    for (const l of b.lines) assert.equal(doc.text.slice(l.range[0], l.range[1]), l.text);
  }
  assert.equal(doc.blocks.map((b) => b.text).join("\n\n"), doc.text);
});

test("<br> splits lines inside a block; <pre> keeps its layout", () => {
  const { doc } = htmlToDoc(`<body><article>${para(1)}<p>Line one<br>Line two</p><pre>a = 1\n  b = 2</pre>${para(2)}</article></body>`);
  const block = doc.blocks.find((b) => b.text.startsWith("Line one"))!;
  assert.deepEqual(block.lines.map((l) => l.text), ["Line one", "Line two"]);
  assert.match(doc.text, /a = 1\n {2}b = 2/u);
});

test("mainContent none keeps the whole body minus scripts", () => {
  const { doc } = htmlToDoc(PAGE, { mainContent: "none" });
  assert.match(doc.text, /All rights reserved/u);
  assert.doesNotMatch(doc.text, /tracking/u);
});
