// A template's filler ("Lorem ipsum dolor sit amet...", "Lorem ipsum 2") left in a page is not
// the page's text: dropped on every page type and explained; code that shows it and sentences
// about it stay.
import { strict as assert } from "node:assert";
import { test } from "node:test";
import { createCleaner } from "../../src/index.js";
import { fillerIsThePage, isPlaceholderText, PLACEHOLDER_REASON } from "../../src/input/html/placeholder-text.js";

const prose = [
  "The river rose through the night and by morning the lower streets of the town were under a metre of brown water.",
  "Volunteers filled sandbags at the fire station while the council opened the school hall to families who had left their homes.",
  "Engineers said the new flood wall held where it had been finished, and that the gap near the bridge let most of the water in.",
]
  .map((p) => `<p>${p}</p>`)
  .join("");
const filler = "<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua.</p><h3>Lorem ipsum 2</h3>";
const page = (extra: string): string => `<!doctype html><html><head><title>Flood</title></head><body><main><article><h1>Flood</h1>${prose}${extra}</article></main></body></html>`;

test("a template's filler goes, explained", () => {
  const out = createCleaner().clean({ html: page(filler) });
  assert.match(out.text, /river rose/u);
  assert.doesNotMatch(out.text, /Lorem/u, out.text);
  assert.equal(out.domRemovals?.filter((r) => r.reason.startsWith("placeholder text")).length, 2);
});

test("the filler shown as code, and a sentence about it, stay", () => {
  const about = "<p>Lorem ipsum is the placeholder text printers have used since the 1500s, taken from a text by Cicero.</p>";
  const code = "<pre>Lorem ipsum dolor sit amet</pre>";
  const out = createCleaner().clean({ html: page(about + code) });
  assert.match(out.text, /Lorem ipsum is the placeholder/u);
  assert.match(out.text, /Lorem ipsum dolor sit amet/u);
  assert.ok(isPlaceholderText("p", "Lorem ipsum dolor sit amet, consectetur"));
  assert.ok(!isPlaceholderText("pre", "Lorem ipsum dolor sit amet, consectetur"));
  assert.ok(!isPlaceholderText("p", "What is Lorem Ipsum?"));
});

test("a page made mostly of filler keeps it: it is what the page says (a demo, a fixture)", () => {
  const lorem = "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua. Ut enim ad minim veniam, quis nostrud exercitation ullamco laboris.";
  const fixture = `<!doctype html><html><head><title>SVG parsing</title></head><body><p>${lorem}</p><h2>Secondary header</h2><p>${lorem.replace("Ut enim", "Duis aute")}</p></body></html>`;
  const out = createCleaner().clean({ html: fixture });
  assert.match(out.text, /Lorem ipsum dolor sit amet/u, out.text);
  assert.match(out.text, /Duis aute/u, out.text);
  assert.ok(!out.domRemovals?.some((r) => r.reason === PLACEHOLDER_REASON), JSON.stringify(out.domRemovals));
});

test("filler is the page when it holds more words than the blocks kept", () => {
  const kept = "one two three";
  assert.ok(fillerIsThePage([PLACEHOLDER_REASON, undefined], ["lorem ipsum dolor sit", kept]));
  assert.ok(!fillerIsThePage([PLACEHOLDER_REASON, undefined], ["lorem ipsum", kept]));
  assert.ok(!fillerIsThePage([PLACEHOLDER_REASON, "repeated block (kept once)", undefined], ["lorem ipsum", "a b c d e f g", kept]));
});
