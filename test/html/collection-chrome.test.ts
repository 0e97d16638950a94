// The controls around a collection's grid of cards (facets, filters, sort menus, the result
// counter) are not its products: they go, explained, on pages taken for collections or listings;
// the same class words on an article are its text.
import { strict as assert } from "node:assert";
import { test } from "node:test";
import { createCleaner } from "../../src/index.js";

const cards = [
  ["Trail runner with a rock plate and a grippy lug sole for wet days", "$129.00"],
  ["Road trainer with a soft foam midsole for long easy miles", "$139.00"],
  ["Racing flat with a carbon plate and a light knit upper", "$249.00"],
  ["Waterproof hiker with a membrane and a stiff heel counter", "$159.00"],
  ["Recovery slide with a thick cushioned footbed for after the run", "$49.00"],
  ["Track spike with a light plate and six removable pins", "$99.00"],
  ["Stability shoe with a firm medial post for runners who overpronate", "$145.00"],
  ["Minimal shoe with a thin flexible sole and a wide toe box", "$119.00"],
]
  .map(([name, price]) => `<li class="product-card"><h3><a href="/p">${name}</a></h3><span class="price">${price}</span></li>`)
  .join("");
const controls =
  `<div class="facets"><h2>Filter by</h2><ul><li>Brand: Acme Fleet Stride</li><li>Size: seven eight nine ten eleven</li><li>Colour: black white red blue</li></ul></div>` +
  `<div class="toolbar-sorter sorting"><label>Sort by</label><select><option>Best match</option><option>Price low to high</option></select></div>`;
const page = (head: string): string =>
  `<!doctype html><html><head>${head}<title>Running shoes</title></head><body><main><h1>Running shoes</h1>${controls}<ul class="grid">${cards}</ul></main></body></html>`;

test("facets and sort menus around a collection's cards are not its products", () => {
  const out = createCleaner().clean({ html: page(`<meta property="og:type" content="product.group">`) });
  assert.equal(out.pageType, "collection");
  assert.match(out.text, /Trail runner/u);
  assert.doesNotMatch(out.text, /Filter by|Price low to high/u);
  assert.ok(out.domRemovals?.some((r) => /not the products/u.test(r.reason) && /Filter by/u.test(r.excerpt)));
});

test("the same class words on an article are its text", () => {
  const html = page(`<meta property="og:type" content="article">`).replace(
    "<main>",
    `<main><article><p>${"Which shoe to buy depends on where you run, how far, and how your foot lands, and a shop's filters only go so far in telling you. ".repeat(4)}</p>`,
  ).replace("</main>", "</article></main>");
  const out = createCleaner().clean({ html });
  assert.notEqual(out.pageType, "collection");
  assert.doesNotMatch(out.domRemovals?.map((r) => r.reason).join(" ") ?? "", /not the products/u);
});
