import { strict as assert } from "node:assert";
import { test } from "node:test";
import { htmlToDoc } from "../../src/input/html/html-to-doc.js";

const story = [1, 2, 3, 4].map((n) => `<p>Paragraph ${n} of the story says, at some length and with care, what the council decided and what it costs.</p>`).join("");
const legalese = Array.from({ length: 4 }, (_, i) => `<p>Clause ${i}: these cookies allow us to count visits, measure traffic sources and improve how the site performs for you.</p>`).join("");

test("a cookie manager holding much of the page's text is still chrome, and explained", () => {
  const page = `<html><body><div id="onetrust-consent-sdk"><div class="ot-sdk-container">${legalese}</div></div><article>${story}</article></body></html>`;
  const { doc, domRemovals } = htmlToDoc(page, { mainContent: "own" });
  assert.match(doc.text, /Paragraph 3 of the story/u);
  assert.doesNotMatch(doc.text, /Clause/u);
  assert.ok(domRemovals.some((r) => r.reason.startsWith("overlay:") && r.excerpt.includes("Clause 0")), JSON.stringify(domRemovals));
});

test("a dialog holding much of the page's text is chrome; one holding most of it is the page", () => {
  const beside = `<html><body><div>${story}</div><footer><div role="dialog">${legalese}</div></footer></body></html>`;
  assert.doesNotMatch(htmlToDoc(beside, { mainContent: "own" }).doc.text, /Clause/u);
  const over = `<html><body><p>Home</p><div role="dialog" aria-modal="true">${story}${legalese}</div></body></html>`;
  assert.match(htmlToDoc(over, { mainContent: "own" }).doc.text, /Paragraph 3 of the story/u);
});

test("a consent manager named so is chrome even when it holds most of a short page", () => {
  const panel = legalese + legalese.replace(/Clause/gu, "Section");
  const post = `<p>Paragraph 1 of the post: the showcase starts in an hour, and the recording goes up right after it.</p>`;
  const page = `<html><body><div id="onetrust-consent-sdk"><div id="onetrust-pc-sdk">${panel}</div></div><main>${post}</main></body></html>`;
  const { doc } = htmlToDoc(page, { mainContent: "own" });
  assert.match(doc.text, /Paragraph 1 of the post/u);
  assert.doesNotMatch(doc.text, /Clause|Section/u);
  const recipes = `<html><body><div class="cookie-recipe">${story}${panel}</div><p>Home</p></body></html>`;
  assert.match(htmlToDoc(recipes, { mainContent: "own" }).doc.text, /Paragraph 3 of the story/u);
});
