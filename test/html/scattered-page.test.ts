import { strict as assert } from "node:assert";
import { test } from "node:test";
import { htmlToDoc } from "../../src/input/html/html-to-doc.js";
import { scatteredPage } from "../../src/input/html/scattered-page.js";

const band = (topic: string, lines: number): string =>
  `<section><div class="${topic.toLowerCase()}-band"><h2>${topic}</h2>${Array.from({ length: lines }, (_, i) => `<p>${topic} blurb ${i + 1}: what the team does for you, in short</p>`).join("")}</div></section>`;
const landing = (bands: string): string => `<html><body><header><nav><a href="/">Home</a> <a href="/about">About</a></nav></header><div>${bands}</div></body></html>`;

test("a blurb band of a page built from many is no container: the pruned page is kept", () => {
  const out = htmlToDoc(landing(band("Strategy", 3) + band("Design", 2) + band("Analytics", 2) + band("Support", 2)), { mainContent: "own" });
  assert.equal(out.extractor, "own:spread");
  for (const topic of ["Strategy blurb 3", "Design blurb 2", "Analytics blurb 1", "Support blurb 2"]) assert.match(out.doc.text, new RegExp(topic, "u"));
});

test("a scored block of running prose, or holding most of the page, stands", () => {
  assert.equal(scatteredPage(400, 60, 1_000), false, "prose: many commas");
  assert.equal(scatteredPage(700, 10, 1_000), false, "most of the page");
  assert.equal(scatteredPage(400, 10, 1_000), true);
  const prose = Array.from({ length: 8 }, (_, i) => `<p>Paragraph ${i + 1} of the story, with its clauses, asides, names, places and dates, runs on as an article's prose does, sentence after sentence.</p>`).join("");
  const out = htmlToDoc(landing(`<div class="col-left">${prose}</div>${band("Teaser", 2)}${band("Promo", 2)}`), { mainContent: "own" });
  assert.equal(out.extractor, "own:score");
  assert.match(out.doc.text, /Paragraph 8 of the story/u);
  assert.doesNotMatch(out.doc.text, /Teaser blurb/u);
});

test("20,000 identical bands and 100,000 nested wrappers: the page is read in time", () => {
  const started = Date.now();
  const wide = htmlToDoc(landing(band("Lead", 3) + band("Card", 1).repeat(20_000)), { mainContent: "own" });
  assert.match(wide.doc.text, /Card blurb 1/u);
  const deep = htmlToDoc(landing(`${"<div>".repeat(100_000)}${band("Deep", 2)}${"</div>".repeat(100_000)}${band("Side", 2)}`), { mainContent: "own" });
  assert.match(deep.doc.text, /Deep blurb 2/u);
  assert.ok(Date.now() - started < 20_000, `${Date.now() - started} ms`);
});
