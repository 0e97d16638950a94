// What stands beside a product on its page and is not the product (customer reviews, other
// products offered with it) goes, explained, when it is a small part of the page; the same class
// words on an article are its text.
import { strict as assert } from "node:assert";
import { test } from "node:test";
import { createCleaner } from "../../src/index.js";
import { bottleCopy } from "../helpers/product-copy.js";

const description = bottleCopy(6);
const reviews = `<div class="product-reviews"><h2>Customer reviews</h2>${[
  "Bought this for my husband and he takes it everywhere with him now.",
  "Keeps my ice water cold all day in a hot warehouse, highly recommended.",
  "Fell in the lake once and still works, the paint is a bit scratched.",
]
  .map((r) => `<div class="review-item"><p>${r}</p></div>`)
  .join("")}</div>`;
const page = (head: string): string => `<!doctype html><html><head>${head}<title>Steel bottle</title></head><body><main><h1>Steel bottle</h1>${description}${reviews}</main></body></html>`;
const product = `<script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"Steel bottle","offers":{"price":"30.00","priceCurrency":"USD"}}</script>`;

test("customer reviews on a product page are not the product", () => {
  const out = createCleaner().clean({ html: page(product) });
  assert.equal(out.pageType, "product");
  assert.match(out.text, /insulated bottle/u);
  assert.doesNotMatch(out.text, /husband|warehouse|lake/u);
  assert.ok(out.domRemovals?.some((r) => /not the product/u.test(r.reason) && /Customer reviews/u.test(r.excerpt)));
});

test("the same class words on an article are its text", () => {
  const out = createCleaner().clean({ html: page(`<meta property="og:type" content="article">`) });
  assert.notEqual(out.pageType, "product");
  assert.match(out.text, /husband/u);
});

test("questions about a product and the disclaimers under it are not the product", () => {
  const questions = `<div id="product-questions"><h2>People are asking</h2><p>Does the lid fit the older bottles? Yes, every lid fits every size of the bottle.</p></div>`;
  const disclaimer = `<div class="pdp-disclaimer"><p>* Images simulated. Colour and model availability may vary depending on country and region.</p></div>`;
  const html = page(product).replace("</main>", `${questions}${disclaimer}</main>`);
  const out = createCleaner().clean({ html });
  assert.match(out.text, /insulated bottle/u);
  assert.doesNotMatch(out.text, /older bottles|Images simulated/u);
  assert.ok(out.domRemovals?.some((r) => /not the product/u.test(r.reason) && /People are asking/u.test(r.excerpt)));
  assert.ok(out.domRemovals?.some((r) => /not the product/u.test(r.reason) && /Images simulated/u.test(r.excerpt)));
});

test("a tooltip on a product page is not the product; on an article it is the text", () => {
  const tooltip = `<div class="spec-row">Impedance 37 ohm <span class="tooltip-content">Headphones with a higher impedance need an amplifier to play loud enough.</span></div>`;
  const html = page(product).replace("</main>", `${tooltip}</main>`);
  const out = createCleaner().clean({ html });
  assert.match(out.text, /insulated bottle/u);
  assert.match(out.text, /Impedance 37 ohm/u);
  assert.doesNotMatch(out.text, /amplifier/u);
  assert.ok(out.domRemovals?.some((r) => /tooltip.*not the product/u.test(r.reason) && /amplifier/u.test(r.excerpt)));
  const article = createCleaner().clean({ html: page(`<meta property="og:type" content="article">`).replace("</main>", `${tooltip}</main>`) });
  assert.match(article.text, /amplifier/u);
});

test("a live region on a product page (what it announces to screen readers) is not the product", () => {
  const live = `<div aria-live="polite">Thank you for your feedback. You selected a colour: Black</div><p role="alert">Added to your cart</p><div role="status">Sale price $30.00</div>`;
  const html = page(product).replace("</main>", `${live}</main>`);
  const out = createCleaner().clean({ html });
  assert.match(out.text, /insulated bottle/u);
  assert.doesNotMatch(out.text, /Thank you for your feedback|Added to your cart/u);
  assert.ok(out.domRemovals?.some((r) => r.reason === "aria-live:polite (not the product)"));
  assert.ok(out.domRemovals?.some((r) => r.reason === "role:alert (not the product)"));
  assert.match(out.text, /Sale price \$30\.00/u, "a status role holds the price on shop themes");
  const article = createCleaner().clean({ html: page(`<meta property="og:type" content="article">`).replace("</main>", `${live}</main>`) });
  assert.match(article.text, /Added to your cart/u);
});
