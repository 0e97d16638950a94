// A thread read from its posts' attribution (attributed-posts.ts): boxes that each carry an author
// and a date, hold most of the page as prose, and leave no article body outside them.
import { strict as assert } from "node:assert";
import { test } from "node:test";
import { htmlToDoc } from "../../src/input/html/html-to-doc.js";
import { pageTypeOf } from "../../src/input/html/page-type.js";
import { parseHtml } from "../../src/input/html/parse.js";
import { textStats } from "../../src/input/html/text-stats.js";
import { threadPosts } from "../helpers/forum-thread.js";

const page = (head: string, body: string): string => `<html><head>${head}</head><body>${body}</body></html>`;
const OG_ARTICLE = `<meta property="og:type" content="article">`;
const posts = (shape: (text: string, i: number) => string): string => threadPosts.map(shape).join("");
const entry = (text: string, i: number): string =>
  `<div class="entry"><p class="tagline"><a class="author" href="/u/poster${i}">poster${i}</a> <time datetime="2024-08-1${i}">${i + 1} days ago</time></p><div class="md">${text}</div></div>`;
/** The type read from the page (the items path may still take a thread's run for a listing). */
const typeOf = (html: string): string => {
  const root = parseHtml(html);
  const { text, links } = textStats(root);
  return pageTypeOf(root, text, links).type;
};

test("boxes that each carry an author and a date, holding the page as prose, make a thread", () => {
  assert.equal(typeOf(page(OG_ARTICLE, `<h1>A tripping kettle</h1>${posts(entry)}`)), "forum");
  assert.equal(typeOf(page("", `<h1>A tripping kettle</h1>${posts(entry)}`)), "forum");
  // The author may be a profile link alone, the date a short dated element.
  const bare = (text: string, i: number): string =>
    `<article class="comment-node"><a href="/members/poster.${i}/">poster${i}</a> <span class="moment-time">Oct ${i + 1}, 2024</span><div>${text}</div></article>`;
  assert.equal(typeOf(page("", posts(bare))), "forum");
});

test("without an author, or without a date, the same boxes are no thread", () => {
  const undated = (text: string, i: number): string => `<div class="entry"><a class="author" href="/u/poster${i}">poster${i}</a><div>${text}</div></div>`;
  const anonymous = (text: string, i: number): string => `<div class="entry"><time datetime="2024-08-1${i}">Aug 1${i}</time><div>${text}</div></div>`;
  assert.equal(typeOf(page(OG_ARTICLE, posts(undated))), "article");
  assert.equal(typeOf(page(OG_ARTICLE, posts(anonymous))), "article");
});

test("an article followed by its comments stays an article: its body is prose outside the boxes", () => {
  const story = Array.from({ length: 30 }, (_, i) => `<p>Paragraph ${i + 1} of the report tells what the council decided about the kitchen circuits of the town's old houses, and why.</p>`).join("");
  const comments = [posts(entry), posts(entry), posts(entry), posts(entry)].join("");
  assert.equal(typeOf(page(OG_ARTICLE, `<article>${story}</article><section>${comments}</section>`)), "article");
  // The same comments under a short opening post are a thread.
  assert.equal(typeOf(page(OG_ARTICLE, `<article>${story.slice(0, 600)}</article><section>${comments}</section>`)), "forum");
});

test("a listing's cards carry an author and a date too, but each its headline", () => {
  const card = (text: string, i: number): string =>
    `<div class="teaser-box"><h3><a href="/news/${i}">Headline ${i}</a></h3><span class="author">Reporter ${i}</span> <time datetime="2024-08-1${i}">Aug 1${i}</time><div>${text}</div></div>`;
  assert.notEqual(typeOf(page(OG_ARTICLE, posts(card))), "forum");
});

test("a declared type is not overridden by the posts' shape", () => {
  const ld = `<script type="application/ld+json">${JSON.stringify({ "@type": "NewsArticle", headline: "x" })}</script>`;
  assert.deepEqual(htmlToDoc(page(ld, posts(entry))).pageType, { type: "article", from: "json-ld" });
});

test("a date-named element nested thousands deep in date-named elements is read in time", () => {
  // Each date-named element's text is looked at for a digit: read whole, the subtree of each of
  // 20,000 nested ones was read again (about 4 s); a printed date is a few nodes.
  const n = 20_000;
  const started = Date.now();
  typeOf(page("", `<article><p>${"A sentence of running text, long enough to be prose. ".repeat(4)}</p>${'<span class="date">'.repeat(n)}Jan 1, 2024${"</span>".repeat(n)}</article>`));
  assert.ok(Date.now() - started < 2000, `${Date.now() - started} ms`);
});
