// An undated page read as an article at a product's address ("/products/...", "/pdp/...") is
// reported as a product page, its text handled as the article's was; dated, it stays an article.
import { strict as assert } from "node:assert";
import { test } from "node:test";
import { createCleaner } from "../../src/index.js";
import { htmlToDoc } from "../../src/input/html/html-to-doc.js";
import { PRODUCT_ADDRESS } from "../../src/input/html/address-type.js";

const prose = Array.from({ length: 4 }, (_, i) => `<p>Detail ${i + 1} of the tufted rug: a sentence long enough to count, with a comma, about wool.</p>`).join("");
const page = (head: string): string => `<html><head><title>Tufted rug</title>${head}</head><body><main><h1>Tufted rug</h1>${prose}</main></body></html>`;
const at = (path: string): string => `<link rel="canonical" href="https://shop.example${path}">`;
const dated = `<meta property="article:published_time" content="2025-03-04T10:00:00Z">`;

test("an undated page read as an article at a product's address is a product page, reported only", () => {
  assert.deepEqual(htmlToDoc(page(at("/products/tufted-rug"))).pageType, { type: "product", from: "structure", handledAs: "article" });
  assert.equal(htmlToDoc(page(dated + at("/product/launch-of-our-new-editor"))).pageType?.type, "article");
  assert.equal(htmlToDoc(page(at("/p/why-i-write"))).pageType?.type, "article");
});

test("reported as a product page, the page keeps the article's text", () => {
  const cleaner = createCleaner();
  const product = cleaner.clean({ html: page(at("/products/tufted-rug")) });
  const plain = cleaner.clean({ html: page(at("/rugs/tufted-rug")) });
  assert.equal(product.pageType, "product");
  assert.equal(product.text, plain.text);
});

test("product paths: a part that files product pages, not a newsletter's posts or a category", () => {
  for (const url of ["/products/rug", "https://x.example/lighting/pdp/lamp-1", "/dp/B0C1234567", "/product/FLRzK8/clips"]) assert.ok(PRODUCT_ADDRESS.matches(url), url);
  for (const url of [undefined, "/p/backup-strategy", "/products", "/product-category/electronics/", "/blog/products-we-love"]) assert.ok(!PRODUCT_ADDRESS.matches(url), String(url));
});
