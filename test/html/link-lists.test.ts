import { strict as assert } from "node:assert";
import { test } from "node:test";
import { htmlToDoc } from "../../src/input/html/html-to-doc.js";
import { isLinkList, LINK_LIST_SHARE } from "../../src/input/html/link-lists.js";

const chrome = `<header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>`;
const prose = (n: number): string =>
  `<p>Paragraph ${n} tells how the bridge was built over three winters, with timber from the hills, iron from the coast, and the work of a hundred men who came from the villages around.</p>`;
const entries = (letter: string, names: string[]): string =>
  `<h3>${letter}</h3><ul>${names.map((n) => `<li><a href="/c/${n}">${n} fittings</a></li>`).join("")}</ul>`;

test("a container that is mostly lists of links keeps them: they are the page's entries", () => {
  const page = `<html><body>${chrome}<main><h1>Hardware categories</h1><p>Browse the catalog by category.</p>
${entries("A", ["Adapters", "Anchors", "Angles"])}${entries("B", ["Bands", "Bolts", "Braces"])}${entries("C", ["Caps", "Clamps", "Clips"])}</main>
<footer>© Catalog</footer></body></html>`;
  const { doc, domRemovals } = htmlToDoc(page, { mainContent: "own" });
  for (const name of ["Adapters", "Bolts", "Clips"]) assert.match(doc.text, new RegExp(`${name} fittings`, "u"));
  assert.ok(!domRemovals.some((r) => r.reason === "link-dense block"));
});

test("in a container of running text, a list of links is still dropped and explained", () => {
  const page = `<html><body>${chrome}<main><h1>The old bridge</h1>${[1, 2, 3, 4, 5].map(prose).join("")}
<ul><li><a href="/a">Other bridges</a></li><li><a href="/b">More history</a></li></ul></main></body></html>`;
  const { doc, domRemovals } = htmlToDoc(page, { mainContent: "own" });
  assert.match(doc.text, /Paragraph 5 tells/u);
  assert.doesNotMatch(doc.text, /Other bridges|More history/u);
  assert.equal(domRemovals.filter((r) => r.reason === "link-dense block").length, 2);
});

test("the share decides, from its threshold up", () => {
  assert.equal(isLinkList(LINK_LIST_SHARE * 1000, 1000), true);
  assert.equal(isLinkList(LINK_LIST_SHARE * 1000 - 1, 1000), false);
  assert.equal(isLinkList(0, 0), false);
});

test("an entry with a line outside its link is kept among running text; a bare link is not", () => {
  const page = `<html><body>${chrome}<main><h1>The old bridge</h1>${[1, 2, 3, 4, 5].map(prose).join("")}
<ul><li><a href="/a">How the east arch was rebuilt after the flood</a> (a note by the county surveyor, 1921)</li>
<li><a href="/b">The ferry that came before the bridge</a></li></ul></main></body></html>`;
  const { doc } = htmlToDoc(page, { mainContent: "own" });
  assert.match(doc.text, /east arch was rebuilt after the flood \(a note by the county surveyor, 1921\)/u);
  assert.doesNotMatch(doc.text, /The ferry that came before/u);
});
