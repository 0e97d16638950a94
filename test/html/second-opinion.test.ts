import { strict as assert } from "node:assert";
import { test } from "node:test";
import { htmlToDoc } from "../../src/input/html/html-to-doc.js";
import { secondOpinionWins } from "../../src/input/html/second-opinion.js";

const para = (topic: string, n: number): string =>
  `<p>${topic} paragraph ${n} runs on, with commas, clauses and detail, long enough to read as prose that a reader would follow to the end.</p>`;
const paras = (topic: string, count: number): string => Array.from({ length: count }, (_, i) => para(topic, i + 1)).join("");

test("Readability's longer text stands against an unsure block the page does not name", () => {
  assert.equal(secondOpinionWins("score", 200, 300), true);
  assert.equal(secondOpinionWins("headline", 200, 250), false);
});

test("against a body the template names, Readability needs many times its running text", () => {
  assert.equal(secondOpinionWins("selector:article-body", 200, 700), false);
  assert.equal(secondOpinionWins("selector:article-body", 40, 2_600), true);
});

test("a named article body beside a longer block of other prose is kept, not Readability's widening over both", () => {
  // The body holds under half of the page's text, so the own extractor is unsure and asks
  // Readability, which takes the longer block beside it with the body as its sibling.
  const html = `<html><body><div id="page"><div class="entry-content">${paras("Story", 5)}</div><div class="details">${paras("Delivery", 8)}</div></div></body></html>`;
  const out = htmlToDoc(html);
  assert.equal(out.extractor, "own:selector:article-body");
  assert.match(out.doc.text, /Story paragraph 5/u);
  assert.doesNotMatch(out.doc.text, /Delivery paragraph/u);
});

test("a page of more elements than Readability can read in time is not given to it, even when asked", () => {
  // Readability runs in one call the time budget cannot stop, and a menu of tens of thousands of
  // links takes it longer than the default budget: past the element limit the own answer stands.
  const menu = (links: number): string => `<nav>${Array.from({ length: links }, (_, i) => `<a href="/c${i}">Category ${i}</a>`).join("")}</nav>`;
  const page = (links: number): string => `<html><body><main>${paras("Story", 3)}${menu(links)}</main></body></html>`;
  assert.equal(htmlToDoc(page(20), { mainContent: "readability" }).extractor, "readability");
  const big = htmlToDoc(page(26_000), { mainContent: "readability" });
  assert.notEqual(big.extractor, "readability");
  assert.match(big.doc.text, /Story paragraph 3/u);
});
