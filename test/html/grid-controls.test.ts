// On a collection page, the labels of the grid's controls (the compare toggle, the sort menu, a
// card's "Quick view" and "Add to cart") and a card's badge ("Best seller") are not products:
// dropped and explained. The products' names and prices stay, and on a product page the same
// labels are left to the product's rules.
import { strict as assert } from "node:assert";
import { test } from "node:test";
import { createCleaner } from "../../src/index.js";
import { isCardBadge, isGridControl } from "../../src/input/html/grid-controls.js";

const card = (i: number): string =>
  `<li class="card">${i % 3 === 0 ? "<div>Best seller</div>" : ""}<a href="/p/${i}"><h3>Walnut side table ${i}</h3></a><div class="price">$${100 + i}.00</div><div><label><input type="checkbox"> Compare</label></div><div><button>Add to cart</button></div></li>`;
const grid = Array.from({ length: 12 }, (_, i) => card(i + 1)).join("");
const page = `<!doctype html><html><head><title>Side tables</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"CollectionPage","name":"Side tables","mainEntity":{"@type":"OfferCatalog","name":"Side tables"}}</script></head>
<body><main><h1>Side tables</h1><p>Solid wood side tables made to order in our workshop, finished by hand and shipped flat with every fitting.</p>
<div class="toolbar"><span>Sort by: Best Selling</span></div><ul class="grid">${grid}</ul></main></body></html>`;

test("a collection's control labels go, explained, and its cards stay", () => {
  const out = createCleaner().clean({ html: page });
  assert.equal(out.pageType, "collection");
  assert.match(out.text, /Walnut side table 7/u);
  assert.match(out.text, /\$107\.00/u);
  assert.doesNotMatch(out.text, /Compare/u, out.text);
  assert.doesNotMatch(out.text, /Add to cart/u, out.text);
  assert.doesNotMatch(out.text, /Sort by/u, out.text);
  assert.doesNotMatch(out.text, /Best seller/u, out.text);
  assert.ok(out.domRemovals?.some((r) => r.reason.startsWith("control of a grid") && r.excerpt === "Compare"));
  assert.ok(out.domRemovals?.some((r) => r.reason.startsWith("badge of a card") && r.excerpt === "Best seller"));
});

test("only whole short labels, and only on collections and listings", () => {
  assert.ok(isGridControl("Compare Products (0)", "collection"));
  assert.ok(isGridControl("Sort: Best Match", "listing"));
  assert.ok(isGridControl("Quick view", "collection"));
  assert.ok(!isGridControl("Add to cart", "product"));
  assert.ok(!isGridControl("Sort by", "documentation"));
  assert.ok(!isGridControl("Compare the two tables side by side before you choose the finish", "collection"));
  assert.ok(!isGridControl("Sort of a classic", "collection"));
  assert.ok(isGridControl("More options from $458.99 - $760.88", "collection"));
  assert.ok(isGridControl("Ways to save", "listing"));
  assert.ok(isGridControl("Add to wishlist", "collection"));
  assert.ok(!isGridControl("More options", "product"));
  assert.ok(!isGridControl("More options for families who travel light", "collection"));
  assert.ok(isCardBadge("New arrival", "collection"));
  assert.ok(!isCardBadge("New arrival", "article"));
  assert.ok(!isCardBadge("Sold out", "collection"));
});

// Most collections are read as articles or products; there a label printed on three or more
// cards is still a card's control, and one printed once is left to the text.
const essay = (cards: number): string => {
  const item = (i: number): string => `<div class="item"><h3>Oak stool ${i}</h3><p>Turned legs, a seat carved from one board of oak ${i}.</p><span>$${80 + i}.00</span><div>Add to wishlist</div></div>`;
  const prose = Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i} of a long essay on choosing a stool: how high it should be, which wood wears well, and why a carved seat sits better than a flat one for long hours at the bench.</p>`).join("");
  return `<!doctype html><html><head><title>Choosing a stool</title></head><body><article><h1>Choosing a stool</h1>${prose}${Array.from({ length: cards }, (_, i) => item(i + 1)).join("")}</article></body></html>`;
};

test("a label printed on three cards goes on a page read as an article; printed once it stays", () => {
  const three = createCleaner().clean({ html: essay(3) });
  assert.notEqual(three.pageType, "collection");
  assert.match(three.text, /Oak stool 3/u);
  assert.doesNotMatch(three.text, /Add to wishlist/u, three.text);
  assert.ok(three.domRemovals?.some((r) => r.reason.startsWith("control of a grid") && r.excerpt === "Add to wishlist"));
  const one = createCleaner().clean({ html: essay(1) });
  assert.match(one.text, /Add to wishlist/u, one.text);
});

test("printed on three or more blocks, a whole label is a card's on any page", () => {
  assert.ok(isGridControl("Add to wishlist", "article", 3));
  assert.ok(!isGridControl("Add to wishlist", "article", 2));
  assert.ok(isCardBadge("Sale", "product", 14));
  assert.ok(!isCardBadge("Sale", "article"));
  assert.ok(!isGridControl("Sort of a classic", "article", 5));
  assert.ok(!isGridControl("Compare the two stools side by side before you choose the finish", "service", 4));
});
