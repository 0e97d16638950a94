import { strict as assert } from "node:assert";
import { test } from "node:test";
import { htmlToDoc } from "../../src/input/html/html-to-doc.js";

const ld = (obj: unknown): string => `<script type="application/ld+json">${JSON.stringify(obj)}</script>`;
const page = (head: string, body: string): string => `<html><head>${head}</head><body>${body}</body></html>`;
const teasers = Array.from({ length: 8 }, (_, i) => `<div class="teaser"><h2><a href="/s${i}">Story ${i}: the council votes on the harbour plan</a></h2><time>March ${i + 1}, 2026</time></div>`).join("");
const cards = Array.from({ length: 8 }, (_, i) => `<div class="card"><a href="/p${i}">Ceramic mug model ${i}</a><span class="price">$${12 + i}.99</span></div>`).join("");

test("a declared CollectionPage of headlines and dates is a listing", () => {
  assert.deepEqual(htmlToDoc(page(ld({ "@type": "CollectionPage", name: "Science" }), teasers)).pageType, { type: "listing", from: "json-ld" });
  const micro = `<div itemscope itemtype="http://schema.org/CollectionPage">${teasers}</div>`;
  assert.deepEqual(htmlToDoc(page("", micro)).pageType, { type: "listing", from: "microdata" });
});

test("a declared CollectionPage that shows prices is a collection", () => {
  assert.deepEqual(htmlToDoc(page(ld({ "@type": "CollectionPage", name: "Mugs" }), cards)).pageType, { type: "collection", from: "json-ld" });
});

test("an offer catalog stays a collection whatever prices it shows", () => {
  assert.deepEqual(htmlToDoc(page(ld({ "@graph": [{ "@type": "CollectionPage" }, { "@type": "OfferCatalog" }] }), teasers)).pageType, { type: "collection", from: "json-ld" });
});
