// An accordion's question, written as a button that opens its answer, stays with the answer; other
// buttons (a menu's toggle, a one-word control, a plain submit) are still dropped.
import { strict as assert } from "node:assert";
import { test } from "node:test";
import { htmlToDoc } from "../../src/input/html/html-to-doc.js";
import { parseHtml } from "../../src/input/html/parse.js";
import { findAll } from "../../src/input/html/dom.js";
import { isDisclosureToggle } from "../../src/input/html/disclosure-toggle.js";

const prose = [1, 2, 3]
  .map((n) => `<p>Part ${n}: the course runs for six weeks, with two live sessions a week, a project to hand in at the end, and feedback from the teachers on each draft.</p>`)
  .join("");

test("a FAQ's questions in accordion buttons come out with their answers", () => {
  const faq = [1, 2]
    .map((n) => `<h3><button type="button" aria-expanded="false" aria-controls="a${n}">Question ${n}: who is this program for?</button></h3><div id="a${n}" class="collapse"><p>Answer ${n}: editors and reporters moving into product roles.</p></div>`)
    .join("");
  const { doc, domRemovals } = htmlToDoc(`<html><body><main><h2>The course</h2>${prose}${faq}<button type="submit">Apply now</button></main></body></html>`, { mainContent: "own" });
  assert.match(doc.text, /Question 1: who is this program for\?/u);
  assert.match(doc.text, /Question 2: who is this program for\?/u);
  assert.match(doc.text, /Answer 2/u);
  assert.doesNotMatch(doc.text, /Apply now/u);
  assert.ok(domRemovals.some((r) => r.reason === "tag:button" && r.excerpt.includes("Apply now")));
});

test("only a button that opens a panel and says more than one word is a toggle", () => {
  const root = parseHtml(
    `<body><button id="a" aria-expanded="false" aria-controls="p">How long does shipping take?</button>` +
      `<button id="b" aria-controls="p2">Schedule + Registration</button>` +
      `<button id="c" aria-expanded="false" aria-controls="nav" aria-label="Toggle navigation">Menu</button>` +
      `<button id="d" aria-expanded="false" aria-haspopup="true">Our services</button>` +
      `<button id="e" type="submit">Send the form</button></body>`,
  );
  const byId = (id: string) => findAll(root, (e) => e.attribs.id === id)[0]!;
  assert.equal(isDisclosureToggle(byId("a")), true, "a question that opens its answer");
  assert.equal(isDisclosureToggle(byId("b")), true, "a panel's title");
  assert.equal(isDisclosureToggle(byId("c")), false, "one word: a control's name");
  assert.equal(isDisclosureToggle(byId("d")), false, "opens a popup menu");
  assert.equal(isDisclosureToggle(byId("e")), false, "opens nothing");
});

test("a button that is all of a heading's text, in four words or more, is a question: kept; a short one is a control", () => {
  const faq = [1, 2]
    .map((n) => `<h3 class="faq-header"><button class="faq-button"><span>Question ${n}: how does trade-in work?</span></button></h3><div class="faq-panel"><p>Answer ${n}: send the old laptop and we credit its value.</p></div>`)
    .join("");
  const controls = `<h2><button class="tab">Details</button></h2><h2>Reviews <button>Write one now please</button></h2>`;
  const { doc, domRemovals } = htmlToDoc(`<html><body><main><h2>The course</h2>${prose}${faq}${controls}</main></body></html>`, { mainContent: "own" });
  assert.match(doc.text, /Question 1: how does trade-in work\?/u);
  assert.match(doc.text, /Question 2: how does trade-in work\?/u);
  assert.doesNotMatch(doc.text, /Write one now please/u);
  assert.ok(domRemovals.some((r) => r.reason === "tag:button" && r.excerpt === "Details"));
});

test("hostile heading buttons: 100k-deep nesting and 60k buttons in headings stay linear", async () => {
  const { isHeadingButton } = await import("../../src/input/html/heading-button.js");
  const { textStats } = await import("../../src/input/html/text-stats.js");
  const deep = parseHtml(`<h3>${"<button>".repeat(100_000)}one two three four${"</button>".repeat(100_000)}</h3>`);
  const many = parseHtml(`<div>${"<h3><button>how does it work</button></h3>".repeat(60_000)}</div>`);
  const deepStats = textStats(deep);
  const manyStats = textStats(many);
  const started = Date.now();
  const deepButtons = findAll(deep, (e) => e.name === "button");
  assert.ok(deepButtons.filter((b) => isHeadingButton(b, deepStats)).length <= 1);
  assert.equal(findAll(many, (e) => e.name === "button").filter((b) => isHeadingButton(b, manyStats)).length, 60_000);
  assert.ok(Date.now() - started < 5_000, `${Date.now() - started} ms`);
});
