// On a collection page, the shop's offer of credit printed by its grid ("Pay over time with
// Affirm", a store card's rewards "when approved", the fine print "Subject to credit approval") is
// not a product: dropped and explained. The products' names and prices stay; on other page types
// the same words are left alone (a lender's page, an article on credit).
import { strict as assert } from "node:assert";
import { test } from "node:test";
import { createCleaner } from "../../src/index.js";
import { isFinancingOffer } from "../../src/input/html/financing-offer.js";

const card = (i: number): string =>
  `<li class="card"><a href="/p/${i}"><h3>Trail running shoe ${i}</h3></a><div class="price">$${100 + i}.00</div>${i % 4 === 0 ? "<p>Pay over time with Affirm</p>" : ""}</li>`;
const grid = Array.from({ length: 12 }, (_, i) => card(i + 1)).join("");
const page = `<!doctype html><html><head><title>Trail running shoes</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"CollectionPage","name":"Trail running shoes","mainEntity":{"@type":"OfferCatalog","name":"Trail running shoes"}}</script></head>
<body><main><h1>Trail running shoes</h1><p>Shoes with grippy lugs and rock plates for rough ground, fitted in store by our staff and tested on local trails.</p>
<div><p>$30 in card rewards are yours when approved for the Co-op Mastercard by Mar 9. Plus, earn a $100 gift card after your first purchase.</p></div>
<ul class="grid">${grid}</ul><p>*Subject to credit approval. Minimum monthly payments required.</p></main></body></html>`;

test("a collection's offers of credit go, explained, and its cards stay", () => {
  const out = createCleaner().clean({ html: page });
  assert.equal(out.pageType, "collection");
  assert.match(out.text, /Trail running shoe 8/u);
  assert.match(out.text, /\$108\.00/u);
  assert.match(out.text, /grippy lugs/u);
  assert.doesNotMatch(out.text, /Affirm/u, out.text);
  assert.doesNotMatch(out.text, /when approved/u, out.text);
  assert.doesNotMatch(out.text, /credit approval/u, out.text);
  assert.ok(out.domRemovals?.some((r) => r.reason.startsWith("offer of credit") && r.excerpt === "Pay over time with Affirm"));
});

test("only on collections and listings, and only the offer's words", () => {
  assert.ok(isFinancingOffer("Pay in 4 interest-free payments", "collection"));
  assert.ok(isFinancingOffer("24 Months Special Financing - Online Only", "listing"));
  assert.ok(!isFinancingOffer("Pay over time with Affirm", "article"));
  assert.ok(!isFinancingOffer("Subject to credit approval.", "service"));
  assert.ok(!isFinancingOffer("Pay over time with Affirm", "product"));
  assert.ok(!isFinancingOffer("From $599 or $49.91/mo. for 12 mo.", "collection"));
  assert.ok(!isFinancingOffer("0% Financing Available", "collection"));
  assert.ok(!isFinancingOffer("Trail running shoe 8", "collection"));
  const guide = "The best times to buy are the big sale events, when most shops add special financing to their discounts; " +
    "compare the total price with and without it, check the length of the promotional period, and read what happens to the balance after it ends.";
  assert.ok(!isFinancingOffer(guide, "collection"), "a buying guide's paragraph that mentions credit is prose");
});

test("thousands of cards each with an offer, and a long block of offer words: time linear in the page", () => {
  const cards = Array.from({ length: 6_000 }, (_, i) => card(i + 1)).join("");
  const html = page.replace(grid, cards);
  const t0 = performance.now();
  const out = createCleaner({ timeBudgetMs: 60_000 }).clean({ html });
  const ms = performance.now() - t0;
  assert.equal(out.status, "ok");
  assert.match(out.text, /Trail running shoe 5999/u);
  assert.doesNotMatch(out.text, /Affirm/u);
  assert.ok(ms < 30_000, `${ms} ms`);
  // The length is read before the words: a block of 100k offer words is not scanned.
  const long = "pay over time with affirm ".repeat(4_000);
  const t1 = performance.now();
  assert.ok(!isFinancingOffer(long, "collection"));
  assert.ok(performance.now() - t1 < 50);
});
