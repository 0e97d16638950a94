// On a product page, a block that is only a web address (a custom field's image address) and the
// heading of a box of other products ("Customers also viewed") are not the product: dropped and
// explained. On an article the same blocks stay (a source's address, a section of its own).
import { strict as assert } from "node:assert";
import { test } from "node:test";
import { createCleaner } from "../../src/index.js";
import { isBareAddress } from "../../src/input/html/bare-address.js";
import { isOtherProductsHeading } from "../../src/input/html/other-products-heading.js";
import { bottleCopy } from "../helpers/product-copy.js";

const description = bottleCopy(3);
const address = "https://cdn.example.com/images/stencil/160x160/bottle-navy.jpg";
const body = `<h1>Steel bottle</h1>${description}<p>thumb_navy:</p><p>${address}</p><h2>Customers also viewed</h2><p>Only three left in stock, order soon to get it by Friday.</p>`;
const page = (head: string): string => `<!doctype html><html><head>${head}<title>Steel bottle</title></head><body><main>${body}</main></body></html>`;
const product = `<script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"Steel bottle","offers":{"price":"30.00","priceCurrency":"USD"}}</script>`;

test("a bare web address and an other-products heading on a product page go, explained", () => {
  const out = createCleaner().clean({ html: page(product) });
  assert.equal(out.pageType, "product");
  assert.match(out.text, /insulated bottle/u);
  assert.doesNotMatch(out.text, /cdn\.example\.com/u, out.text);
  assert.doesNotMatch(out.text, /Customers also viewed/u, out.text);
  assert.ok(out.domRemovals?.some((r) => r.reason.startsWith("web address alone") && r.excerpt === address));
  assert.ok(out.domRemovals?.some((r) => r.reason.startsWith("heading of other products")));
});

test("on an article the same blocks stay", () => {
  const out = createCleaner().clean({ html: page(`<meta property="og:type" content="article">`) });
  assert.notEqual(out.pageType, "product");
  assert.match(out.text, /cdn\.example\.com/u);
  assert.match(out.text, /Customers also viewed/u);
});

test("only whole addresses and short headings count", () => {
  assert.ok(isBareAddress([address, "www.example.com/a"], "product"));
  assert.ok(!isBareAddress([`See ${address} for the manual`], "product"));
  assert.ok(!isBareAddress([address], "article"));
  assert.ok(isOtherProductsHeading("Frequently bought together", "product"));
  assert.ok(!isOtherProductsHeading("Frequently bought together", "listing"));
  assert.ok(!isOtherProductsHeading("Similar items are often bought by customers who want a bottle that keeps drinks cold all day", "product"));
});
