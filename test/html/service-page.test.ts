// A company's or a product's own page, with no date of publication, is reported as a service page
// when its address is the home page or a page of the offer, or when it offers several ways to buy
// and its text is short sections; a dated page, a declared article and running prose stay articles.
import { strict as assert } from "node:assert";
import { test } from "node:test";
import { createCleaner } from "../../src/index.js";
import { htmlToDoc } from "../../src/input/html/html-to-doc.js";
import { isServicePath } from "../../src/input/html/service-page.js";

const sections = Array.from({ length: 5 }, (_, i) =>
  `<section><h2>Feature ${i + 1}</h2><p>Automate the busy work of feature ${i + 1} and ship faster, with reports your team can trust.</p></section>`,
).join("");
const ctas = `<a href="/signup" class="btn">Get started</a> <a href="/demo" class="btn">Book a demo</a>`;
const longProse = Array.from({ length: 6 }, (_, i) =>
  `<p>Paragraph ${i + 1} of a long essay. ${"The writer takes the reader through one more step of the argument, with examples, caveats and a story from the field. ".repeat(4)}</p>`,
).join("");
const page = (head: string, body: string): string =>
  `<!doctype html><html><head><title>Acme</title>${head}</head><body><main><h1>Acme helps teams work</h1>${body}</main></body></html>`;
const canonical = (path: string): string => `<link rel="canonical" href="https://acme.example${path}">`;

test("an undated page of short sections with two different selling buttons is a service page", () => {
  const out = createCleaner().clean({ html: page("", `${ctas}${sections}${ctas}`) });
  assert.equal(out.pageType, "service");
  assert.equal(out.pageTypeFrom, "structure");
  assert.match(out.text, /Feature 5/u);
});

test("one kind of button, a date, a declared article or running prose leave the page an article", () => {
  const cases: Array<[string, string]> = [
    ["", `<a href="/signup">Get started</a>${sections}<a href="/signup">Get started</a>`],
    [`<meta property="article:published_time" content="2025-03-04T10:00:00Z">`, `${ctas}${sections}`],
    [`<script type="application/ld+json">{"@type":"BlogPosting","headline":"Acme"}</script>`, `${ctas}${sections}`],
    ["", `${ctas}${sections}${longProse}`],
  ];
  for (const [head, body] of cases) assert.equal(htmlToDoc(page(head, body)).pageType?.type, "article", head || body.slice(0, 60));
});

test("an undated page at the site's home or an offer's address is a service page; a blog post's address is not", () => {
  assert.deepEqual(htmlToDoc(page(canonical("/"), sections)).pageType, { type: "service", from: "structure" });
  assert.equal(htmlToDoc(page(canonical("/en-us/services/audits/"), sections)).pageType?.type, "service");
  assert.equal(htmlToDoc(page(canonical("/blog/how-we-audit"), sections)).pageType?.type, "article");
  const dated = `${canonical("/")}<meta property="article:published_time" content="2025-03-04T10:00:00Z">`;
  assert.equal(htmlToDoc(page(dated, sections)).pageType?.type, "article");
});

test("service paths: the home page and the offer's sections, not a query, a blog or a shop's product", () => {
  for (const url of ["https://acme.example", "https://acme.example/", "/pricing", "https://acme.example/us/en/solutions/retail/"]) assert.ok(isServicePath(url), url);
  for (const url of [undefined, "", "https://acme.example/?p=123", "https://acme.example/blog/post", "https://acme.example/products/desk", "https://acme.example/features/a-story/"]) assert.ok(!isServicePath(url), String(url));
});
