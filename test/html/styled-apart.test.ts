// Two inline elements of different classes side by side (a field's label and its value) come out
// as two words; pieces of one run of text (same class, or no class) stay joined.
import { strict as assert } from "node:assert";
import { test } from "node:test";
import { htmlToDoc } from "../../src/input/html/html-to-doc.js";
import { parseHtml } from "../../src/input/html/parse.js";
import { findAll } from "../../src/input/html/dom.js";
import { setApartByStyle } from "../../src/input/html/styled-apart.js";

const prose = [1, 2, 3, 4]
  .map((n) => `<p>Part ${n}: the book looks at what the land held before us, what it holds now, and what it could hold again, with notes from twelve field trips.</p>`)
  .join("");
const page = (inner: string): string => `<html><body><main><h2>The book</h2>${prose}${inner}</main></body></html>`;
const isBlock = (name: string): boolean => name === "div" || name === "p" || name === "td";

test("a spec row's label and value, each in a span of its own class, come out as separate words", () => {
  const rows = `<div class="details"><div class="row"><span class="details_name">Publisher</span><!--F#1--><span class="details_value">Houghton Mifflin</span></div>` +
    `<div class="row"><span class="details_name">Pages</span><span class="details_value">288</span></div></div>`;
  const { doc } = htmlToDoc(page(rows), { mainContent: "own" });
  assert.match(doc.text, /Publisher Houghton Mifflin/u);
  assert.match(doc.text, /Pages 288/u);
  assert.doesNotMatch(doc.text, /PublisherHoughton|Pages288/u);
});

test("pieces of one word or one run of text stay joined", () => {
  const root = parseHtml(
    `<body><p><span id="a" class="c1">Le</span><span id="b" class="c1">arn more</span></p>` +
      `<p><span id="c">Un</span><span id="d">believable</span></p>` +
      `<p><span id="e" class="x">Total</span>:<span id="f" class="y">12</span></p>` +
      `<p><span id="g" class="name">Size</span><div id="h" class="value">XL</div></p>` +
      `<p><b id="i" class="k">Colour</b><span id="j" class="v">Blue</span></p></body>`,
  );
  const byId = (id: string) => findAll(root, (e) => e.attribs.id === id)[0]!;
  const at = (id: string) => byId(id).parent!.children!.indexOf(byId(id));
  assert.equal(setApartByStyle(byId("b"), at("b"), isBlock), false, "the same class: one word split for styling");
  assert.equal(setApartByStyle(byId("d"), at("d"), isBlock), false, "no class on either");
  assert.equal(setApartByStyle(byId("f"), at("f"), isBlock), false, "text between them");
  assert.equal(setApartByStyle(byId("h"), at("h"), isBlock), false, "a block is a line of its own already");
  assert.equal(setApartByStyle(byId("j"), at("j"), isBlock), true);
  assert.equal(setApartByStyle(byId("a"), at("a"), isBlock), false, "nothing before it");
});

test("100,000 labelled spans side by side, or nested 100,000 deep, are written within the time budget", () => {
  const flat = Array.from({ length: 100_000 }, (_, i) => `<span class="${i % 2 ? "value" : "name"}">f${i}</span>`).join("");
  const started = Date.now();
  const wide = htmlToDoc(page(`<div class="specs">${flat}</div>`), { mainContent: "own" });
  assert.equal(wide.abandoned, undefined);
  assert.match(wide.doc.text, /f99998 f99999/u);
  const depth = 100_000;
  const nested = `${'<span class="a">x</span><span class="b">'.repeat(depth)}y${"</span>".repeat(depth)}`;
  const deep = htmlToDoc(page(`<div>${nested}</div>`), { mainContent: "own" });
  assert.equal(deep.abandoned, undefined);
  assert.ok(Date.now() - started < 20_000, `${Date.now() - started} ms`);
});
