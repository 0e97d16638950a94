// The labels forum software prints around posts, each a block of its own ("Thread starter",
// "(edited)", "Reply 2", "Not open for further replies."), go, explained, on a page read as a
// forum; the same short blocks on an article are its text.
import { strict as assert } from "node:assert";
import { test } from "node:test";
import { createCleaner } from "../../src/index.js";
import { isForumLabel, isForumLabelBlock } from "../../src/input/html/forum-labels.js";
import { threadPosts } from "../helpers/forum-thread.js";

const posts = threadPosts
  .map((p, i) => `<div class="post"><div class="who">poster${i}</div>${i === 0 ? "<div>Thread starter</div>" : `<div>Reply ${i}</div>`}<p>${p}</p><div>(edited)</div></div>`)
  .join("");
const page = (head: string): string =>
  `<!doctype html><html><head>${head}<title>Kettle trips breaker</title></head><body><main><h1>Kettle trips breaker</h1>` +
  `<div class="notice">Not open for further replies.</div>${posts}</main></body></html>`;
const thread = `<script type="application/ld+json">{"@context":"https://schema.org","@type":"DiscussionForumPosting","headline":"Kettle trips breaker"}</script>`;
const article = `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Kettle trips breaker"}</script>`;

test("the forum software's labels around posts are not the posts", () => {
  const out = createCleaner().clean({ html: page(thread) });
  assert.equal(out.pageType, "forum");
  assert.match(out.text, /kitchen circuit/u);
  assert.match(out.text, /hot plastic/u);
  assert.doesNotMatch(out.text, /Thread starter|Reply \d|\(edited\)|further replies/u);
  assert.ok(out.domRemovals?.some((r) => /forum software/u.test(r.reason) && /Thread starter/u.test(r.excerpt)));
});

test("the same short blocks on an article are kept", () => {
  const out = createCleaner().clean({ html: page(article) });
  assert.equal(out.pageType, "article");
  assert.match(out.text, /Thread starter/u);
  assert.match(out.text, /Reply 2/u);
});

test("a label is the block's whole text, and short", () => {
  assert.ok(isForumLabel("Quote", "forum"));
  assert.ok(!isForumLabel("Quote", "article"));
  assert.ok(!isForumLabel("Quote of the day from the thread's starter, with the replies", "forum"));
});

test("a block of a few lines, each a label, is one too; a line of the post among them is not", () => {
  assert.ok(isForumLabelBlock("Sorted by: Reset to default", ["Sorted by:", "Reset to default"], "forum"));
  assert.ok(isForumLabelBlock("7 Posts", ["7", "Posts"], "forum"));
  assert.ok(!isForumLabelBlock("Reply Try the kettle on another circuit.", ["Reply", "Try the kettle on another circuit."], "forum"));
  assert.ok(!isForumLabelBlock("Sorted by: Reset to default", ["Sorted by:", "Reset to default"], "listing"));
});

test("60,000 label blocks and a 200,000-character block are read in time linear in the page", () => {
  const long = "Reply ".repeat(40_000);
  const t0 = performance.now();
  let labels = 0;
  for (let i = 0; i < 60_000; i++) if (isForumLabel(i % 2 === 0 ? "Quote" : `Reply ${i}`, "forum")) labels++;
  assert.equal(labels, 60_000);
  assert.ok(!isForumLabel(long, "forum"));
  assert.ok(performance.now() - t0 < 1000, `took ${Math.round(performance.now() - t0)} ms`);
});
