// On a page read as a product, what the container prints after the product's copy (the element
// below the buy box holding most of the words) is left out, explained; without an add-to-cart
// control before that copy (a review declaring a Product, a buy box inside the copy), it stays.
import { strict as assert } from "node:assert";
import { test } from "node:test";
import { htmlToDoc } from "../../src/input/html/html-to-doc.js";
import { parseHtml } from "../../src/input/html/parse.js";
import { blocksOf } from "../../src/input/html/blocks.js";
import { findAll } from "../../src/input/html/dom.js";
import { TAIL_AFTER_COPY, withoutTailAfterCopy } from "../../src/input/html/tail-after-copy.js";
import type { DomRemoval } from "../../src/input/html/types.js";

const copy = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]
  .map((n) => `<p>Detail ${n}: the kettle is made of brushed steel with a double wall, so the outside stays cool while the water inside boils in under three minutes.</p>`)
  .join("");
const buyBox = `<div class="buy"><h1>Steel kettle</h1><span class="price">$49.00</span><button>Add to cart</button></div>`;
const shipping = `<div class="shipping"><h3>Shipping and returns</h3><p>Orders ship within two working days; returns are free for thirty days after delivery, in the original box.</p></div>`;
const mainOf = (html: string) => {
  const root = parseHtml(html);
  const container = findAll(root, (e) => e.name === "main")[0]!;
  return { root, container, blocks: blocksOf(container, new Set(), []) };
};
const page = (main: string, head = ""): string => `<html><head>${head}</head><body><main>${main}</main></body></html>`;

test("a box after the product's copy, below its buy box, is left out, explained", () => {
  const { doc, domRemovals } = htmlToDoc(page(`${buyBox}<div class="description">${copy}</div>${shipping}`), { mainContent: "own" });
  assert.match(doc.text, /Detail 10: the kettle/u);
  assert.doesNotMatch(doc.text, /Shipping and returns|Orders ship within/u);
  assert.ok(domRemovals.some((r) => r.reason === TAIL_AFTER_COPY && r.excerpt === "Shipping and returns"));
});

test("with no add-to-cart control before the copy, what follows it stays", () => {
  const declared = `<script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"Steel kettle"}</script>`;
  const noCart = htmlToDoc(page(`<h1>Steel kettle, reviewed</h1><div class="review">${copy}</div>${shipping}`, declared), { mainContent: "own" });
  assert.match(noCart.doc.text, /Orders ship within/u, "a review declaring a Product keeps its tail");
  assert.ok(!noCart.domRemovals.some((r) => r.reason === TAIL_AFTER_COPY));
  const removals: DomRemoval[] = [];
  const { blocks, container, root } = mainOf(page(`<div class="description">${buyBox}${copy}</div>${shipping}`));
  const kept = withoutTailAfterCopy(blocks, container, root, "product", removals);
  assert.equal(kept.length, blocks.length, "the buy box inside the element: it is the buy box, not the copy below it");
  assert.equal(removals.length, 0);
});

test("pages of other types are returned as they are", () => {
  const { blocks, container, root } = mainOf(page(`${buyBox}<div class="description">${copy}</div>${shipping}`));
  const removals: DomRemoval[] = [];
  assert.equal(withoutTailAfterCopy(blocks, container, root, "article", removals).length, blocks.length);
  assert.ok(withoutTailAfterCopy(blocks, container, root, "product", removals).length < blocks.length);
  assert.equal(removals.length, 2);
});
