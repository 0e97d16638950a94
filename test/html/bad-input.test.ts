import { strict as assert } from "node:assert";
import { test } from "node:test";
import { htmlToDoc } from "../../src/input/html/html-to-doc.js";

const para = "<p>A sentence of running text, long enough, with commas, to count as a paragraph of the article body.</p>";
const timed = <T>(f: () => T): { value: T; ms: number } => {
  const t0 = performance.now();
  const value = f();
  return { value, ms: performance.now() - t0 };
};

test("truncated HTML and unclosed tags still give the text", () => {
  const { doc } = htmlToDoc(`<html><body><article><div class="entry-content">${para.repeat(5)}<p>Cut off mid-sent`);
  assert.match(doc.text, /Cut off mid-sent/u);
  assert.match(doc.text, /running text/u);
});

test("100k-deep nesting: no stack overflow", () => {
  const depth = 100_000;
  const html = `<body>${"<div>".repeat(depth)}${para.repeat(3)}${"</div>".repeat(depth)}</body>`;
  // Well inside the default time budget (half a second on a 2-core machine): the parser's stack
  // costs the same at any depth (top-first-stack.ts).
  const { value, ms } = timed(() => htmlToDoc(html));
  assert.match(value.doc.text, /running text/u);
  assert.ok(ms < 8_000, `${ms} ms`);
});

test("a 20 MB page finishes in bounded time", () => {
  // Numbered, so the paragraphs are not copies of one another (copies are kept once).
  const html = `<html><body><article>${Array.from({ length: 200_000 }, (_, i) => para.replace("A sentence", `Sentence ${i}`)).join("")}</article></body></html>`;
  assert.ok(html.length > 20_000_000);
  const { value, ms } = timed(() => htmlToDoc(html, { timeBudgetMs: 60_000 }));
  assert.ok(value.doc.blocks.length > 1000);
  assert.ok(ms < 60_000, `${ms} ms`);
});

test("dozens of identical copies of the article: kept once, each further copy explained", () => {
  const article = `<div class="story">${[1, 2, 3].map((n) => `<p>Copy paragraph ${n}: the storm closed the coast road, and the ferry, for once, ran late all day.</p>`).join("")}</div>`;
  const { doc, domRemovals } = htmlToDoc(`<html><body><main>${article.repeat(40)}</main></body></html>`, { mainContent: "own" });
  for (const n of [1, 2, 3]) assert.equal(doc.text.split(`Copy paragraph ${n}:`).length - 1, 1, doc.text.slice(0, 300));
  assert.equal(domRemovals.filter((r) => r.reason === "repeated block (kept once)").length, 3 * 39);
});

test("a tight time budget returns a warning instead of stalling", () => {
  const html = `<html><body><article>${para.repeat(50_000)}</article></body></html>`;
  const out = htmlToDoc(html, { timeBudgetMs: 1 });
  assert.equal(out.warnings.at(-1)?.code, "time-budget");
});

test("all-script pages and framesets give an empty doc with a warning", () => {
  for (const html of ["<html><head><script>var a = 1;</script></head><body><script>document.write('x')</script></body></html>", '<html><frameset cols="50%,50%"><frame src="a.html"><frame src="b.html"></frameset></html>']) {
    const out = htmlToDoc(html);
    assert.equal(out.doc.text, "");
    assert.equal(out.warnings[0]?.code, "empty-html");
  }
});

test("PDF, PNG and NUL-laden input are refused with a clear reason", () => {
  assert.match(htmlToDoc("%PDF-1.7\n%âãÏÓ\n1 0 obj").warnings[0]!.message, /PDF/u);
  assert.match(htmlToDoc("\x89PNG\r\n\x1a\n\0\0\0\rIHDR").warnings[0]!.message, /PNG/u);
  assert.equal(htmlToDoc("<p>a\0b\0c</p>").warnings[0]?.code, "binary-input");
});

test("empty and whitespace-only input", () => {
  for (const html of ["", "   \n  "]) assert.equal(htmlToDoc(html).doc.blocks.length, 0);
});
