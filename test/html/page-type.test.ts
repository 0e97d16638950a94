import { strict as assert } from "node:assert";
import { test } from "node:test";
import { createCleaner } from "../../src/index.js";
import { htmlToDoc } from "../../src/input/html/html-to-doc.js";

const ld = (obj: unknown, cdata = false): string => `<script type="application/ld+json">${cdata ? `<![CDATA[${JSON.stringify(obj)}]]>` : JSON.stringify(obj)}</script>`;
const prose = (what: string, n: number): string =>
  Array.from({ length: n }, (_, i) => `<p>${what} ${i + 1}: a sentence long enough to count, with a comma or two, about the thing this page is about.</p>`).join("");
const page = (head: string, body: string): string => `<html><head>${head}</head><body>${body}</body></html>`;

test("page type from JSON-LD @type, including a graph and a CDATA-wrapped block", () => {
  const cases: Array<[string, string]> = [
    [ld({ "@context": "https://schema.org", "@type": "DiscussionForumPosting", headline: "x" }), "forum"],
    [ld({ "@graph": [{ "@type": "WebPage" }, { "@type": "Product", name: "Desk" }] }), "product"],
    [ld({ "@type": "NewsArticle", headline: "x" }, true), "article"],
    [ld({ "@type": "TechArticle" }), "documentation"],
    [ld({ "@type": "OfferCatalog" }), "collection"],
  ];
  for (const [head, type] of cases) assert.deepEqual(htmlToDoc(page(head, prose("Line", 4))).pageType, { type, from: "json-ld" }, head);
});

test("an FAQ's questions do not make a page a forum", () => {
  const head = ld({ "@type": "FAQPage", mainEntity: [{ "@type": "Question", name: "Why?" }] }) + ld({ "@type": "Article" });
  assert.equal(htmlToDoc(page(head, prose("Line", 4))).pageType?.type, "article");
});

test("page type from microdata and from og:type", () => {
  const micro = `<div itemscope itemtype="http://schema.org/DiscussionForumPosting">${prose("Post", 3)}</div>`;
  assert.deepEqual(htmlToDoc(page("", micro)).pageType, { type: "forum", from: "microdata" });
  assert.deepEqual(htmlToDoc(page(`<meta property="og:type" content="product">`, prose("Line", 3))).pageType, { type: "product", from: "og" });
  assert.deepEqual(htmlToDoc(page(`<meta property="og:type" content="product.group">`, prose("Line", 3))).pageType, { type: "collection", from: "og" });
});

test("page type from structure: a price beside an add-to-cart button, a run of item cards, a run of posts", () => {
  const product = `<h1>Standing desk</h1><span class="price">$499</span><button>Add to cart</button>${prose("Spec", 3)}`;
  assert.deepEqual(htmlToDoc(page("", product)).pageType, { type: "product", from: "structure" });
  const cards = Array.from({ length: 8 }, (_, i) => `<div class="card"><h3><a href="/s${i}">Story ${i} headline about the town</a></h3><p>Summary of story ${i}, in one sentence, about what happened in the town.</p></div>`).join("");
  assert.deepEqual(htmlToDoc(page("", `<main>${cards}</main>`)).pageType, { type: "listing", from: "structure" });
  const posts = Array.from({ length: 4 }, (_, i) => `<div class="message"><span>user${i}</span>${prose(`Post ${i}`, 1)}</div>`).join("");
  assert.deepEqual(htmlToDoc(page("", posts)).pageType, { type: "forum", from: "structure" });
  assert.deepEqual(htmlToDoc(page("", `<article>${prose("Line", 5)}</article>`)).pageType, { type: "article", from: "structure" });
});

test("a product's bullet points written as spans named list items are no run of item cards", () => {
  const bullets = Array.from({ length: 12 }, (_, i) => `<li><span class="a-list-item">Feature ${i}: a long line about what the headphones do, priced in the box below.</span></li>`).join("");
  const product = `<h1>Headphones</h1><span class="price">$49</span><button>Add to cart</button><ul>${bullets}</ul>`;
  assert.deepEqual(htmlToDoc(page("", product)).pageType, { type: "product", from: "structure" });
  const cards = bullets.replace(/<span class="a-list-item">/gu, '<div class="list-item">').replace(/<\/span>/gu, "</div>");
  assert.deepEqual(htmlToDoc(page("", `<h1>Headphones</h1><span class="price">$49</span><button>Add to cart</button><ul>${cards}</ul>`)).pageType?.type, "listing");
});

test("on a forum page, containers named comment or reply are the thread, not chrome", () => {
  const posts = Array.from({ length: 4 }, (_, i) => `<div class="comment-item"><span class="who">user${i}</span><p>Reply ${i}: restart the service after the change, and clear the cache, or the old resolver stays in place.</p></div>`).join("");
  const head = ld({ "@type": "DiscussionForumPosting", headline: "Resolver" });
  const { doc } = htmlToDoc(page(head, `<main><h1>Resolver</h1>${posts}</main>`), { mainContent: "own" });
  for (let i = 0; i < 4; i++) assert.match(doc.text, new RegExp(`Reply ${i}: restart`, "u"));
  const article = htmlToDoc(page(ld({ "@type": "NewsArticle" }), `<main><article>${prose("Story", 4)}</article>${posts}</main>`), { mainContent: "own" });
  assert.doesNotMatch(article.doc.text, /Reply 0: restart/u);
});

test("the cleaner reports the page type and where it was read", () => {
  const r = createCleaner().clean({ html: page(`<meta property="og:type" content="article">`, `<article>${prose("Line", 5)}</article>`) });
  assert.equal(r.pageType, "article");
  assert.equal(r.pageTypeFrom, "og");
  const text = createCleaner().clean("plain text, a page type guessed from its lines");
  assert.deepEqual([text.pageType, text.pageTypeFrom], ["article", "text"]);
});

test("page type from structure: code beside a docs navigation, or code blocks enough alone, is documentation", () => {
  const docsNav = `<nav class="docs-sidebar"><a href="/a">Install</a> <a href="/b">Configure</a></nav>`;
  const spans = Array.from({ length: 5 }, (_, i) => `<p>Set <code>option${i}</code> to change the behaviour of the reader, as shown.</p>`).join("");
  assert.deepEqual(htmlToDoc(page("", `${docsNav}<main>${spans}</main>`)).pageType, { type: "documentation", from: "structure" });
  const blocks = Array.from({ length: 4 }, (_, i) => `<p>Step ${i}, in the shell:</p><pre>run step ${i}</pre>`).join("");
  assert.deepEqual(htmlToDoc(page("", `<main>${prose("Intro", 2)}${blocks}</main>`)).pageType, { type: "documentation", from: "structure" });
  assert.deepEqual(htmlToDoc(page("", `<article>${prose("Line", 5)}<pre>one snippet</pre></article>`)).pageType, { type: "article", from: "structure" });
});
