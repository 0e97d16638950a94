import { strict as assert } from "node:assert";
import { test } from "node:test";
import { htmlToDoc } from "../../src/input/html/html-to-doc.js";

const features = ["Always-on display", "Crash detection", "Blood oxygen app", "Sleep tracking with stages", "Water resistant to 50 metres", "Two-day battery life", "Fast charging", "Emergency SOS", "Cellular option", "Titanium case"]
  .map((f) => `<li>${f}: on the wrist all day and all night long</li>`)
  .join("");
const legal = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]
  .map((n) => `<p>Footnote ${n}: offer available to new subscribers, one offer per account, terms apply, plan renews automatically until cancelled, and values vary by region, condition and model.</p>`)
  .join("");

test("paragraph scoring that lands in the site footer's fine print drops the footer and looks again", () => {
  const html = `<html><body><div class="content"><h2>Meet the watch</h2><ul>${features}</ul></div><footer><div class="legal">${legal}</div></footer></body></html>`;
  const out = htmlToDoc(html);
  assert.match(out.doc.text, /Crash detection/u);
  assert.doesNotMatch(out.doc.text, /Footnote 3/u);
  assert.ok(out.domRemovals.some((r) => r.reason.startsWith("site footer") && r.excerpt.includes("Footnote 1")), JSON.stringify(out.domRemovals));
});

test("a page wrapped in a footer element, headline and all, is not dropped as a site footer", () => {
  const html = `<html><body><footer><h1>The council decides</h1>${legal}</footer></body></html>`;
  assert.match(htmlToDoc(html).doc.text, /Footnote 3/u);
});
