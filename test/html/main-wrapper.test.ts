// A layout element named for the main column and the sidebar together ("content-sidebar-wrap")
// holds the page's <main>: it is not chrome by that name, while the sidebar beside the main
// region still is.
import { strict as assert } from "node:assert";
import { test } from "node:test";
import { htmlToDoc } from "../../src/input/html/html-to-doc.js";
import { mainWrappers } from "../../src/input/html/main-wrapper.js";
import { parseHtml } from "../../src/input/html/parse.js";
import { findAll } from "../../src/input/html/dom.js";
import { ARTICLE_PARAGRAPHS } from "../helpers/article-text.js";

const page = (body: string): string => `<html><head><title>Page</title></head><body>${body}</body></html>`;
// Menus that each hold a small share of the page, together most of it: the wrapper beside them
// holds less than a quarter of the page's text, so its name alone would decide.
const big = Array.from({ length: 8 }, (_, m) => `<nav>${Array.from({ length: 8 }, (_, i) => `<a href="/m${m}/${i}">Menu ${m} entry ${i} with a few words of the site's own</a>`).join(" ")}</nav>`).join("");
const prose = ARTICLE_PARAGRAPHS.map((p) => `<p>${p}</p>`).join("");

test("a wrapper named for the sidebar that holds <main> is kept; the sidebar beside it goes", () => {
  const r = htmlToDoc(page(`${big}<div class="content-sidebar-wrap"><main>${prose}</main><div class="sidebar"><p>Archives and categories of the blog, by month.</p></div></div>`), { mainContent: "own" });
  assert.match(r.doc.text, /approved the new budget/u);
  assert.doesNotMatch(r.doc.text, /Archives and categories/u);
  assert.ok(!r.domRemovals.some((d) => d.path.endsWith("div.content-sidebar-wrap")), JSON.stringify(r.domRemovals));
});

test("the wrappers of a main region, and of role=main", () => {
  const root = parseHtml(page(`<div id="a"><div id="b"><main>x</main></div></div><div id="c"><div role="main">y</div></div><div id="d">z</div>`));
  const held = mainWrappers(root);
  const ids = findAll(root, (el) => held.has(el) && el.attribs.id !== undefined).map((el) => el.attribs.id);
  assert.deepEqual(ids.sort(), ["a", "b", "c"]);
});

test("100,000 nested main regions and 100,000 side by side: found in time", () => {
  for (const body of [`${"<main>".repeat(100_000)}text${"</main>".repeat(100_000)}`, "<div>" + "<main>x</main>".repeat(100_000) + "</div>"]) {
    const root = parseHtml(page(body));
    const started = Date.now();
    mainWrappers(root);
    assert.ok(Date.now() - started < 5_000);
  }
});
