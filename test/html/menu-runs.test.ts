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

const docsPage = (menu: string): string =>
  page(`<main><h1>Installation</h1>${menu}<p>Install the package with your package manager, then import it once at the top of your app, before any other module that uses it.</p><p>The command line tool needs no setup: run it in the project folder, and it writes its settings file on the first run, with defaults.</p></main>`);
const sidebar = (n: number): string => `<nav>${Array.from({ length: n }, (_, i) => `<a href="/docs/p${i}">Guide page ${i}</a>`).join(" ")}</nav>`;

test("a menu kept for its size inside the chosen content goes, explained", () => {
  const r = htmlToDoc(docsPage(sidebar(40)), { mainContent: "own" });
  assert.match(r.doc.text, /Install the package/u);
  assert.doesNotMatch(r.doc.text, /Guide page 12/u, r.doc.text);
  assert.ok(r.domRemovals.some((d) => d.reason.startsWith("menu (kept for its size")));
});

test("a contents box whose entries carry their summaries stays", () => {
  const toc = `<nav>${Array.from({ length: 12 }, (_, i) => `<p><a href="#s${i}">Step ${i}</a>: what this step sets up, and the settings it writes for the next one.</p>`).join("")}</nav>`;
  const r = htmlToDoc(docsPage(toc), { mainContent: "own" });
  assert.match(r.doc.text, /the settings it writes for the next one/u);
});

test("100,000 links in a menu and 100,000 nested menus: the page is read in time", () => {
  for (const menu of [sidebar(100_000), `${"<nav><div>".repeat(100_000)}<a href="/x">Deep link</a>${"</div></nav>".repeat(100_000)}`]) {
    const started = Date.now();
    const r = htmlToDoc(docsPage(menu), { mainContent: "own" });
    assert.ok(r.doc.text.length > 0);
    assert.ok(Date.now() - started < 30_000);
  }
});
