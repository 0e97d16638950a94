// A thread's post feed wrapped in a moderation <form> (thread-form.ts) stays on a page taken for a
// forum; a form without dated posts (a reply box, a login) is still chrome.
import { strict as assert } from "node:assert";
import { test } from "node:test";
import { createCleaner } from "../../src/index.js";
import { threadPosts } from "../helpers/forum-thread.js";

const THREAD = `<script type="application/ld+json">{"@context":"https://schema.org","@type":"DiscussionForumPosting","headline":"Kettle trips breaker"}</script>`;
const posts = threadPosts
  .map((p, i) => `<article class="entry"><span class="who">poster${i}</span> <time datetime="2024-08-2${i}">August 2${i}, 2024</time><div class="entry-text"><p>${p}</p></div></article>`)
  .join("");
// Menus and a footer that outweigh the short thread: the form holds under a quarter of the page.
const side = `<nav>${Array.from({ length: 40 }, (_, i) => `<a href="/f/${i}">Board number ${i} of the site</a>`).join(" ")}</nav><footer>${Array.from({ length: 40 }, (_, i) => `<a href="/p/${i}">Footer page ${i} of the site</a>`).join(" ")}</footer>`;
const reply = `<form action="/reply"><label>Your reply</label><textarea name="body"></textarea><p>Sign in to reply to this thread.</p><button>Post</button></form>`;
const page = (head: string, body: string): string => `<!doctype html><html><head>${head}<title>Kettle trips breaker</title></head><body><h1>Kettle trips breaker</h1>${body}</body></html>`;

test("a thread's posts inside a moderation form are kept, its reply form is not", () => {
  const out = createCleaner().clean({ html: page(THREAD, `<div class="feed"><form action="/moderate" method="post">${posts}</form>${reply}</div>${side}`) });
  assert.equal(out.pageType, "forum");
  for (const p of threadPosts) assert.ok(out.text.includes(p.slice(0, 40)), p.slice(0, 40));
  assert.doesNotMatch(out.text, /Sign in to reply/u);
});

test("on an article, a form stays chrome whatever it holds", () => {
  const story = Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i + 1} of the report says what the council decided about the old houses of the town, and why it matters.</p>`).join("");
  const out = createCleaner().clean({ html: page(`<meta property="og:type" content="article">`, `<article>${story}<form action="/moderate">${posts}</form></article>${side}`) });
  assert.notEqual(out.pageType, "forum");
  assert.match(out.text, /Paragraph 6 of the report/u);
  assert.doesNotMatch(out.text, /failing element/u);
});
