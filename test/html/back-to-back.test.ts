// On a collection page, a card that prints its price twice in a row (a visually hidden regular
// price, then the shown one) keeps it once, explained. The same price on two different cards
// stays, and on an article a line printed twice in a row is left to the other steps.
import { strict as assert } from "node:assert";
import { test } from "node:test";
import { createCleaner } from "../../src/index.js";
import { isBackToBack } from "../../src/input/html/back-to-back.js";

const card = (i: number): string =>
  `<li class="card"><a href="/p/${i}"><h3>Oak stool ${i}</h3></a><div class="price">$45.00</div><div class="price"><span>$45.00</span><br><span>$45.00</span></div></li>`;
const page = `<!doctype html><html><head><title>Stools</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"CollectionPage","name":"Stools","mainEntity":{"@type":"OfferCatalog","name":"Stools"}}</script></head>
<body><main><h1>Stools</h1><p>Solid oak stools made to order in our workshop, finished by hand and shipped with every fitting.</p>
<ul class="grid">${Array.from({ length: 10 }, (_, i) => card(i + 1)).join("")}</ul></main></body></html>`;

test("a price printed twice in a row on a collection is kept once, explained", () => {
  const out = createCleaner().clean({ html: page });
  assert.equal(out.pageType, "collection");
  assert.equal(out.text.match(/\$45\.00/gu)?.length, 10, out.text);
  assert.match(out.text, /Oak stool 10/u);
  assert.ok(out.domRemovals?.some((r) => r.reason === "printed twice in a row (kept once)"));
});

test("only lines that all repeat the one before, only on collections and listings", () => {
  const key = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
  assert.ok(isBackToBack(["$45.00", "$45.00"], "$45.00", "collection", key));
  assert.ok(isBackToBack(["NEW"], "New", "listing", key));
  assert.ok(!isBackToBack(["$45.00", "$50.00"], "$45.00", "collection", key));
  assert.ok(!isBackToBack(["$45.00"], undefined, "collection", key));
  assert.ok(!isBackToBack(["$45.00"], "$45.00", "article", key));
});
