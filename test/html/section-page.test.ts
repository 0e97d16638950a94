// A page read as an article at a section's index address ("/news", "/blog/", "/category/x/") is
// reported as a listing, dated or not, its text handled as the article's was.
import { strict as assert } from "node:assert";
import { test } from "node:test";
import { createCleaner } from "../../src/index.js";
import { htmlToDoc } from "../../src/input/html/html-to-doc.js";
import { SECTION_ADDRESS } from "../../src/input/html/address-type.js";

const prose = Array.from({ length: 4 }, (_, i) => `<p>News item ${i + 1}: the council met on a long evening, and a sentence long enough to count, with a comma.</p>`).join("");
const page = (head: string): string => `<html><head><title>News</title>${head}</head><body><main><h1>News</h1>${prose}</main></body></html>`;
const at = (path: string): string => `<link rel="canonical" href="https://example.org${path}">`;
const dated = `<meta property="article:published_time" content="2025-03-04T10:00:00Z">`;

test("a page read as an article at a section's address is a listing, dated or not, reported only", () => {
  assert.deepEqual(htmlToDoc(page(at("/news"))).pageType, { type: "listing", from: "structure", handledAs: "article" });
  assert.equal(htmlToDoc(page(dated + at("/category/science/"))).pageType?.type, "listing");
  assert.equal(htmlToDoc(page(dated + at("/news/2025/03/council-meets"))).pageType?.type, "article");
});

test("reported as a listing, the page keeps the article's text", () => {
  const cleaner = createCleaner();
  const index = cleaner.clean({ html: page(at("/blog/")) });
  const plain = cleaner.clean({ html: page(at("/blog/council-meets")) });
  assert.equal(index.pageType, "listing");
  assert.equal(index.text, plain.text);
});

test("section paths: a section's index, not an article under it, a topic or the home page", () => {
  for (const url of ["/news", "https://example.org/en/news/", "/issues/", "/sections/science/", "/tag/diy", "/blog/page/2"]) assert.ok(SECTION_ADDRESS.matches(url), url);
  for (const url of [undefined, "/", "/news/2025/03/fcc", "/blog/why-seo/", "/topic/coffee", "/newsletter", "/category"]) assert.ok(!SECTION_ADDRESS.matches(url), String(url));
});
