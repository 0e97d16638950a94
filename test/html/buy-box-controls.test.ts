// On a product page, the labels of the buy box and the review widget ("Add to cart",
// "Quantity:", "Select size", "Rated 4.8 out of 5", "1,254 Reviews") are not the product: dropped
// and explained. The product's name, copy, specs and price stay; on an article the same labels
// stay, and a page of many such blocks is read in time linear in its size.
import { strict as assert } from "node:assert";
import { test } from "node:test";
import { createCleaner } from "../../src/index.js";
import { isBuyBoxControl } from "../../src/input/html/buy-box-controls.js";
import { bottleCopy } from "../helpers/product-copy.js";

const description = bottleCopy(3);
const buyBox = `<div class="price">$30.00</div><div>Rated 4.8 out of 5</div><div>1,254 Reviews</div><label>Select Size</label><div>Quantity:</div><div><span>Add to Cart</span></div>`;
const body = `<h1>Steel bottle</h1>${buyBox}${description}<p>Capacity: 1 litre. Weight: 340 g.</p>`;
const page = (head: string, extra = ""): string => `<!doctype html><html><head>${head}<title>Steel bottle</title></head><body><main>${body}${extra}</main></body></html>`;
const product = `<script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"Steel bottle","offers":{"price":"30.00","priceCurrency":"USD"}}</script>`;

test("a product page's buy-box and review-widget labels go, explained; its copy, specs and price stay", () => {
  const out = createCleaner().clean({ html: page(product) });
  assert.equal(out.pageType, "product");
  assert.match(out.text, /insulated bottle/u);
  assert.match(out.text, /Capacity: 1 litre/u);
  assert.match(out.text, /\$30\.00/u);
  for (const label of [/Add to Cart/u, /Quantity/u, /Select Size/u, /Rated 4\.8/u, /1,254 Reviews/u]) assert.doesNotMatch(out.text, label, out.text);
  assert.ok(out.domRemovals?.some((r) => r.reason.startsWith("control of the buy box") && r.excerpt === "Add to Cart"));
  assert.ok(out.domRemovals?.some((r) => r.reason.startsWith("control of the buy box") && r.excerpt === "1,254 Reviews"));
});

test("only whole short labels, and only on pages taken for products", () => {
  assert.ok(isBuyBoxControl("Add to bag", "product"));
  assert.ok(isBuyBoxControl("Qty:", "product"));
  assert.ok(isBuyBoxControl("Based on 46971 reviews", "product"));
  assert.ok(isBuyBoxControl("4.5 out of 5 stars", "product"));
  assert.ok(!isBuyBoxControl("Add to Cart", "article"));
  assert.ok(!isBuyBoxControl("Quantity", "documentation"));
  assert.ok(!isBuyBoxControl("Add to cart to see the price of $24.99", "product"));
  assert.ok(!isBuyBoxControl("Select size by measuring your foot from heel to toe", "product"));
  assert.ok(!isBuyBoxControl("Buy It Now", "product"));
  assert.ok(!isBuyBoxControl("In stock", "product"));
  assert.ok(!isBuyBoxControl("$30.00", "product"));
  assert.ok(!isBuyBoxControl(`Add to cart ${"x".repeat(60)}`, "product"));
});

test("60,000 buy-box labels side by side are read in time", () => {
  const many = Array.from({ length: 60_000 }, (_, i) => `<div>${i % 2 === 0 ? "Add to Cart" : `${i} Reviews`}</div>`).join("");
  const started = performance.now();
  const out = createCleaner().clean({ html: page(product, many) });
  const ms = performance.now() - started;
  assert.equal(out.status, "ok");
  assert.doesNotMatch(out.text.slice(0, 2000), /Add to Cart/u);
  assert.ok(ms < 20_000, `${ms} ms`);
});
