// A thread whose replies sit under a "Comments" header keeps them: on a page read as a forum the
// comments are the thread, while an article still ends where its comment section starts.
import { strict as assert } from "node:assert";
import { test } from "node:test";
import { createCleaner } from "../../src/index.js";
import { threadPosts } from "../helpers/forum-thread.js";

// The header past mid-page: the opening post runs two paragraphs, one reply follows.
const [question, more, answer] = threadPosts;
const reply = (p: string, i: number): string => `<li class="item"><div class="byline">poster${i}</div><div class="message"><p>${p}</p></div></li>`;
const page = (head: string): string =>
  `<!doctype html><html><head>${head}<title>Kettle trips breaker</title></head><body><main><h1>Kettle trips breaker</h1>` +
  `<div class="opening"><p>${question}</p><p>${more}</p></div><h2>Comments</h2><ul class="comments">${reply(answer, 1)}</ul></main></body></html>`;
const thread = `<script type="application/ld+json">{"@context":"https://schema.org","@type":"DiscussionForumPosting","headline":"Kettle trips breaker"}</script>`;
const article = `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Kettle trips breaker"}</script>`;

test("a thread's replies under a Comments header are kept", () => {
  const out = createCleaner().clean({ html: page(thread) });
  assert.equal(out.pageType, "forum");
  assert.match(out.text, /kitchen circuit/u);
  assert.match(out.text, /failing element/u);
  assert.match(out.text, /hot plastic/u);
  assert.ok(!out.removed.some((r) => r.ruleId === "comments-rest"));
});

test("an article still ends at its Comments header", () => {
  const out = createCleaner().clean({ html: page(article) });
  assert.equal(out.pageType, "article");
  assert.match(out.text, /kitchen circuit/u);
  assert.doesNotMatch(out.text, /hot plastic/u);
  assert.ok(out.removed.some((r) => r.ruleId === "comments-rest"));
});
