// A thread's posts whose bodies are named like an article's body ("rich-text"): on a page taken
// for a forum the body is all the posts, however deep each sits in its post's markup with the
// poster's name and date beside it; on an article, such deep parts with more beside them are
// teasers of other pages.
import { strict as assert } from "node:assert";
import { test } from "node:test";
import { createCleaner } from "../../src/index.js";
import { threadPosts } from "../helpers/forum-thread.js";

const post = (text: string, i: number): string =>
  `<div class="post-box"><div class="columns"><div class="post-wrap"><div class="post-meta-line"><span class="who">poster${i}</span> Member, 1,23${i} posts. Posted <time datetime="2024-03-1${i}">March 1${i}, 2024</time></div>` +
  `<div class="post-content-wrap"><div class="rich-text"><p>${text}</p></div></div></div></div></div>`;
// The opening post is the longest: its body alone holds a fair share of the page.
const posts = [threadPosts[0]!.repeat(3), ...threadPosts.slice(1)];
const page = (head: string): string =>
  `<!doctype html><html><head>${head}<title>Kettle trips breaker</title></head><body><h1>Kettle trips breaker</h1><div class="feed">${posts.map(post).join("")}</div></body></html>`;

test("on a thread, every post's body named rich-text is the body, not the first alone", () => {
  const thread = `<script type="application/ld+json">{"@context":"https://schema.org","@type":"DiscussionForumPosting","headline":"Kettle trips breaker"}</script>`;
  const out = createCleaner({ mainContent: "own" }).clean({ html: page(thread) });
  assert.equal(out.pageType, "forum");
  for (const p of threadPosts) assert.ok(out.text.includes(p.slice(0, 40)), p.slice(0, 40));
});
