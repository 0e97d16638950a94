import { strict as assert } from "node:assert";
import { test } from "node:test";
import { htmlToDoc } from "../../src/input/html/html-to-doc.js";

const page = (body: string): string => `<html><head><title>Page</title></head><body>${body}</body></html>`;
const nav = `<nav><a href="/">Home</a> <a href="/about">About us</a> <a href="/contact">Contact</a></nav>`;
const intro = `<div class="content"><p>A short note on top of the page, with a comma, about the page.</p></div>`;

test("a listing's items are its content: titles that are links, and their summaries", () => {
  const items = Array.from({ length: 12 }, (_, i) => `<div class="entry-row"><h3><a href="/s${i}">Headline number ${i} about the harbour works</a></h3><p>Summary ${i}: the crane arrived.</p><div class="promo-badge"><a href="/s${i}">Featured story ${i}</a></div></div>`).join("");
  const r = htmlToDoc(page(`${nav}${intro}<section><h1>Harbour news</h1><div class="rows">${items}</div></section>`), { mainContent: "own" });
  assert.equal(r.extractor, "own:items");
  for (let i = 0; i < 12; i++) assert.match(r.doc.text, new RegExp(`Headline number ${i} about`, "u"));
  assert.match(r.doc.text, /Summary 3: the crane arrived/u);
  // Inside an item, a part pruned for its name alone is the item's own text.
  assert.match(r.doc.text, /Featured story 5/u);
  assert.doesNotMatch(r.doc.text, /About us/u);
  assert.deepEqual(r.pageType, { type: "listing", from: "structure" });
});

test("a list of priced items is a collection", () => {
  const items = Array.from({ length: 10 }, (_, i) => `<li class="product"><a href="/p${i}">Ceramic mug model ${i}</a><span class="money">$${12 + i}.99</span><button>Add to cart</button></li>`).join("");
  const r = htmlToDoc(page(`${nav}<main><h1>Mugs</h1><ul class="grid">${items}</ul></main>`), { mainContent: "own" });
  assert.equal(r.extractor, "own:items");
  assert.match(r.doc.text, /Ceramic mug model 9/u);
  assert.match(r.doc.text, /\$21\.99/u);
  assert.doesNotMatch(r.doc.text, /Add to cart/u);
  assert.equal(r.pageType?.type, "collection");
});

test("an article stays an article beside a long list of bare links", () => {
  const prose = Array.from({ length: 8 }, (_, i) => `<p>Paragraph ${i} of the story, long enough to be running text, with commas, and a second clause about the harbour.</p>`).join("");
  const links = Array.from({ length: 60 }, (_, i) => `<li><a href="/t${i}">Archive link number ${i} to an older story</a></li>`).join("");
  const r = htmlToDoc(page(`<div class="article-body">${prose}</div><div class="list"><ul>${links}</ul></div>`), { mainContent: "own" });
  assert.notEqual(r.extractor, "own:items");
  assert.match(r.doc.text, /Paragraph 3 of the story/u);
  assert.doesNotMatch(r.doc.text, /Archive link number 10/u);
});
