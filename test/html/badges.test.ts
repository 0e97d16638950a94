// A badge on a product or a grid's card ("Sold out", "Coming soon", "Last chance") is a flag on
// the item, not its name or copy: dropped and explained on product and collection pages, inside
// the grid's cards too. A box named badge that holds a sentence, and badges on articles, stay.
import { strict as assert } from "node:assert";
import { test } from "node:test";
import { createCleaner } from "../../src/index.js";

const card = (i: number): string =>
  `<li class="card"><span class="badge badge--sold-out">Sold out</span><a href="/p/${i}"><h3>Walnut side table ${i}</h3></a><div class="price">$${100 + i}.00</div></li>`;
const collection = `<!doctype html><html><head><title>Side tables</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"CollectionPage","name":"Side tables"}</script></head>
<body><main><h1>Side tables</h1><p>Solid wood side tables made to order in our workshop, finished by hand and shipped flat with every fitting.</p>
<ul class="grid">${Array.from({ length: 12 }, (_, i) => card(i + 1)).join("")}</ul></main></body></html>`;

const product = (badge: string): string => `<!doctype html><html><head><title>Walnut side table</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"Walnut side table"}</script></head>
<body><main><h1>Walnut side table</h1>${badge}<div class="price">$120.00</div><button>Add to cart</button>
<p>A side table of solid walnut, oiled by hand, with a drawer that runs on wooden rails and a shelf below for books.</p>
<p>Made to order in our workshop and shipped flat with every fitting, it goes together in ten minutes with one key.</p></main></body></html>`;

test("a card's badge goes, explained, and the cards' names and prices stay", () => {
  const out = createCleaner().clean({ html: collection });
  assert.equal(out.pageType, "collection");
  assert.match(out.text, /Walnut side table 7/u);
  assert.match(out.text, /\$107\.00/u);
  assert.doesNotMatch(out.text, /Sold out/u, out.text);
  assert.ok(out.domRemovals?.some((r) => r.reason.startsWith("badge") && r.excerpt === "Sold out"));
});

test("a product's badge goes; a box named badge that holds a sentence stays", () => {
  const flagged = createCleaner().clean({ html: product(`<div class="product-badge">Coming soon</div>`) });
  assert.equal(flagged.pageType, "product");
  assert.doesNotMatch(flagged.text, /Coming soon/u, flagged.text);
  assert.match(flagged.text, /solid walnut/u);
  const sentence = createCleaner().clean({ html: product(`<div class="product-badge">Every table is signed by the maker who built it.</div>`) });
  assert.match(sentence.text, /signed by the maker/u);
});

test("badges on an article stay: they head its picks", () => {
  const article = `<!doctype html><html><head><title>Best side tables</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"Best side tables"}</script></head>
<body><main><article><h1>Best side tables</h1>${[1, 2, 3].map((i) => `<span class="badge">Best overall</span><h2>Table ${i}</h2><p>Table ${i} is solid walnut, oiled by hand, with a drawer that runs on wooden rails and a shelf below.</p>`).join("")}</article></main></body></html>`;
  const out = createCleaner().clean({ html: article });
  assert.match(out.text, /Best overall/u);
});
