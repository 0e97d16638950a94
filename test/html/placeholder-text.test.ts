// A template's filler ("Lorem ipsum dolor sit amet...", "Lorem ipsum 2") left in a page is not
// the page's text: dropped on every page type and explained; code that shows it and sentences
// about it stay.
import { strict as assert } from "node:assert";
import { test } from "node:test";
import { createCleaner } from "../../src/index.js";
import { isPlaceholderText } from "../../src/input/html/placeholder-text.js";

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
