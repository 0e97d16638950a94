// On a product page a word that heads a box of related links elsewhere ("Recommended") labels a
// part of the product's specification (a game's minimum and recommended system requirements):
// the built-in related-section rule, which drops such a header and all that follows it up to the
// next prose, is off there (related-line still takes the label and the two lines under it). On an
// article the same lines are a reading list after the story, and go.
import { strict as assert } from "node:assert";
import { test } from "node:test";
import { createCleaner } from "../../src/index.js";

const story = [
  "The harbour town's new ferry runs every hour between the two piers, and the first crossing leaves at six in the morning.",
  "Tickets cost the same as the bus, and children under twelve travel free when an adult goes with them on the crossing.",
  "The council says the service will run through the winter, unless the weather closes the harbour for the day.",
]
  .map((p) => `<p>${p}</p>`)
  .join("");
const specs = `<h2>System requirements</h2><p>Minimum:</p><ul><li>OS: Windows 10</li><li>Memory: 8 GB RAM</li><li>Storage: 50 GB</li></ul>
<p>Recommended:</p><ul><li>OS: Windows 11</li><li>Memory: 16 GB RAM</li><li>Storage: 50 GB SSD</li></ul>`;
const page = (head: string): string => `<!doctype html><html><head>${head}<title>Harbour crossing</title></head><body><main><h1>Harbour crossing</h1>${story}${specs}</main></body></html>`;
const product = `<script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"Harbour crossing","offers":{"price":"20.00","priceCurrency":"USD"}}</script>`;

test("a product's 'Recommended:' requirements stay", () => {
  const out = createCleaner().clean({ html: page(product) });
  assert.equal(out.pageType, "product");
  assert.match(out.text, /Storage: 50 GB SSD/u, out.text);
  assert.ok(!out.removed.some((r) => r.ruleId === "related-section"));
});

test("on an article the rule still reads 'Recommended:' as a list of links after the story", () => {
  const out = createCleaner().clean({ html: page(`<meta property="og:type" content="article">`) });
  assert.equal(out.pageType, "article");
  assert.ok(out.removed.some((r) => r.ruleId === "related-section"), out.text);
});
