import { strict as assert } from "node:assert";
import { test } from "node:test";
import { htmlToDoc } from "../../src/input/html/html-to-doc.js";

const specs = Array.from({ length: 8 }, (_, i) => `<li>Spec line ${i}: brushed steel frame ${i * 10} mm</li>`).join("");
const legal = Array.from({ length: 3 }, (_, i) => `<p>Term ${i}: by using this site, you agree that prices, offers and availability may change, without notice, at any time.</p>`).join("");

test("without a named container, the block under the page's <h1> beats a stray block of prose", () => {
  const page = `<html><body><div><div><h1>Widget 3000 desk lamp</h1><p>A lamp for the desk that bends where you need the light.</p><ul>${specs}</ul></div></div><div><div>${legal}</div></div></body></html>`;
  const out = htmlToDoc(page, { mainContent: "own" });
  assert.equal(out.extractor, "own:headline");
  assert.match(out.doc.text, /Spec line 7/u);
  assert.doesNotMatch(out.doc.text, /Term 0/u);
});

test("an article's running prose found by scoring stands against the headline's block", () => {
  const prose = Array.from({ length: 12 }, (_, i) => `<p>Paragraph ${i} says, at length, with care, and with commas, what the council decided, and why, and at what cost.</p>`).join("");
  const page = `<html><body><div><h1>Council decides</h1><p>Filed under news, politics, local</p></div><div><div>${prose}</div></div></body></html>`;
  const out = htmlToDoc(page, { mainContent: "own" });
  assert.equal(out.extractor, "own:score");
  assert.match(out.doc.text, /Paragraph 11/u);
});
