// A documentation page read as an article is reported as documentation when it invites the
// reader to edit it, or, with no date of publication, when its address is in a docs section or
// it shows code blocks enough; its text is handled as the article's was.
import { strict as assert } from "node:assert";
import { test } from "node:test";
import { createCleaner } from "../../src/index.js";
import { htmlToDoc } from "../../src/input/html/html-to-doc.js";
import { isDocsHost, isDocsPath, isDocsSectionPath } from "../../src/input/html/docs-page.js";

const prose = Array.from({ length: 4 }, (_, i) =>
  `<h2>Step ${i + 1}</h2><p>Configure the client for step ${i + 1}, then run it against the test server and read its log.</p>`,
).join("");
const code = (n: number): string => Array.from({ length: n }, (_, i) => `<pre><code>client.run(${i})</code></pre>`).join("");
const page = (head: string, body: string): string =>
  `<!doctype html><html><head><title>Client setup</title>${head}</head><body><main><h1>Setting up the client</h1>${body}</main></body></html>`;
const canonical = (path: string): string => `<link rel="canonical" href="https://acme.example${path}">`;
const dated = `<meta property="article:published_time" content="2025-03-04T10:00:00Z">`;

test("an edit-this-page link makes a page read as an article documentation, dated or not", () => {
  const out = createCleaner().clean({ html: page(dated, `${prose}<a href="https://github.com/acme/docs/edit/main/setup.md">Edit this page</a>`) });
  assert.equal(out.pageType, "documentation");
  assert.equal(out.pageTypeFrom, "structure");
  assert.match(out.text, /Step 4/u);
});

test("an undated page at a docs address or with two code blocks is documentation, a dated one under /docs/ too; dated elsewhere or plain, an article", () => {
  assert.deepEqual(htmlToDoc(page(canonical("/docs/client/setup"), prose)).pageType, { type: "documentation", from: "structure", handledAs: "article" });
  assert.equal(htmlToDoc(page("", prose + code(2))).pageType?.type, "documentation");
  assert.equal(htmlToDoc(page("", prose + code(1))).pageType?.type, "article");
  assert.equal(htmlToDoc(page(dated + canonical("/guides/client/setup"), prose + code(3))).pageType?.type, "article");
  assert.equal(htmlToDoc(page(dated + canonical("/docs/client/setup"), prose)).pageType?.type, "documentation");
  assert.equal(htmlToDoc(page(canonical("/blog/client-setup"), prose)).pageType?.type, "article");
  assert.equal(htmlToDoc(page(`<script type="application/ld+json">{"@type":"BlogPosting","headline":"Client"}</script>${canonical("/docs/x")}`, prose)).pageType?.type, "article");
});

test("reported as documentation, the page keeps the article's handling of its blocks", () => {
  const repeated = `<h3>Example of using the client</h3><p>${"One usage of the client shown in full. ".repeat(4)}</p><h3>Example of using the client</h3><p>${"Another usage, with hooks this time. ".repeat(4)}</p>`;
  const plain = createCleaner().clean({ html: page("", prose + repeated) });
  const docs = createCleaner().clean({ html: page(canonical("/docs/client"), prose + repeated) });
  assert.equal(docs.pageType, "documentation");
  assert.equal(plain.pageType, "article");
  assert.equal(docs.text, plain.text);
});

test("docs paths: a docs section at any depth, not a word that only begins like one", () => {
  for (const url of ["https://acme.example/docs/setup", "/en/kb/123", "/support/articles/42", "https://acme.example/api/v2/users", "/help"]) assert.ok(isDocsPath(url), url);
  for (const url of [undefined, "", "https://acme.example/", "/blog/post", "/news/helping-hands", "/guidelines/2024", "/support-local-news"]) assert.ok(!isDocsPath(url), String(url));
});

test("an undated page on a docs site's host is documentation; dated, an article", () => {
  const at = (url: string): string => `<link rel="canonical" href="${url}">`;
  assert.equal(htmlToDoc(page(at("https://docs.acme.example/client/setup"), prose)).pageType?.type, "documentation");
  assert.equal(htmlToDoc(page(at("https://developers.acme.example/feeds/spec/"), prose)).pageType?.type, "documentation");
  assert.equal(htmlToDoc(page(dated + at("https://developers.acme.example/blog/launch"), prose)).pageType?.type, "article");
  assert.equal(htmlToDoc(page(at("https://www.acme.example/client/setup"), prose)).pageType?.type, "article");
});

test("docs hosts: a docs or developers first label, not a name that only begins like one", () => {
  for (const url of ["https://docs.aws.example/x", "https://docs-internal.acme.example/", "https://developer.acme.example/a"]) assert.ok(isDocsHost(url), url);
  for (const url of [undefined, "/docs/x", "https://www.docsend.example/", "https://developerweek.example/", "https://dev.example/"]) assert.ok(!isDocsHost(url), String(url));
});

test("docs section paths: a part named docs or documentation, not a word that begins like one", () => {
  for (const url of ["https://acme.example/docs/current/select.html", "/iam/docs/overview", "/en/documentation"]) assert.ok(isDocsSectionPath(url), url);
  for (const url of [undefined, "/guides/client", "/doc-martens/boots", "/blog/docs-we-love", "/documentary/"]) assert.ok(!isDocsSectionPath(url), String(url));
});
