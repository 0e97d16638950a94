import { strict as assert } from "node:assert";
import { test } from "node:test";
import { htmlToDoc } from "../../src/input/html/html-to-doc.js";

const para = (n: number): string =>
  `<p>Part ${n} of the report describes, with figures and quotes, how the river flooded the valley, who was moved out, and what the town plans to rebuild first.</p>`;

const chrome = `<header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>`;

test("an article split over sibling parts of the same kind keeps every part", () => {
  const page = `<html><body>${chrome}<main><h1>Flood</h1>
<div class="article-body">${para(1)}${para(2)}${para(3)}</div>
<div class="ad-slot">Advertisement</div>
<div class="article-body">${para(4)}${para(5)}</div>
<div class="article-body">${para(6)}</div>
</main><footer>© News</footer></body></html>`;
  const { doc } = htmlToDoc(page, { mainContent: "own" });
  for (const n of [1, 2, 3, 4, 5, 6]) assert.match(doc.text, new RegExp(`Part ${n} of the report`, "u"));
  assert.doesNotMatch(doc.text, /Advertisement/u);
});

test("a teaser far away with the same classes does not widen the article", () => {
  const page = `<html><body>${chrome}<div class="layout"><div class="col"><div class="wrap"><div class="inner">
<div class="article-body">${para(1)}${para(2)}${para(3)}${para(4)}</div></div></div></div>
<div class="other"><div class="x"><div class="y"><div class="z"><p>Unrelated box text that sits in another column of the page, far from the story.</p>
<div class="article-body"><p>Teaser of another story, with a few words of its own to read here.</p></div></div></div></div></div></div></body></html>`;
  const { doc } = htmlToDoc(page, { mainContent: "own" });
  assert.match(doc.text, /Part 4 of the report/u);
  assert.doesNotMatch(doc.text, /Teaser of another story|Unrelated box/u);
});

test("a thread's posts found by scoring are all kept", () => {
  const post = (n: number): string =>
    `<div class="entry"><div class="who">user${n}</div><div class="said"><p>Answer ${n}: the resolver reads the file once at start, so a change needs a restart, and the cache, if any, must go too.</p></div></div>`;
  const page = `<html><body>${chrome}<div id="thread">${[1, 2, 3, 4].map(post).join("")}</div></body></html>`;
  const { doc } = htmlToDoc(page, { mainContent: "own" });
  for (const n of [1, 2, 3, 4]) assert.match(doc.text, new RegExp(`Answer ${n}: the resolver`, "u"));
});
