import { strict as assert } from "node:assert";
import { test } from "node:test";
import { htmlToDoc } from "../../src/input/html/html-to-doc.js";

const story = [1, 2, 3, 4].map((n) => `<p>Paragraph ${n} of the story says, at some length and with care, what the council decided and what it costs.</p>`).join("");

test("a hidden copy of the article is dropped whatever its share of the text, and explained", () => {
  for (const hide of [`hidden`, `style="display: none"`, `style="visibility:hidden"`]) {
    const page = `<html><body><article class="post">${story}</article><div ${hide} itemscope itemtype="https://schema.org/Article"><span itemprop="wordCount">500</span>${story}</div></body></html>`;
    const { doc, domRemovals } = htmlToDoc(page, { mainContent: "own" });
    assert.equal(doc.text.split("Paragraph 1 of the story").length - 1, 1, hide);
    assert.doesNotMatch(doc.text, /\b500\b/u, hide);
    const removal = domRemovals.find((r) => r.reason.startsWith("hidden:"));
    assert.ok(removal && removal.excerpt.includes("500"), hide);
  }
});

test("a page whose text is all hidden (shown by a script on load) keeps it, with a warning", () => {
  const { doc, warnings } = htmlToDoc(`<html><body style="display:none"><article>${story}</article></body></html>`);
  assert.match(doc.text, /Paragraph 4 of the story/u);
  assert.ok(warnings.some((w) => w.code === "hidden-page"), JSON.stringify(warnings));
});

test("a class with a BEM modifier naming chrome is not chrome", () => {
  const parts = story.replace(/<p>/gu, `<div class="text-block text-block--modalMinWidth"><p>`).replace(/<\/p>/gu, "</p></div>");
  const page = `<html><body><article>${parts}</article><div class="modal"><p>Sign up to read more of our stories, every day, in your inbox.</p></div></body></html>`;
  const { doc } = htmlToDoc(page, { mainContent: "own" });
  for (const n of [1, 2, 3, 4]) assert.match(doc.text, new RegExp(`Paragraph ${n} of the story`, "u"));
  assert.doesNotMatch(doc.text, /Sign up/u);
});

test("an article-body match that wraps the whole page descends to the inner article body", () => {
  const links = Array.from({ length: 12 }, (_, i) => `<p>Other headline number ${i} in a box of the page that is not the article at all</p>`).join("");
  const page = `<html><body><div id="body-content"><div class="box">${links}</div><div id="article-body">${story}${story.replace(/Paragraph/gu, "Section")}</div></div></body></html>`;
  const { doc } = htmlToDoc(page, { mainContent: "own" });
  assert.match(doc.text, /Section 4 of the story/u);
  assert.doesNotMatch(doc.text, /Other headline/u);
});

test("numbered ranking headings that are links are kept", () => {
  const entries = Array.from({ length: 5 }, (_, i) => `<h2><a href="/p${i}">${i + 1}. Product number ${i + 1}</a></h2><p>Why product ${i + 1} made the list: it is light, it lasts, and it costs little for what it does.</p>`).join("");
  const { doc } = htmlToDoc(`<html><body><div class="entry-content">${entries}</div></body></html>`, { mainContent: "own" });
  for (let i = 1; i <= 5; i++) assert.match(doc.text, new RegExp(`^${i}\\. Product number ${i}$`, "mu"));
});

test("items of a numbered list that are mostly links are kept; a bulleted list of links is still a menu", () => {
  const items = (tag: string): string => `<${tag}>${Array.from({ length: 5 }, (_, i) => `<li><a href="/p${i}">The best budget standing desk of the year, number ${i + 1}</a> (review)</li>`).join("")}</${tag}>`;
  const intro = `<p>We tested thirty desks over three months, in two offices, and these are the ones we would buy again.</p>`;
  const ranked = htmlToDoc(`<html><body><div class="entry-content">${intro}${items("ol")}</div></body></html>`, { mainContent: "own" });
  for (let i = 1; i <= 5; i++) assert.match(ranked.doc.text, new RegExp(`number ${i} \\(review\\)`, "u"));
  // A menu is a minority of the article's text; a container that is mostly links is a list of links (link-lists.test.ts).
  const review = Array.from({ length: 6 }, (_, i) => `<p>Desk ${i + 1} held steady at full height, its motor stayed quiet, and its frame took our heaviest monitors without a wobble, though its cable tray is shallow.</p>`).join("");
  const menu = htmlToDoc(`<html><body><div class="entry-content">${intro}${review}${items("ul")}</div></body></html>`, { mainContent: "own" });
  assert.doesNotMatch(menu.doc.text, /number 1 \(review\)/u);
});

test("a popover (shown only when a control opens it) is hidden, as a dialog is, and explained", () => {
  const page = `<html><body><article>${story}</article><div popover id="install-help"><p>Install this site as an app: open the browser's menu, choose Install, and confirm.</p></div></body></html>`;
  const { doc, domRemovals } = htmlToDoc(page, { mainContent: "own" });
  assert.match(doc.text, /Paragraph 4 of the story/u);
  assert.doesNotMatch(doc.text, /Install this site/u);
  assert.ok(domRemovals.some((r) => r.reason === "hidden:popover" && r.excerpt.includes("Install this site")));
});
