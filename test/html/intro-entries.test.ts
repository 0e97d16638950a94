// A category archive prints its description and then the entries it lists, side by side under
// one wrapper: the wrapper is the page's content, the description first. An article's body
// beside a strip of related teasers stays the article.
import { strict as assert } from "node:assert";
import { test } from "node:test";
import { htmlToDoc } from "../../src/input/html/html-to-doc.js";

const page = (body: string): string => `<html><head><title>Page</title></head><body>${body}</body></html>`;
const chrome = `<header><nav><a href="/">Home</a> <a href="/about">About</a> <a href="/shop">Shop</a></nav></header>`;
const footer = `<footer><p>Copyright the site. All rights reserved. Privacy policy and terms of use.</p></footer>`;
const intro = [
  "Welcome to the zero waste corner of the site, where we gather every guide we have written for people who are just getting started.",
  "Start with the basics, then work through the swaps at your own pace: nobody is perfect, and small changes add up over a year.",
  "If you want one place to begin, the first guide below explains the five habits the rest of the posts build on, one by one.",
].map((p) => `<p>${p}</p>`).join("");
const entries = (n: number, cls = "entry"): string =>
  Array.from({ length: n }, (_, i) => `<article class="${cls}"><h2><a href="/post-${i}">Guide number ${i} to living with less waste</a></h2></article>`).join("");

test("a category's description and the entries after it are kept together", () => {
  const r = htmlToDoc(page(`${chrome}<div class="posts"><h1>Zero waste for beginners</h1><div class="post description">${intro}</div><div class="grid">${entries(12)}</div></div>${footer}`), { mainContent: "own" });
  assert.equal(r.extractor, "own:items+intro");
  assert.match(r.doc.text, /five habits the rest of the posts build on/u);
  assert.match(r.doc.text, /Guide number 11 to living with less waste/u);
  assert.doesNotMatch(r.doc.text, /All rights reserved/u);
});

test("an article's body beside a strip of related teasers stays the article", () => {
  const body = Array.from({ length: 10 }, () => intro).join("");
  const r = htmlToDoc(page(`${chrome}<div class="wrap"><article><h1>Living with less</h1>${body}</article><div class="strip">${entries(5)}</div></div>${footer}`), { mainContent: "own" });
  assert.notEqual(r.extractor, "own:items+intro");
  assert.doesNotMatch(r.doc.text, /Guide number 3 to living/u);
});

test("entries before the text, or a wrapper that holds other sections, are not an introduction's", () => {
  const before = htmlToDoc(page(`${chrome}<div class="posts"><div class="grid">${entries(12)}</div><div class="post description">${intro}</div></div>${footer}`), { mainContent: "own" });
  assert.notEqual(before.extractor, "own:items+intro");
  const other = "<p>" + "Another section of the page with its own long text about opening hours and the shop's address. ".repeat(20) + "</p>";
  const crowded = htmlToDoc(page(`${chrome}<div class="posts"><div class="post description">${intro}</div><div class="grid">${entries(12)}</div><div class="hours">${other}</div></div>${footer}`), { mainContent: "own" });
  assert.notEqual(crowded.extractor, "own:items+intro");
});

test("100,000 entries, 60,000 identical cards and 100,000-deep nesting: a result in time", () => {
  const pages = [
    page(`<div class="posts"><div class="post description">${intro}</div><div class="grid">${entries(100_000)}</div></div>`),
    page(`<div class="posts"><div class="post description">${intro}</div><div class="grid">${entries(60_000, "card")}</div></div>`),
    page(`<div class="posts"><div class="post description">${intro}</div>${"<div>".repeat(100_000)}${entries(12)}${"</div>".repeat(100_000)}</div>`),
  ];
  for (const html of pages) {
    const started = Date.now();
    const r = htmlToDoc(html, { mainContent: "own" });
    // The largest page spends the default time budget before this step, as it did without it.
    assert.ok(r.doc.text.length > 0 || r.warnings.some((w) => w.code === "time-budget"));
    assert.ok(Date.now() - started < 30_000, `${Date.now() - started} ms`);
  }
});
