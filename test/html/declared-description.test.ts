// A product page's declared description (JSON-LD Product, meta description) is its text wherever
// the page shows it: a block outside the chosen container that shows it is joined in page order,
// given back from pruning if it was taken for its place; a description already shown is not
// doubled, and a declaration the page does not show adds nothing.
import { strict as assert } from "node:assert";
import { test } from "node:test";
import { createCleaner } from "../../src/index.js";

const summary = "A compact steel bottle for long days outdoors, keeping water cold for twenty four hours and coffee hot for twelve, in a body that fits every cup holder.";
const ld = (description: string): string =>
  `<script type="application/ld+json">${JSON.stringify({ "@context": "https://schema.org", "@type": "Product", name: "Steel bottle", description })}</script>`;
const specs = [
  "Capacity: one litre, with a lid of polypropylene free of BPA and a loop for carrying it on two fingers.",
  "Height: 27 cm, weight 420 g, double wall of stainless steel 18/8, powder coat that resists chips and scratches.",
  "Care: every part goes in the dishwasher; the lid unscrews in a quarter turn and the seal lifts out for cleaning.",
  "Warranty: ten years against defects in materials and workmanship, with a new lid sent free if one ever leaks.",
]
  .map((p) => `<p>${p}</p>`)
  .join("");
const page = (head: string, column: string): string =>
  `<!doctype html><html><head>${head}<title>Steel bottle</title></head><body><div class="sidebar-column"><p>${column}</p></div><main><h2>Specifications</h2>${specs}</main><footer><p>Shipping and returns: free over fifty dollars.</p></footer></body></html>`;

test("the block showing the declared description, outside the container, is joined before it", () => {
  const out = createCleaner().clean({ html: page(ld(summary), summary) });
  assert.equal(out.pageType, "product");
  assert.match(out.text, /Capacity: one litre/u);
  assert.ok(out.text.indexOf("compact steel bottle") >= 0 && out.text.indexOf("compact steel bottle") < out.text.indexOf("Capacity"), out.text);
  assert.ok(!out.domRemovals?.some((r) => r.excerpt.includes("compact steel bottle")), "the block is given back, not reported removed");
});

test("a description the container shows already is not doubled", () => {
  const html = page(ld(summary), "Other bottles from the same maker, in four sizes and eight colours.").replace("<h2>Specifications</h2>", `<p>${summary}</p><h2>Specifications</h2>`);
  const out = createCleaner().clean({ html });
  assert.equal(out.text.split("compact steel bottle").length - 1, 1, out.text);
  assert.doesNotMatch(out.text, /Other bottles/u);
});

test("without a declared description the column stays out", () => {
  const out = createCleaner().clean({ html: page(ld("Steel bottle."), summary) });
  assert.match(out.text, /Capacity: one litre/u);
  assert.doesNotMatch(out.text, /compact steel bottle/u);
});
