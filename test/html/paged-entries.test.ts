// An undated page read as an article whose text is a run of <article> entries with a pager is
// reported as a listing; fewer entries, no pager or a date leave it an article, handled as before.
import { strict as assert } from "node:assert";
import { test } from "node:test";
import { htmlToDoc } from "../../src/input/html/html-to-doc.js";

const entries = (n: number): string => Array.from({ length: n }, (_, i) =>
  `<article><h2><a href="/recipes/dish-${i}">Dish number ${i} for a weeknight</a></h2><p>A quick dinner with what is in the pantry, ready in half an hour, number ${i}.</p></article>`,
).join("");
const pager = `<nav class="pagination"><a href="/recipes/page/2">2</a><a href="/recipes/page/3">3</a></nav>`;
const page = (head: string, body: string): string =>
  `<!doctype html><html><head><title>Recipes</title>${head}</head><body><main><h1>Weeknight recipes</h1>${body}</main></body></html>`;
const dated = `<meta property="article:published_time" content="2025-03-04T10:00:00Z">`;

test("five entries and a pager on an undated page make a listing, reported only", () => {
  assert.deepEqual(htmlToDoc(page("", entries(6) + pager)).pageType, { type: "listing", from: "structure", handledAs: "article" });
});

test("fewer entries, no pager or a date leave the page an article", () => {
  assert.equal(htmlToDoc(page("", entries(4) + pager)).pageType?.type, "article");
  assert.equal(htmlToDoc(page("", entries(6))).pageType?.type, "article");
  assert.equal(htmlToDoc(page(dated, entries(6) + pager)).pageType?.type, "article");
});
