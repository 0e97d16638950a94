import { strict as assert } from "node:assert";
import { test } from "node:test";
import { htmlToDoc } from "../../src/input/html/html-to-doc.js";

const page = (body: string): string => `<html><head><title>Page</title></head><body>${body}</body></html>`;
const nav = `<nav><a href="/">Home</a> <a href="/about">About us</a> <a href="/contact">Contact</a></nav>`;
const copy = `<div class="article-body"><h1>Stoneware mugs</h1>${Array.from({ length: 6 }, (_, i) => `<p>Buying guide paragraph ${i}: stoneware keeps coffee warm, survives the dishwasher, and comes in many glazes and sizes.</p>`).join("")}</div>`;
const cards = (n: number, priced: boolean): string =>
  `<div class="grid">${Array.from({ length: n }, (_, i) => `<div class="card"><a href="/p${i}">Glazed stoneware mug number ${i} with handle</a>${priced ? `<span class="price">$${10 + i}.50</span>` : "<span>New colour</span>"}</div>`).join("")}</div>`;

test("a priced grid of cards beside the category's copy: both are kept, in page order", () => {
  const r = htmlToDoc(page(`${nav}${cards(12, true)}${copy}`), { mainContent: "own" });
  assert.match(r.extractor, /^own:items\+selector:article-body/u);
  assert.match(r.doc.text, /Glazed stoneware mug number 11 with handle/u);
  assert.match(r.doc.text, /\$21\.50/u);
  assert.match(r.doc.text, /Buying guide paragraph 5/u);
  assert.ok(r.doc.text.indexOf("mug number 0") < r.doc.text.indexOf("Buying guide paragraph 0"));
  assert.doesNotMatch(r.doc.text, /About us/u);
  assert.equal(r.pageType?.type, "collection");
});

test("cards without prices beside an article stay out (a strip of other stories)", () => {
  const r = htmlToDoc(page(`${nav}${copy}${cards(12, false)}`), { mainContent: "own" });
  assert.equal(r.extractor, "own:selector:article-body");
  assert.doesNotMatch(r.doc.text, /mug number 3/u);
});

test("a short strip of priced cards beside an article stays out", () => {
  const r = htmlToDoc(page(`${nav}${copy}${cards(5, true)}`), { mainContent: "own" });
  assert.equal(r.extractor, "own:selector:article-body");
  assert.doesNotMatch(r.doc.text, /mug number 3/u);
});

test("a page read by its structure as an article is a collection when a priced grid holds much of it", () => {
  const guide = Array.from({ length: 4 }, (_, i) => `<p>Buying guide paragraph ${i}: stoneware keeps coffee warm, survives the dishwasher, and comes in many glazes.</p>`).join("");
  const grid = `<div class="shelf">${Array.from({ length: 10 }, (_, i) => `<div class="cell"><a href="/p${i}">Glazed stoneware mug number ${i} with handle</a><span>$${10 + i}.50</span></div>`).join("")}</div>`;
  const r = htmlToDoc(page(`${nav}<div class="article-body"><h1>Mugs</h1>${guide}${grid}</div>`), { mainContent: "own" });
  assert.equal(r.extractor, "own:selector:article-body");
  assert.deepEqual(r.pageType, { type: "collection", from: "structure" });
  const unpriced = htmlToDoc(page(`${nav}<div class="article-body"><h1>Mugs</h1>${guide}${grid.replace(/\$\d+\.50/gu, "glazed")}</div>`), { mainContent: "own" });
  assert.equal(unpriced.pageType?.type, "article");
});

test("a page declaring a product (JSON-LD, og:type) is a collection when every card of its grid shows a price", () => {
  const declared = `<script type="application/ld+json">${JSON.stringify({ "@context": "https://schema.org", "@type": "Product", name: "Glazed stoneware mug number 0" })}</script>`;
  const guide = Array.from({ length: 6 }, (_, i) => `<p>Buying guide paragraph ${i}: stoneware keeps coffee warm, survives the dishwasher, and comes in many glazes, sizes and shapes.</p>`).join("");
  const shelf = (pricedEvery: number): string =>
    `<div class="shelf">${Array.from({ length: 10 }, (_, i) => `<div class="cell"><a href="/p${i}">Glazed stoneware mug number ${i} with handle</a><span>${i % pricedEvery === 0 ? `$${10 + i}.50` : "glazed"}</span></div>`).join("")}</div>`;
  const html = (grid: string): string => `<html><head><title>Mugs</title>${declared}</head><body>${nav}<main><h1>Mugs</h1>${guide}${grid}</main></body></html>`;
  const r = htmlToDoc(html(shelf(1)), { mainContent: "own" });
  assert.equal(r.extractor, "own:selector:main");
  assert.deepEqual(r.pageType, { type: "collection", from: "structure" });
  // Half the cards priced: a product page's strip of other products, the declaration stands.
  assert.deepEqual(htmlToDoc(html(shelf(2)), { mainContent: "own" }).pageType, { type: "product", from: "json-ld" });
  const og = html(shelf(1)).replace(declared, `<meta property="og:type" content="product">`);
  assert.deepEqual(htmlToDoc(og, { mainContent: "own" }).pageType, { type: "collection", from: "structure" });
});
