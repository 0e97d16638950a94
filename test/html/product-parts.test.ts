// How a product page's own text is found: its folded panels (accordions, tabs) are kept though
// hidden (as on every kind of page), and within the page's main column the block around the
// product's name is the product. The same markup on an article keeps the article's rules.
import { strict as assert } from "node:assert";
import { test } from "node:test";
import { createCleaner } from "../../src/index.js";
import { bottleCopy } from "../helpers/product-copy.js";

const product = `<script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"Steel bottle","offers":{"price":"30.00","priceCurrency":"USD"}}</script>`;
const article = `<meta property="og:type" content="article">`;
const paragraphs = (lines: readonly string[]): string => lines.map((p) => `<p>${p}</p>`).join("");
const description = bottleCopy(3);
const page = (head: string, body: string): string =>
  `<!doctype html><html><head>${head}<title>Steel bottle</title></head><body><main>${body}</main></body></html>`;

const folded = `<h1>Steel bottle</h1>${description}<div class="accordion"><h2>Specifications</h2><div class="accordion__panel" style="display:none"><p>Capacity 1 litre, height 27 cm, weight 420 g, stainless steel 18/8, lid of polypropylene.</p></div></div><div class="modal" style="display:none"><p>Sign up for our newsletter and get ten percent off your first order with us.</p></div>`;

test("a product's folded panel is its text; a hidden modal is not", () => {
  const out = createCleaner().clean({ html: page(product, folded) });
  assert.equal(out.pageType, "product");
  assert.match(out.text, /Capacity 1 litre/u);
  assert.doesNotMatch(out.text, /newsletter/u);
});

test("a folded panel on an article is its text too; a hidden modal is not", () => {
  const out = createCleaner().clean({ html: page(article, folded) });
  assert.notEqual(out.pageType, "product");
  assert.match(out.text, /Capacity 1 litre/u);
  assert.doesNotMatch(out.text, /newsletter/u);
});

test("a shop category's folded buying guide is its text", () => {
  const guide = `<div class="accordion"><h2>How to choose a bottle</h2><div class="accordion__panel" hidden><p>Pick the size by the longest time you spend away from a tap, then the lid by how you drink on the move.</p></div></div>`;
  const collection = `<script type="application/ld+json">{"@context":"https://schema.org","@type":["CollectionPage","OfferCatalog"],"name":"Bottles"}</script>`;
  const out = createCleaner().clean({ html: page(collection, `<h1>Bottles</h1>${description}${guide}`) });
  assert.equal(out.pageType, "collection");
  assert.match(out.text, /longest time you spend away/u);
});

const band = `<div class="band"><h2>Our story</h2>${paragraphs([
  "Founded by two climbers in a garage, the company has made bottles for hikers, cyclists and commuters for twenty years now.",
])}</div>`;
const column = `<div class="product"><h1>Steel bottle</h1>${description}</div>${band}`;

test("in a product page's main column, the block around the product's name is the product", () => {
  const out = createCleaner().clean({ html: page(product, column) });
  assert.equal(out.pageType, "product");
  assert.match(out.text, /insulated bottle/u);
  assert.doesNotMatch(out.text, /two climbers/u);
});

test("an article's main column is kept whole", () => {
  const out = createCleaner().clean({ html: page(article, column) });
  assert.match(out.text, /insulated bottle/u);
  assert.match(out.text, /two climbers/u);
});
