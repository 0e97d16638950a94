// An undated page read as an article that prints a shop's own controls (a "plp" frame, colour
// swatches, a wish list) is reported as a collection, its text handled as the article's was; a
// dated page (a shop's blog post) stays an article.
import { strict as assert } from "node:assert";
import { test } from "node:test";
import { createCleaner } from "../../src/index.js";
import { htmlToDoc } from "../../src/input/html/html-to-doc.js";

const copy = Array.from({ length: 4 }, (_, i) => `<p>Paragraph ${i + 1} about walking boots: a sentence long enough to count, with a comma, about boots.</p>`).join("");
const page = (head: string, body: string): string =>
  `<html><head><title>Boots</title>${head}</head><body><header><a class="wishlist-link" href="/wishlist">Saved</a></header><main><h1>Walking boots</h1>${body}</main></body></html>`;
const dated = `<meta property="article:published_time" content="2025-03-04T10:00:00Z">`;

test("an undated page with a shop's wish list is a collection, reported only", () => {
  assert.deepEqual(htmlToDoc(page("", copy)).pageType, { type: "collection", from: "structure", handledAs: "article" });
  assert.equal(htmlToDoc(page(dated, copy)).pageType?.type, "article");
  assert.equal(htmlToDoc(page("", copy).replace("wishlist-link", "saved-link")).pageType?.type, "article");
});

test("reported as a collection, the page keeps the article's text", () => {
  const cleaner = createCleaner();
  const shop = cleaner.clean({ html: page("", copy) });
  const plain = cleaner.clean({ html: page("", copy).replace("wishlist-link", "saved-link") });
  assert.equal(shop.pageType, "collection");
  assert.equal(shop.text, plain.text);
});
