import { strict as assert } from "node:assert";
import { test } from "node:test";
import { htmlToDoc } from "../../src/input/html/html-to-doc.js";

const page = (body: string): string => `<html><head><title>Mugs</title></head><body>${body}</body></html>`;
const nav = `<nav><a href="/">Home</a> <a href="/about">About us</a> <a href="/contact">Contact</a></nav>`;
const grid = `<main><div class="collection"><div class="results"><ul class="grid">${Array.from({ length: 40 }, (_, i) => `<li class="card"><a href="/p${i}">Glazed stoneware mug number ${i}</a><span class="price">$${10 + i}.50</span></li>`).join("")}</ul></div></div></main>`;
const intro = `<section class="hero"><div class="inner"><p>Our stoneware mugs are thrown by hand in a small workshop, glazed in colours of the coast, fired twice for strength, and keep your coffee warm through a long morning.</p><p>Free delivery on orders over fifty dollars.</p></div></section>`;
const guide = `<section class="guide"><h2>How to choose a mug</h2><p>A mug of ten ounces suits an espresso drinker, one of sixteen a slow reader of the news; a thick wall keeps the heat in longer, and a wide handle is kinder to cold fingers.</p><p><a href="/care">Caring for stoneware, washing it, storing it, and everything else we know about glazes, kilns and the makers we buy from every single season</a></p></section>`;
const footer = `<div class="legal"><p>All prices include sales tax where it applies.</p></div>`;

test("a category page keeps its own prose above and below the grid, in page order", () => {
  const r = htmlToDoc(page(`${nav}${intro}${grid}${guide}${footer}`), { mainContent: "own" });
  assert.equal(r.pageType?.type, "collection");
  assert.match(r.extractor, /^own:items/u);
  const text = r.doc.text;
  assert.match(text, /thrown by hand/u);
  assert.match(text, /thick wall keeps the heat/u);
  assert.ok(text.indexOf("thrown by hand") < text.indexOf("mug number 0"));
  assert.ok(text.indexOf("mug number 39") < text.indexOf("thick wall keeps the heat"));
});

test("around the grid, short lines and links stay out: a notice, a heading, a link to another page", () => {
  const r = htmlToDoc(page(`${nav}${intro}${grid}${guide}${footer}`), { mainContent: "own" });
  assert.doesNotMatch(r.doc.text, /Free delivery/u);
  assert.doesNotMatch(r.doc.text, /How to choose a mug/u);
  assert.doesNotMatch(r.doc.text, /Caring for stoneware/u);
  assert.doesNotMatch(r.doc.text, /sales tax/u);
  assert.doesNotMatch(r.doc.text, /About us/u);
});

test("an article keeps no prose from outside its body", () => {
  const body = `<article class="article-body"><h1>Mugs</h1>${Array.from({ length: 5 }, (_, i) => `<p>Paragraph ${i} of the story: the potter tells how the workshop began, which clay it uses, and why the glazes take a week to mix.</p>`).join("")}</article>`;
  const r = htmlToDoc(page(`${nav}${intro}${body}`), { mainContent: "own" });
  assert.notEqual(r.pageType?.type, "collection");
  assert.match(r.doc.text, /Paragraph 4 of the story/u);
  assert.doesNotMatch(r.doc.text, /thrown by hand/u);
});
