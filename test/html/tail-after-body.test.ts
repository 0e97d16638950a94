// What the chosen container prints after the element that holds nearly all its words (a box of
// other posts, an offer) is left out, explained; a closing line inside that element, a
// standfirst before it and a tail too large to be one stay.
import { strict as assert } from "node:assert";
import { test } from "node:test";
import { htmlToDoc } from "../../src/input/html/html-to-doc.js";
import { parseHtml } from "../../src/input/html/parse.js";
import { blocksOf } from "../../src/input/html/blocks.js";
import { findAll } from "../../src/input/html/dom.js";
import { withoutTailAfterBody } from "../../src/input/html/tail-after-body.js";
import type { DomRemoval } from "../../src/input/html/types.js";

const prose = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]
  .map((n) => `<p>Part ${n}: the trail climbs through old pine forest for two hours, then follows the ridge, where the wind picks up and the views open to the lakes below.</p>`)
  .join("");
const page = (bodyEnd: string, after: string): string =>
  `<html><body><article><h1>Walking the ridge</h1><p>Six hours on foot from the lake to the summit and back.</p><div class="copy">${prose}${bodyEnd}</div>${after}</article></body></html>`;
const REASON = "after the article's body (the element holding nearly all its text ends before it)";

test("a box printed after the article's body, inside the chosen container, is left out, explained", () => {
  const box = `<div class="box-b"><h3>Webinars and guides</h3><p>Our experts share what works.</p></div>`;
  const { doc, domRemovals } = htmlToDoc(page("<p>See you on the trail.</p>", box), { mainContent: "own" });
  assert.match(doc.text, /Six hours on foot/u, "a standfirst before the body stays");
  assert.match(doc.text, /See you on the trail\./u, "a closing line inside the body stays");
  assert.doesNotMatch(doc.text, /Webinars and guides|experts share/u);
  assert.ok(domRemovals.some((r) => r.reason === REASON && r.excerpt.startsWith("Webinars and guides")));
});

test("a part after the body that holds more than a tail's share of the words stays", () => {
  const faq = `<div class="faq"><h2>Questions</h2>${[1, 2, 3].map((n) => `<p>Question ${n}: how long is the ridge walk, and where can walkers stay the night along the way before the descent?</p>`).join("")}</div>`;
  const { doc, domRemovals } = htmlToDoc(page("", faq), { mainContent: "own" });
  assert.match(doc.text, /Question 3: how long/u);
  assert.ok(!domRemovals.some((r) => r.reason === REASON));
});

test("a larger tail of links to other posts is left out; one of prose is not", () => {
  const titles = [1, 2, 3, 4, 5, 6, 7, 8].map((n) => `<h3><a href="/post-${n}">Another walk along a ridge, number ${n} of the series</a></h3>`).join("");
  const { doc, domRemovals } = htmlToDoc(page("", `<div class="box-b"><h2>Also see</h2>${titles}</div>`), { mainContent: "own" });
  assert.match(doc.text, /Part 12: the trail/u);
  assert.doesNotMatch(doc.text, /Another walk along a ridge/u);
  assert.ok(domRemovals.some((r) => r.reason === REASON && r.excerpt === "Also see"));
  const notes = [1, 2, 3, 4, 5, 6, 7, 8].map((n) => `<p>Note ${n}: water runs short above the tree line in late summer.</p>`).join("");
  assert.match(htmlToDoc(page("", `<div class="box-b">${notes}</div>`), { mainContent: "own" }).doc.text, /Note 8: water runs short/u);
});

test("blocks with no body among them, or whose last block is inside the body, are returned as they are", () => {
  const root = parseHtml(`<div id="c"><div><p>one two three</p></div><div><p>four five six</p></div></div>`);
  const container = findAll(root, (e) => e.attribs.id === "c")[0]!;
  const removals: DomRemoval[] = [];
  const blocks = blocksOf(container, new Set(), []);
  assert.equal(withoutTailAfterBody(blocks, container, removals).length, 2);
  assert.equal(removals.length, 0);
});

test("hostile pages: 100k-deep nesting, 20k blocks after a body", () => {
  const time = (html: string): number => {
    const root = parseHtml(html);
    const container = findAll(root, (e) => e.attribs.id === "c")[0]!;
    const blocks = blocksOf(container, new Set(), []);
    const started = Date.now();
    const kept = withoutTailAfterBody(blocks, container, []).length;
    assert.ok(Date.now() - started < 2_000, `${Date.now() - started} ms`);
    return kept;
  };
  assert.equal(time(`<div id="c">${"<div>".repeat(100_000)}<p>deep text</p>${"</div>".repeat(100_000)}<p>x</p></div>`), 2, "nesting too deep: left as it is");
  const body = `<div><p>${"many words in the body of the page that hold nearly all of it ".repeat(40_000)}</p></div>`;
  assert.equal(time(`<div id="c">${body}${"<p>x</p>".repeat(20_000)}</div>`), 1, "20k one-word blocks after a body of 480k words");
});
