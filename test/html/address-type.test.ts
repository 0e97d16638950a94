// A page read as an article at an address of one kind's shape is reported as that kind, its text
// handled as the article's was: a forum thread's address ("/t/slug/123", "/threads/slug.123/",
// "viewtopic.php") and a section's index ("/news", "/blog/", "/category/x/"), dated or not; a
// product's address ("/products/...", "/pdp/...") only undated.
import { strict as assert } from "node:assert";
import { describe, test } from "node:test";
import { createCleaner } from "../../src/index.js";
import { htmlToDoc } from "../../src/input/html/html-to-doc.js";
import { FORUM_ADDRESS, PRODUCT_ADDRESS, SECTION_ADDRESS } from "../../src/input/html/address-type.js";

const paragraphs = (line: (i: number) => string): string => Array.from({ length: 4 }, (_, i) => `<p>${line(i + 1)}</p>`).join("");
const pageOf = (title: string, prose: string) => (head: string): string => `<html><head><title>${title}</title>${head}</head><body><main><h1>${title}</h1>${prose}</main></body></html>`;
const canonical = (url: string): string => `<link rel="canonical" href="${url}">`;
const dated = `<meta property="article:published_time" content="2025-03-04T10:00:00Z">`;

/** Each kind's text stays the one of the same page at an address of no kind. */
function keepsText(page: (head: string) => string, kindUrl: string, plainUrl: string, type: string): void {
  const cleaner = createCleaner();
  const kind = cleaner.clean({ html: page(canonical(kindUrl)) });
  const plain = cleaner.clean({ html: page(canonical(plainUrl)) });
  assert.equal(kind.pageType, type);
  assert.equal(kind.text, plain.text);
}

describe("forum thread address", () => {
  const page = pageOf("First telescope?", paragraphs((i) => `Reply ${i}: I had the same telescope question, and a sentence long enough to count, with a comma.`));
  const at = canonical;

  test("a page read as an article at a thread's address is a forum, dated or not, reported only", () => {
    assert.deepEqual(htmlToDoc(page(at("https://forum.example/t/first-telescope/123"))).pageType, { type: "forum", from: "structure", handledAs: "article" });
    assert.equal(htmlToDoc(page(dated + at("https://example.org/threads/first-telescope.691400/"))).pageType?.type, "forum");
    assert.equal(htmlToDoc(page(at("https://example.org/topics/telescopes/first-telescope"))).pageType?.type, "article");
    assert.equal(htmlToDoc(page(`<script type="application/ld+json">{"@type":"NewsArticle","headline":"x"}</script>${at("https://example.org/t/x/1")}`)).pageType?.type, "article");
  });

  test("reported as a forum, the page keeps the article's text", () => {
    keepsText(page, "https://forum.example/t/first-telescope/123", "https://forum.example/first-telescope", "forum");
  });

  test("forum paths: a thread of forum software, not a section of topics", () => {
    for (const url of ["/t/slug/123", "https://x.example/threads/a.1/", "/r/sub/comments/abc/title/", "viewtopic.php?id=3", "/forum/showthread.php?t=1"]) assert.ok(FORUM_ADDRESS.matches(url), url);
    for (const url of [undefined, "/topics/camping", "/topic/coffee", "/blog/threads-of-history", "/comments", "/tags/t-shirts"]) assert.ok(!FORUM_ADDRESS.matches(url), String(url));
  });
});

describe("product address", () => {
  const page = pageOf("Tufted rug", paragraphs((i) => `Detail ${i} of the tufted rug: a sentence long enough to count, with a comma, about wool.`));
  const at = (path: string): string => canonical(`https://shop.example${path}`);

  test("an undated page read as an article at a product's address is a product page, reported only", () => {
    assert.deepEqual(htmlToDoc(page(at("/products/tufted-rug"))).pageType, { type: "product", from: "structure", handledAs: "article" });
    assert.equal(htmlToDoc(page(dated + at("/product/launch-of-our-new-editor"))).pageType?.type, "article");
    assert.equal(htmlToDoc(page(at("/p/why-i-write"))).pageType?.type, "article");
  });

  test("reported as a product page, the page keeps the article's text", () => {
    keepsText(page, "https://shop.example/products/tufted-rug", "https://shop.example/rugs/tufted-rug", "product");
  });

  test("product paths: a part that files product pages, not a newsletter's posts or a category", () => {
    for (const url of ["/products/rug", "https://x.example/lighting/pdp/lamp-1", "/dp/B0C1234567", "/product/FLRzK8/clips"]) assert.ok(PRODUCT_ADDRESS.matches(url), url);
    for (const url of [undefined, "/p/backup-strategy", "/products", "/product-category/electronics/", "/blog/products-we-love"]) assert.ok(!PRODUCT_ADDRESS.matches(url), String(url));
  });
});

describe("section index address", () => {
  const page = pageOf("News", paragraphs((i) => `News item ${i}: the council met on a long evening, and a sentence long enough to count, with a comma.`));
  const at = (path: string): string => canonical(`https://example.org${path}`);

  test("a page read as an article at a section's address is a listing, dated or not, reported only", () => {
    assert.deepEqual(htmlToDoc(page(at("/news"))).pageType, { type: "listing", from: "structure", handledAs: "article" });
    assert.equal(htmlToDoc(page(dated + at("/category/science/"))).pageType?.type, "listing");
    assert.equal(htmlToDoc(page(dated + at("/news/2025/03/council-meets"))).pageType?.type, "article");
  });

  test("reported as a listing, the page keeps the article's text", () => {
    keepsText(page, "https://example.org/blog/", "https://example.org/blog/council-meets", "listing");
  });

  test("section paths: a section's index, not an article under it, a topic or the home page", () => {
    for (const url of ["/news", "https://example.org/en/news/", "/issues/", "/sections/science/", "/tag/diy", "/blog/page/2"]) assert.ok(SECTION_ADDRESS.matches(url), url);
    for (const url of [undefined, "/", "/news/2025/03/fcc", "/blog/why-seo/", "/topic/coffee", "/newsletter", "/category"]) assert.ok(!SECTION_ADDRESS.matches(url), String(url));
  });
});
