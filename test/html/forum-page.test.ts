// A page read as an article at a forum thread's address ("/t/slug/123", "/threads/slug.123/",
// "viewtopic.php") is reported as a forum, dated or not, its text handled as the article's was.
import { strict as assert } from "node:assert";
import { test } from "node:test";
import { createCleaner } from "../../src/index.js";
import { htmlToDoc } from "../../src/input/html/html-to-doc.js";
import { FORUM_ADDRESS } from "../../src/input/html/address-type.js";

const prose = Array.from({ length: 4 }, (_, i) => `<p>Reply ${i + 1}: I had the same telescope question, and a sentence long enough to count, with a comma.</p>`).join("");
const page = (head: string): string => `<html><head><title>First telescope?</title>${head}</head><body><main><h1>First telescope?</h1>${prose}</main></body></html>`;
const at = (url: string): string => `<link rel="canonical" href="${url}">`;
const dated = `<meta property="article:published_time" content="2025-03-04T10:00:00Z">`;

test("a page read as an article at a thread's address is a forum, dated or not, reported only", () => {
  assert.deepEqual(htmlToDoc(page(at("https://forum.example/t/first-telescope/123"))).pageType, { type: "forum", from: "structure", handledAs: "article" });
  assert.equal(htmlToDoc(page(dated + at("https://example.org/threads/first-telescope.691400/"))).pageType?.type, "forum");
  assert.equal(htmlToDoc(page(at("https://example.org/topics/telescopes/first-telescope"))).pageType?.type, "article");
  assert.equal(htmlToDoc(page(`<script type="application/ld+json">{"@type":"NewsArticle","headline":"x"}</script>${at("https://example.org/t/x/1")}`)).pageType?.type, "article");
});

test("reported as a forum, the page keeps the article's text", () => {
  const cleaner = createCleaner();
  const thread = cleaner.clean({ html: page(at("https://forum.example/t/first-telescope/123")) });
  const plain = cleaner.clean({ html: page(at("https://forum.example/first-telescope")) });
  assert.equal(thread.pageType, "forum");
  assert.equal(thread.text, plain.text);
});

test("forum paths: a thread of forum software, not a section of topics", () => {
  for (const url of ["/t/slug/123", "https://x.example/threads/a.1/", "/r/sub/comments/abc/title/", "viewtopic.php?id=3", "/forum/showthread.php?t=1"]) assert.ok(FORUM_ADDRESS.matches(url), url);
  for (const url of [undefined, "/topics/camping", "/topic/coffee", "/blog/threads-of-history", "/comments", "/tags/t-shirts"]) assert.ok(!FORUM_ADDRESS.matches(url), String(url));
});
