// On a page taken for a listing, the short lines its entries print under their headlines (a time,
// a section, a kicker) are left out, explained; the headlines and summaries stay, and so do a
// "By ..." line and a price. Fewer such lines, or a page of another type, keep them all.
import { strict as assert } from "node:assert";
import { test } from "node:test";
import { createCleaner } from "../../src/index.js";
import type { TextBlock } from "../../src/input/html/blocks.js";
import { entryLabels } from "../../src/input/html/entry-labels.js";

const ld = (type: string): string => `<script type="application/ld+json">${JSON.stringify({ "@type": type, name: "World news" })}</script>`;
const REGIONS = ["Europe", "Asia", "Africa", "Oceania", "Americas", "Middle East", "Arctic", "Pacific"];
const teaser = (i: number): string =>
  `<div class="teaser"><h2><a href="/s${i}">Story ${i}: the council votes on the harbour plan</a></h2><div>${REGIONS[i % REGIONS.length]}</div><div>In Brief</div><p>Summary ${i} of the vote, and what the harbour plan means for the people who live by the water.</p></div>`;
const page = (type: string, n: number): string =>
  `<!doctype html><html><head><title>World news</title>${ld(type)}</head><body><main><h1>World news</h1>${Array.from({ length: n }, (_, i) => teaser(i)).join("")}</main></body></html>`;

test("a listing's entry labels go, explained; headlines and summaries stay", () => {
  const out = createCleaner().clean({ html: page("CollectionPage", 8) });
  assert.equal(out.pageType, "listing");
  assert.match(out.text, /Story 5: the council votes/u);
  assert.match(out.text, /Summary 5 of the vote/u);
  assert.doesNotMatch(out.text, /In Brief|Oceania/u, out.text);
  assert.ok(out.domRemovals?.some((r) => r.reason.startsWith("label of an entry") && r.excerpt === "Oceania"));
});

test("a few such lines, or a page of another type, keep them", () => {
  assert.match(createCleaner().clean({ html: page("CollectionPage", 4) }).text, /^Oceania$/mu);
  const article = createCleaner().clean({ html: page("NewsArticle", 8) });
  assert.notEqual(article.pageType, "listing");
  assert.match(article.text, /^Oceania$/mu);
});

const block = (tag: string, line: string, linked = false): TextBlock => (linked ? { tag, lines: [line], linked: true } : { tag, lines: [line] });

test("only short lines with no link, one or two blocks under a heading, not a price or a byline", () => {
  const entry = (i: number): TextBlock[] => [block("h3", `Headline ${i}`), block("div", `${i} min ago`), block("div", "Asia"), block("div", "Third line"), block("p", "A summary.")];
  const blocks = [...Array.from({ length: 6 }, (_, i) => entry(i)).flat(), block("h3", "Last"), block("div", "$12.99"), block("div", "By Ana Ruiz"), block("div", "Opinion", true), block("div", "four words in here")];
  const texts = blocks.map((b) => b.lines.join(" "));
  const found = entryLabels(blocks, texts, "listing");
  assert.equal(found.size, 12);
  assert.ok(found.has(1) && found.has(2) && !found.has(3) && !found.has(4));
  for (let i = 30; i < blocks.length; i++) assert.ok(!found.has(i), texts[i]);
  assert.equal(entryLabels(blocks, texts, "article").size, 0);
  assert.equal(entryLabels(blocks.slice(0, 20), texts.slice(0, 20), "listing").size, 0);
});
