import { strict as assert } from "node:assert";
import { test } from "node:test";
import { htmlToDoc } from "../../src/input/html/html-to-doc.js";

const footer = `<footer><div class="site-footer"><h5>Help</h5><a href="/help">Help Center</a>, <a href="/returns">Return and refund policy</a>, <a href="/report">Report infringement</a>
<h5>Sites in other languages</h5><a href="/ru">Russian</a>, <a href="/pt">Portuguese</a>, <a href="/es">Spanish</a>, <a href="/fr">French</a></div></footer>`;
const story = [1, 2, 3].map((n) => `<p>Paragraph ${n} of the story says, at some length and with care, what the council decided and what it costs.</p>`).join("");

test("a page whose only text is its site footer (an empty shell for a script) comes out empty, explained", () => {
  const { doc, domRemovals, warnings } = htmlToDoc(`<html><body><div id="root"></div>${footer}</body></html>`);
  assert.equal(doc.text.trim(), "");
  assert.ok(warnings.some((w) => w.code === "footer-only"), JSON.stringify(warnings));
  assert.ok(domRemovals.some((r) => r.reason.startsWith("site footer") && r.excerpt.includes("Help Center")), JSON.stringify(domRemovals));
});

test("a page with text of its own beside a big footer keeps its text", () => {
  const { doc, warnings } = htmlToDoc(`<html><body><div id="root"><p>Only a short note of the page's own.</p></div>${footer}</body></html>`);
  assert.match(doc.text, /short note/u);
  assert.ok(!warnings.some((w) => w.code === "footer-only"));
});

test("a page wrapped in a footer element (its headline and story inside) is not a site footer", () => {
  const { doc } = htmlToDoc(`<html><body><footer><h1>The council decides</h1>${story}</footer></body></html>`);
  assert.match(doc.text, /Paragraph 3 of the story/u);
});
