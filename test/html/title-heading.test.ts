import { strict as assert } from "node:assert";
import { test } from "node:test";
import { htmlToDoc } from "../../src/input/html/html-to-doc.js";
import { aloneTitleHeading, isTitleHeading, TITLE_HEADING_REASON } from "../../src/input/html/title-heading.js";

const TITLE = "FCC chair warns Europe over satellite rules";
const story = [1, 2, 3].map((n) => `<p>Paragraph ${n} of the thread says, at some length and with care, what the commission decided and what it costs.</p>`).join("");
const page = (body: string): string => `<html><head><title>${TITLE}</title></head><body><main><h1>${TITLE}</h1>${body}</main></body></html>`;

test("the title heading goes to metadata when the page has text of its own", () => {
  const { doc, meta, domRemovals } = htmlToDoc(page(story));
  assert.equal(meta.title?.value, TITLE);
  assert.ok(!doc.text.includes(TITLE), doc.text);
  assert.ok(domRemovals.some((r) => r.reason === TITLE_HEADING_REASON && r.excerpt === TITLE), JSON.stringify(domRemovals));
});

test("a page whose only text is its title heading keeps it (an empty text would say it has none)", () => {
  const { doc, domRemovals, warnings } = htmlToDoc(page(`<div class="comments-loader" data-src="/api/comments"></div>`));
  assert.equal(doc.text.trim(), TITLE);
  assert.ok(!domRemovals.some((r) => r.reason === TITLE_HEADING_REASON), JSON.stringify(domRemovals));
  assert.ok(!warnings.some((w) => w.code === "empty-html"), JSON.stringify(warnings));
});

test("a heading is the title's when it is near the top and reads the same", () => {
  assert.ok(isTitleHeading("h1", "fcc chair", 0, "fcc chair"));
  assert.ok(!isTitleHeading("h1", "fcc chair", 5, "fcc chair"));
  assert.ok(!isTitleHeading("p", "fcc chair", 0, "fcc chair"));
  assert.ok(!isTitleHeading("h2", "fcc chair", 0, undefined));
  assert.ok(isTitleHeading("h1", "fcc chair", 0, "fcc chair", "article"));
});

test("a product's name heads its copy: its title heading stays in the text", () => {
  assert.ok(!isTitleHeading("h1", "trail shoe 2", 0, "trail shoe 2", "product"));
  const name = "Trail Shoe 2";
  const product = `<html><head><title>${name}</title><script type="application/ld+json">{"@type":"Product","name":"${name}","offers":{"@type":"Offer","price":"120.00","priceCurrency":"USD"}}</script></head><body><main><h1>${name}</h1><p>$120.00</p>${story}</main></body></html>`;
  const { doc, pageType } = htmlToDoc(product);
  assert.equal(pageType?.type, "product");
  assert.ok(doc.text.startsWith(name), doc.text);
});

test("the title heading is kept only when every other block is left out", () => {
  assert.equal(aloneTitleHeading([TITLE_HEADING_REASON, "repeated block (kept once)"]), 0);
  assert.equal(aloneTitleHeading(["repeated block (kept once)", TITLE_HEADING_REASON]), 1);
  assert.equal(aloneTitleHeading([TITLE_HEADING_REASON, undefined]), -1);
  assert.equal(aloneTitleHeading([undefined, "repeated block (kept once)"]), -1);
});
