// A box about the article's writer is left out of an article, explained; a quotation's
// attribution, an element the page repeats (each item's authors) and other page types keep theirs.
import { strict as assert } from "node:assert";
import { test } from "node:test";
import { htmlToDoc } from "../../src/input/html/html-to-doc.js";
import { parseHtml } from "../../src/input/html/parse.js";
import { findAll } from "../../src/input/html/dom.js";
import { authorBoxes } from "../../src/input/html/author-box.js";
import { textStats } from "../../src/input/html/text-stats.js";

const prose = [1, 2, 3, 4, 5]
  .map((n) => `<p>Part ${n}: the trail climbs through old pine forest for two hours, then follows the ridge, where the wind picks up and the views open to the lakes below.</p>`)
  .join("");
const page = (extra: string): string => `<html><body><article><h1>Walking the ridge</h1>${prose}${extra}</article></body></html>`;
const bio = "Ann Lee has walked the ranges of the north for twenty years and writes about trails, weather and the huts along them.";

test("a box about the writer under an article is left out, explained", () => {
  const box = `<div class="authorCard"><h4 class="name">Ann Lee</h4><div class="role">Trail editor</div><p>${bio}</p></div>`;
  const { doc, domRemovals } = htmlToDoc(page(box), { mainContent: "own" });
  assert.match(doc.text, /the wind picks up/u);
  assert.doesNotMatch(doc.text, /walked the ranges of the north/u);
  assert.ok(domRemovals.some((r) => r.reason === "author box (about the writer, not the article)" && r.excerpt.includes("Ann Lee")));
});

test("a quotation's attribution, an author class the page repeats, and a long element so named stay", () => {
  const quote = `<blockquote><p>The mountains are calling.</p><cite class="quote-author">John Muir</cite></blockquote>`;
  const papers = [1, 2, 3]
    .map((n) => `<div class="paper"><h3>Paper ${n} on ridge winds</h3><div class="list-authors">A. Lee${n}, B. Park and C. Diaz, University of the North</div></div>`)
    .join("");
  const long = `<div class="author-notes">${"A long note by the author about the route, its stages and its huts. ".repeat(30)}</div>`;
  const { doc } = htmlToDoc(page(quote + papers + long), { mainContent: "own" });
  assert.match(doc.text, /John Muir/u);
  assert.equal(doc.text.match(/B\. Park and C\. Diaz/gu)?.length, 3);
  assert.match(doc.text, /A long note by the author/u);
});

test("a block named so is a box; a name inside a line, or a word that only begins so, is not", () => {
  const root = parseHtml(`<body><div class="author-bio" id="a">${bio}</div><span class="author" id="b">Ann Lee</span><div class="authorization" id="c">Sign in to continue</div></body>`);
  const stats = textStats(root);
  const test = authorBoxes(root, stats);
  const byId = (id: string) => findAll(root, (e) => e.attribs.id === id)[0]!;
  assert.equal(test(byId("a")), true);
  assert.equal(test(byId("b")), false, "a name inside a line");
  assert.equal(test(byId("c")), false);
});

test("hostile pages: 100k author-named siblings, 100k-deep author-named nesting, 60k identical cards", () => {
  const check = (html: string): number => {
    const root = parseHtml(html);
    const stats = textStats(root);
    const isBox = authorBoxes(root, stats);
    const started = Date.now();
    const n = findAll(root, () => true).filter(isBox).length;
    assert.ok(Date.now() - started < 2_000, `${Date.now() - started} ms`);
    return n;
  };
  assert.equal(check(`<div>${[...Array(100_000).keys()].map((i) => `<div class="author-${i}">x</div>`).join("")}</div>`), 100_000, "each class list is its own, and short");
  assert.equal(check(`${"<div class=\"author-box\">".repeat(100_000)}x${"</div>".repeat(100_000)}`), 0, "one class list repeated");
  assert.equal(check(`<div>${'<div class="card"><div class="card-author">Ann Lee</div></div>'.repeat(60_000)}</div>`), 0);
});
