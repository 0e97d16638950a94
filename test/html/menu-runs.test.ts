// A site's menu that outweighs the page (a shop's mega menu kept because it holds a quarter of
// the page's text) is not the page's item list: the item finder does not look inside a <nav> or
// a role=navigation element, while a listing's own items are found as before.
import { strict as assert } from "node:assert";
import { test } from "node:test";
import { htmlToDoc } from "../../src/input/html/html-to-doc.js";
import { isMenu } from "../../src/input/html/menu-runs.js";
import type { DomElement } from "../../src/input/html/dom.js";

const page = (body: string): string => `<html><head><title>Page</title></head><body>${body}</body></html>`;
const entries = (n: number): string => Array.from({ length: n }, (_, i) => `<li><a href="/c${i}">Category number ${i} of the shop's furniture</a></li>`).join("");
const prose = Array.from({ length: 3 }, (_, i) => `<p>Paragraph ${i} about the chair: solid oak, hand-oiled, with a woven seat that keeps its shape for years.</p>`).join("");

test("a mega menu that outweighs the page is not taken for its items", () => {
  for (const menu of [`<nav><ul>${entries(80)}</ul></nav>`, `<div role="navigation"><ul>${entries(80)}</ul></div>`]) {
    const r = htmlToDoc(page(`${menu}<main><h1>Oak chair</h1>${prose}</main>`), { mainContent: "own" });
    assert.notEqual(r.extractor, "own:items", r.extractor);
    assert.match(r.doc.text, /Paragraph 1 about the chair/u);
  }
});

test("a listing's own items are still found", () => {
  const items = Array.from({ length: 12 }, (_, i) => `<div class="entry-row"><h3><a href="/s${i}">Headline number ${i} about the harbour works</a></h3><p>Summary ${i}: the crane arrived.</p></div>`).join("");
  const r = htmlToDoc(page(`<nav><a href="/">Home</a> <a href="/about">About</a></nav><section><h1>Harbour news</h1><div class="rows">${items}</div></section>`), { mainContent: "own" });
  assert.equal(r.extractor, "own:items");
  assert.match(r.doc.text, /Headline number 7 about/u);
});

test("what names a menu", () => {
  const el = (name: string, attribs: Record<string, string> = {}): DomElement => ({ type: "tag", name, attribs, children: [], parent: null });
  assert.ok(isMenu(el("nav")));
  assert.ok(isMenu(el("div", { role: " Navigation " })));
  assert.ok(isMenu(el("ul", { role: "menubar" })));
  assert.ok(!isMenu(el("ul")));
  assert.ok(!isMenu(el("div", { role: "list" })));
});

test("60,000 menu entries in a nav: the page is read in time", () => {
  const started = Date.now();
  const r = htmlToDoc(page(`<nav><ul>${entries(60_000)}</ul></nav><main><h1>Oak chair</h1>${prose}</main>`), { mainContent: "own" });
  assert.notEqual(r.extractor, "own:items");
  assert.ok(Date.now() - started < 20_000);
});
