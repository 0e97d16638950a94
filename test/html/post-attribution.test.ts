// On a page detected as a forum, the small block above each post that says who wrote it and when
// (a <header>, or a block named post-meta, holding a <time>) stays; a post's number ("#2") goes,
// explained. On an article the same <header> is chrome, as before.
import { strict as assert } from "node:assert";
import { test } from "node:test";
import { createCleaner } from "../../src/index.js";
import { threadPosts } from "../helpers/forum-thread.js";
import { parseHtml } from "../../src/input/html/parse.js";
import { findAll } from "../../src/input/html/dom.js";
import { textStats } from "../../src/input/html/text-stats.js";
import { postAttributions, postNumbers } from "../../src/input/html/post-attribution.js";

const posts = threadPosts
  .map(
    (p, i) =>
      `<article class="message"><div class="message-inner"><header class="message-attribution"><ul><li><h4 class="message-name"><a href="/members/${i}">poster${i}</a></h4></li>` +
      `<li><time datetime="2024-06-${10 + i}">${10 + i} Jun 2024</time></li></ul><ul><li><a href="/posts/${i}">#${i + 1}</a></li></ul></header>` +
      `<div class="message-body"><p>${p}</p></div></div></article>`,
  )
  .join("");
const page = (head: string): string => `<!doctype html><html><head>${head}<title>Kettle trips breaker</title></head><body><main><h1>Kettle trips breaker</h1>${posts}</main></body></html>`;
const thread = `<script type="application/ld+json">{"@context":"https://schema.org","@type":"DiscussionForumPosting","headline":"Kettle trips breaker"}</script>`;

test("a thread keeps who wrote each post, and drops the post's number", () => {
  const out = createCleaner().clean({ html: page(thread) });
  assert.equal(out.pageType, "forum");
  assert.match(out.text, /poster1/u);
  assert.match(out.text, /failing element/u);
  assert.doesNotMatch(out.text, /#2/u);
  assert.ok(out.domRemovals?.some((r) => r.reason === "post number (not the post)" && r.excerpt === "#2"));
});

test("the same header on an article is chrome", () => {
  const out = createCleaner().clean({ html: page(`<meta property="og:type" content="article">`) });
  assert.notEqual(out.pageType, "forum");
  assert.doesNotMatch(out.text, /poster1/u);
});

test("an attribution is a short block holding a dated <time>; a post number is #N alone", () => {
  const root = parseHtml(
    `<body><div id="a"><span>raoul</span> <time datetime="2024-05-03">May 3, 2024, 8:45am</time></div>` +
      `<div id="b"><span>raoul</span> <span>May 3, 2024</span></div><div id="c"><time datetime="2024-05-03"></time>raoul</div>` +
      `<div id="d"><time>May 3</time> ${"a whole post that happens to begin with a date and goes on well past any attribution line. ".repeat(3)}</div>` +
      `<span id="e">#12</span><span id="f">12</span><span id="g">#12 and more</span></body>`,
  );
  const stats = textStats(root);
  const isPostAttribution = postAttributions(root, stats);
  const isPostNumber = postNumbers(stats);
  const byId = (id: string) => findAll(root, (e) => e.attribs.id === id)[0]!;
  assert.equal(isPostAttribution(byId("a")), true);
  assert.equal(isPostAttribution(byId("b")), false);
  assert.equal(isPostAttribution(byId("c")), false);
  assert.equal(isPostAttribution(byId("d")), false);
  assert.equal(isPostNumber(byId("e")), true);
  assert.equal(isPostNumber(byId("f")), false);
  assert.equal(isPostNumber(byId("g")), false);
});

test("headers nested thousands deep over one dated <time> are cleaned within the time budget", () => {
  const depth = 20_000;
  const nested = `${'<header class="post-meta">'.repeat(depth)}<time datetime="2024-06-10">Jun 10</time>${"</header>".repeat(depth)}`;
  const html = `<!doctype html><html><head>${thread}<title>Kettle trips breaker</title></head><body><main><h1>Kettle trips breaker</h1><article>${nested}<p>${posts}</p></article></main></body></html>`;
  const out = createCleaner({ timeBudgetMs: 5_000 }).clean({ html });
  assert.equal(out.status, "ok");
  assert.equal(out.pageType, "forum");
  assert.match(out.text, /poster1/u);
});
