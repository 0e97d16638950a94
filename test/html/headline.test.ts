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

const entries = (n: number): string =>
  Array.from({ length: n }, (_, i) => `<div><article><a href="/post-${i}"><h1>Post ${i} on the release train</h1></a><p>Summary ${i}: what changed in the build, and why the team moved it.</p></article></div>`).join("");
const questions = Array.from({ length: 10 }, (_, i) => `<p>Question ${i}: why does orange rhyme with nothing, and can a commit message hold the date it was written?</p>`).join("");
const sidebar = `<div><div><h1>Hot questions</h1>${questions}</div></div>`;

test("a page that titles each of its entries with an <h1> is its body, not the block around the first", () => {
  const out = htmlToDoc(`<html><body>${sidebar}<div><div>${entries(8)}</div></div></body></html>`, { mainContent: "own" });
  assert.equal(out.extractor, "own:entry-headlines");
  assert.match(out.doc.text, /Summary 0/u);
  assert.match(out.doc.text, /Summary 7/u);
});

test("a few <h1>s still leave the page one headline", () => {
  const out = htmlToDoc(`<html><body>${sidebar}<div><div>${entries(6)}</div></div></body></html>`, { mainContent: "own" });
  assert.equal(out.extractor, "own:headline");
});
