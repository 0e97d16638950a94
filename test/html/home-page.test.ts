// A page read as an article whose canonical address is the site's home page and whose headings
// link to eight entries or more is reported as a listing (a front page), its text handled as the
// article's was; the home page alone, or the headings alone, leave it an article.
import { strict as assert } from "node:assert";
import { test } from "node:test";
import { createCleaner } from "../../src/index.js";
import { htmlToDoc } from "../../src/input/html/html-to-doc.js";
import { isHomePath } from "../../src/input/html/service-page.js";

const entries = (n: number): string => Array.from({ length: n }, (_, i) =>
  `<div><h2><a href="/2025/03/story-${i}">Story ${i}: the council votes on the budget</a></h2><p>What happened at the meeting, and a sentence long enough to count, with a comma.</p></div>`,
).join("");
const page = (head: string, body: string): string => `<html><head><title>The Town News</title>${head}</head><body><main>${body}</main></body></html>`;
const at = (path: string): string => `<link rel="canonical" href="https://news.example${path}">`;
const dated = `<meta property="article:published_time" content="2025-03-04T10:00:00Z">`;

test("a home page whose headings link to eight entries is a listing, dated or not, reported only", () => {
  assert.deepEqual(htmlToDoc(page(dated + at("/"), entries(9))).pageType, { type: "listing", from: "structure", handledAs: "article" });
  assert.equal(htmlToDoc(page(dated + at("/"), entries(5))).pageType?.type, "article");
  assert.equal(htmlToDoc(page(dated + at("/2025/03/picks"), entries(9))).pageType?.type, "article");
});

test("reported as a listing, the front page keeps the article's text", () => {
  const cleaner = createCleaner();
  const front = cleaner.clean({ html: page(dated + at("/"), entries(9)) });
  const plain = cleaner.clean({ html: page(dated + at("/picks"), entries(9)) });
  assert.equal(front.pageType, "listing");
  assert.equal(front.text, plain.text);
});

test("home paths: the site's root, perhaps after a language", () => {
  for (const url of ["/", "https://news.example", "https://news.example/en-us/", "/us/en/"]) assert.ok(isHomePath(url), url);
  for (const url of [undefined, "/news", "/?page=2", "/en/blog/"]) assert.ok(!isHomePath(url), String(url));
});
