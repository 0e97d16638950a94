import { strict as assert } from "node:assert";
import { test } from "node:test";
import { htmlToDoc } from "../../src/input/html/html-to-doc.js";
import { parseHtml } from "../../src/input/html/parse.js";
import { findAll, type DomElement } from "../../src/input/html/dom.js";
import { inSiteFooter } from "../../src/input/html/in-site-footer.js";

const tiles = Array.from({ length: 10 }, (_, i) => `<div class="tile"><h3>Laptop line ${i + 1}</h3><p>Model ${i + 1} is light and fast with a bright screen and a long battery for a full day of work</p></div>`).join("");
const footnotes = Array.from({ length: 7 }, (_, i) => `<p>Footnote ${i + 1}: battery life varies by use, configuration, network, and many other factors, and actual results will vary, as terms, conditions, and limits apply, see the site for details, subject to change.</p>`).join("");

test("paragraph scoring does not take the site footer's legal footnotes for the content", () => {
  const page = `<html><body><div class="page"><h1>Shop laptops</h1>${tiles}</div><footer class="global-footer"><div class="footnotes">${footnotes}</div></footer></body></html>`;
  const { doc, extractor } = htmlToDoc(page, { mainContent: "own" });
  assert.match(doc.text, /Laptop line 10/u, extractor);
  assert.doesNotMatch(doc.text, /Footnote 1/u, extractor);
});

test("a footer inside an article or main is the article's own, not the site's", () => {
  const root = parseHtml(`<html><body><article><p>Story</p><footer><p id="a">Filed under news</p></footer></article><main><footer><p id="b">x</p></footer></main><footer><p id="c">Copyright</p></footer><div role="contentinfo"><p id="d">Terms</p></div></body></html>`);
  const byId = (id: string): DomElement => findAll(root, (el) => el.attribs.id === id)[0]!;
  assert.equal(inSiteFooter(byId("a")), false);
  assert.equal(inSiteFooter(byId("b")), false);
  assert.equal(inSiteFooter(byId("c")), true);
  assert.equal(inSiteFooter(byId("d")), true);
});
