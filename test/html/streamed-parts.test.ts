import { strict as assert } from "node:assert";
import { test } from "node:test";
import { nowMs } from "../../src/clock.js";
import { deadline, NO_DEADLINE, OverBudget } from "../../src/input/html/deadline.js";
import { htmlToDoc } from "../../src/input/html/html-to-doc.js";
import { parseHtml } from "../../src/input/html/parse.js";
import { placeStreamedParts } from "../../src/input/html/streamed-parts.js";

const para = (n: number, what = "Paragraph"): string => `<p>${what} ${n} of the story says, at some length and with care, what the council decided and what it costs.</p>`;
const footer = `<footer><p>Copyright 2026 The Daily Example, all rights reserved, terms and privacy.</p></footer>`;

test("a part streamed after the footer (a boundary's fallback) is read where the script puts it, and the fallback goes", () => {
  const page =
    `<html><body><main><article class="article-body">${para(1)}${para(2)}<!--$?--><template id="B:0"></template><div class="skeleton">Loading the rest of the story</div><!--/$--></article></main>${footer}` +
    `<div hidden id="S:0">${para(3)}${para(4)}${para(5)}</div><script>$RC("B:0","S:0")</script></body></html>`;
  const { doc, domRemovals } = htmlToDoc(page, { mainContent: "own" });
  for (const n of [1, 2, 3, 4, 5]) assert.match(doc.text, new RegExp(`Paragraph ${n} of the story`, "u"));
  assert.ok(doc.text.indexOf("Paragraph 2") < doc.text.indexOf("Paragraph 3"), "in the article's order");
  assert.doesNotMatch(doc.text, /Loading the rest/u);
  assert.ok(domRemovals.some((r) => r.reason.startsWith("streamed fallback") && r.excerpt.includes("Loading the rest")));
});

test("a streamed segment fills its placeholder, and the script's pairing wins over the number", () => {
  const page =
    `<html><body><article class="article-body">${para(1)}<template id="P:7"></template>${para(3)}</article>${footer}` +
    `<div hidden id="S:2">${para(2)}</div><script>$RS("S:2","P:7")</script></body></html>`;
  const { doc } = htmlToDoc(page, { mainContent: "own" });
  assert.match(doc.text, /Paragraph 1[^]*Paragraph 2[^]*Paragraph 3/u);
});

test("without scripts and comments (a page saved bare), a part takes the template of its number", () => {
  const page = `<html><body><main><article>${para(1)}<template id="B:1"></template></article></main>${footer}<div hidden id="S:1">${para(2)}${para(3)}</div></body></html>`;
  const { doc } = htmlToDoc(page, { mainContent: "own" });
  assert.match(doc.text, /Paragraph 1[^]*Paragraph 2[^]*Paragraph 3/u);
});

test("a boundary completed with an error keeps its fallback, and a hidden copy that is no streamed part stays hidden", () => {
  const failed = `<html><body><article>${para(1)}${para(2)}<!--$?--><template id="B:0"></template><p>The comments could not be loaded, try again later.</p><!--/$--></article>${footer}<div hidden id="S:0">${para(9, "Stale")}</div><script>$RC("B:0","S:0","digest")</script></body></html>`;
  const a = htmlToDoc(failed, { mainContent: "own" });
  assert.doesNotMatch(a.doc.text, /Stale 9/u);
  const copy = `<html><body><article>${para(1)}${para(2)}</article><div hidden id="S:0">${para(1)}${para(2)}</div></body></html>`;
  const b = htmlToDoc(copy, { mainContent: "own" });
  assert.equal(b.doc.text.split("Paragraph 1 of the story").length - 1, 1);
});

test("thousands of streamed parts are cleaned in time, the moved ones in their places", () => {
  const n = 1500;
  const places = Array.from({ length: n }, (_, i) => `<p>Lead ${i} of the list, written out in full.</p><template id="P:${i}"></template>`).join("");
  const parts = Array.from({ length: n }, (_, i) => `<div hidden id="S:${i}"><p>Item ${i} of the list, streamed after the footer.</p></div>`).join("");
  const started = Date.now();
  const { doc } = htmlToDoc(`<html><body><article>${places}</article>${footer}${parts}</body></html>`, { mainContent: "own" });
  assert.ok(Date.now() - started < 5000, `${Date.now() - started} ms`);
  assert.match(doc.text, /Lead 1499 of the list[^]*Item 1499 of the list/u);
});

test("boundaries that never close cost each part a few siblings, not the rest of a long list", () => {
  // Each boundary's fallback is looked for among the siblings after its template: with the
  // closing comments missing, reading to the end of the list once per part read 2,000 x 100,000
  // siblings (about 5 s); the search now stops after a skeleton's length.
  const n = 2000;
  const boundaries = Array.from({ length: n }, (_, i) => `<!--$?--><template id="B:${i}"></template><div>Loading</div>`).join("");
  const parts = Array.from({ length: n }, (_, i) => `<div hidden id="S:${i}"><p>Item ${i}.</p></div>`).join("");
  const root = parseHtml(`<html><body><main>${boundaries}${"<span>x</span>".repeat(100_000)}</main>${parts}</body></html>`);
  const started = Date.now();
  placeStreamedParts(root, NO_DEADLINE);
  assert.ok(Date.now() - started < 1500, `${Date.now() - started} ms`);
});

test("placing streamed parts stops at the page's time budget", () => {
  // The budget is read every CHECK_EVERY ticks: more parts than that, and a budget already spent.
  const parts = Array.from({ length: 1500 }, (_, i) => `<template id="P:${i}"></template><div hidden id="S:${i}"><p>Item ${i}.</p></div>`).join("");
  const spent = deadline(nowMs() - 1000, 1);
  assert.throws(() => placeStreamedParts(parseHtml(`<html><body>${parts}</body></html>`), spent), OverBudget);
});
