// What forum software prints around each post (the poster's card, a signature, flair) goes,
// explained, on a page detected as a forum; the same class words on an article are its text.
import { strict as assert } from "node:assert";
import { test } from "node:test";
import { createCleaner } from "../../src/index.js";
import { threadPosts } from "../helpers/forum-thread.js";

const posts = threadPosts
  .map(
    (p, i) =>
      `<article class="message"><section class="message-user"><h4>poster${i}</h4><div class="message-userExtras"><dl><dt>Joined</dt><dd>Mar 3, 2019</dd></dl><dl><dt>Messages</dt><dd>${40 + i}</dd></dl></div></section>` +
      `<div class="message-userContent"><div class="message-body"><p>${p}</p></div><div class="message-signature">Sent from my toaster running an old firmware build</div></div></article>`,
  )
  .join("");
const page = (head: string): string => `<!doctype html><html><head>${head}<title>Kettle trips breaker</title></head><body><main><h1>Kettle trips breaker</h1>${posts}</main></body></html>`;
const thread = `<script type="application/ld+json">{"@context":"https://schema.org","@type":"DiscussionForumPosting","headline":"Kettle trips breaker"}</script>`;

test("the poster's card and signature in a thread are not the posts", () => {
  const out = createCleaner().clean({ html: page(thread) });
  assert.equal(out.pageType, "forum");
  assert.match(out.text, /failing element/u);
  assert.doesNotMatch(out.text, /Joined|Messages|toaster/u);
  assert.ok(out.domRemovals?.some((r) => /not the posts/u.test(r.reason) && /toaster/u.test(r.excerpt)));
});

test("the same class words on an article are its text", () => {
  const out = createCleaner().clean({ html: page(`<meta property="og:type" content="article">`) });
  assert.notEqual(out.pageType, "forum");
  assert.match(out.text, /toaster/u);
});
