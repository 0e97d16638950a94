// A product page describes one thing once: a short label or value printed again (a comparison's
// row names, the buy box's price in its desktop and mobile copies) is kept once, explained. On an
// article the same short label heading each of its parts stays, and a list item repeated on a
// product page stays when it is long (each plan's own feature).
import { strict as assert } from "node:assert";
import { test } from "node:test";
import { createCleaner } from "../../src/index.js";
import { bottleCopy } from "../helpers/product-copy.js";

const description = bottleCopy(4);
const buyBox = `<div class="buy"><p>Price</p><p>$30.00</p></div>`;
const features = `<ul><li>Keeps drinks cold for a full day and a full night, in any weather</li><li>Fits a cup holder</li></ul>`;
const body = `<h1>Steel bottle</h1>${buyBox}${description}${buyBox}<h3>Plan A</h3>${features}<h3>Plan B</h3>${features}`;
const page = (head: string): string => `<!doctype html><html><head>${head}<title>Steel bottle</title></head><body><main>${body}</main></body></html>`;
const product = `<script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"Steel bottle","offers":{"price":"30.00","priceCurrency":"USD"}}</script>`;
const count = (text: string, s: string): number => text.split(s).length - 1;

test("a short label or value repeated on a product page is kept once, explained", () => {
  const out = createCleaner().clean({ html: page(product) });
  assert.equal(out.pageType, "product");
  assert.match(out.text, /insulated bottle/u);
  assert.equal(count(out.text, "$30.00"), 1, out.text);
  assert.equal(count(out.text, "Price"), 1, out.text);
  assert.ok(out.domRemovals?.some((r) => r.reason === "repeated block (kept once)" && r.excerpt === "$30.00"));
});

test("a long list item repeated on a product page is a list's own, a short one a label", () => {
  const out = createCleaner().clean({ html: page(product) });
  assert.equal(count(out.text, "Keeps drinks cold for a full day and a full night, in any weather"), 2, out.text);
  assert.equal(count(out.text, "Fits a cup holder"), 1, out.text);
});

test("the same short repeats on an article stay", () => {
  const out = createCleaner().clean({ html: page(`<meta property="og:type" content="article">`) });
  assert.notEqual(out.pageType, "product");
  assert.equal(count(out.text, "$30.00"), 2, out.text);
});
