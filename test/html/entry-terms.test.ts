// A blog's or a shop's entries carry their terms as class tokens ("tag-ai", "category-news",
// "product_tag-cups"): on an entry they are not chrome words, nor part of an item's shape.
import { strict as assert } from "node:assert";
import { test } from "node:test";
import { withoutEntryTerms } from "../../src/input/html/entry-terms.js";
import { htmlToDoc } from "../../src/input/html/html-to-doc.js";
import { nowMs } from "../../src/clock.js";

const page = (body: string): string => `<html><head><title>Page</title></head><body>${body}</body></html>`;
const nav = `<nav><a href="/">Home</a> <a href="/about">About us</a> <a href="/contact">Contact</a></nav>`;
const topics = ["ai", "security", "open-source", "careers", "design", "devops"];

test("an entry's term tokens are taken out of its class words, and only on an entry", () => {
  assert.equal(withoutEntryTerms("post-7 post type-post status-publish hentry tag-ai category-news"), "post-7 post type-post status-publish hentry");
  assert.equal(withoutEntryTerms("wp-block-post tag-security"), "wp-block-post");
  assert.equal(withoutEntryTerms("widget tag-cloud"), "widget tag-cloud");
  assert.equal(withoutEntryTerms("post-tags tag-list"), "post-tags tag-list");
});

test("teasers tagged with a term are kept, while the sidebar's tag cloud still goes", () => {
  const teasers = Array.from(
    { length: 10 },
    (_, i) =>
      `<li class="wp-block-post post-${100 + i} post type-post status-publish hentry category-${topics[i % 6]} tag-${topics[(i + 2) % 6]}"><h3><a href="/p${i}">Story number ${i} about the harbour works</a></h3><p>What happened at the harbour on day ${i}, told briefly.</p></li>`,
  ).join("");
  const cloud = `<div class="tag-cloud">${topics.map((t) => `<a href="/tag/${t}">${t} topic page</a>`).join(" ")}</div>`;
  const r = htmlToDoc(page(`${nav}<main><h1>Harbour blog</h1><ul class="wp-block-post-template">${teasers}</ul>${cloud}</main>`), { mainContent: "own" });
  for (let i = 0; i < 10; i++) assert.match(r.doc.text, new RegExp(`Story number ${i} about`, "u"));
  assert.doesNotMatch(r.doc.text, /open-source topic page/u);
  assert.ok(!r.domRemovals.some((d) => d.reason === "class/id:tag" && /Story number/u.test(d.excerpt)));
  assert.ok(r.domRemovals.some((d) => d.reason === "class/id:tag" && /topic page/u.test(d.excerpt)));
});

test("entries whose terms differ from one to the next are still one run of items", () => {
  const cards = Array.from(
    { length: 12 },
    (_, i) =>
      `<article class="Excerpt post-${200 + i} post type-post status-publish format-${i % 3 === 0 ? "video" : "standard"}${i % 2 ? " has-post-thumbnail" : ""} hentry category-${topics[i % 6]} category-${topics[(i + 1) % 6]}"><h2><a href="/e${i}">Entry number ${i} on the new ferry timetable</a></h2></article>`,
  ).join("");
  const r = htmlToDoc(page(`${nav}<div class="posts"><h1>Ferry archive</h1><div class="list">${cards}</div></div>`), { mainContent: "own" });
  assert.equal(r.extractor, "own:items");
  for (let i = 0; i < 12; i++) assert.match(r.doc.text, new RegExp(`Entry number ${i} on`, "u"));
});

test("identical entries with many term tokens cost about what entries without terms cost", () => {
  // 16 term tokens on each of 20,000 entries: the tokens are read once per element.
  const terms = Array.from({ length: 8 }, (_, j) => `tag-term${j} category-cat${j}`).join(" ");
  const list = (cls: string): string => page(`<ul>${Array.from({ length: 20_000 }, (_, i) => `<li class="${cls}"><a href="/x${i}">Item ${i} of the archive</a></li>`).join("")}</ul>`);
  const time = (html: string): number => {
    const started = nowMs();
    const r = htmlToDoc(html, { mainContent: "own", timeBudgetMs: 60_000 });
    assert.match(r.doc.text, /Item 19999 of the archive/u);
    return nowMs() - started;
  };
  const plain = time(list("entry card"));
  const termed = time(list(`entry card type-post hentry ${terms}`));
  assert.ok(termed < 4 * plain + 500, `${Math.round(termed)} ms against ${Math.round(plain)} ms`);
});
