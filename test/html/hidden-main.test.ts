// A main region whose text is all in one hidden part (a lockdown or age-gate app waiting for its
// script) keeps that part; the notices the script shows instead, and hidden copies beside visible
// content, stay out.
import { strict as assert } from "node:assert";
import { test } from "node:test";
import { htmlToDoc } from "../../src/input/html/html-to-doc.js";
import { parseHtml } from "../../src/input/html/parse.js";
import { textStats } from "../../src/input/html/text-stats.js";
import { hiddenBy } from "../../src/input/html/prune.js";
import { hiddenMainParts } from "../../src/input/html/hidden-main.js";

const copy = [1, 2, 3].map((n) => `<p>Part ${n}: a dark roast of arabica and robusta beans, ground for drip machines, in bags of one, two or five pounds, with a strong finish.</p>`).join("");
const menu = `<nav><ul>${Array.from({ length: 12 }, (_, i) => `<li><a href="/c/${i}">Coffee collection number ${i}</a></li>`).join("")}</ul></nav>`;
const footer = `<footer><p>${"About us, shipping, returns, careers, wholesale, contact and more. ".repeat(5)}</p></footer>`;

test("a product whose main region is all hidden, beside visible menus and a footer, is kept; the access notice is not", () => {
  const main = `<main><div class="lockdown-notice" style="display:none">Access denied: log in to see this page.</div><div class="lockdown-content" style="display:none"><h1>Dark Roast</h1>${copy}</div></main>`;
  const { doc, warnings } = htmlToDoc(`<html><body><header>${menu}</header>${main}${footer}</body></html>`, { mainContent: "own" });
  assert.match(doc.text, /Part 3: a dark roast/u);
  assert.doesNotMatch(doc.text, /Access denied/u);
  assert.ok(warnings.some((w) => w.code === "hidden-page"), JSON.stringify(warnings));
});

test("hidden copies inside a main region with visible content stay out", () => {
  const main = `<main><article>${copy}</article><div hidden>${copy.replace(/Part/gu, "Copy")}</div></main>`;
  const { doc } = htmlToDoc(`<html><body><header>${menu}</header>${main}${footer}</body></html>`, { mainContent: "own" });
  assert.match(doc.text, /Part 1: a dark roast/u);
  assert.doesNotMatch(doc.text, /Copy 1/u);
});

test("a small main region, or aria-hidden text, is no hidden page", () => {
  const root = parseHtml(
    `<body>${menu}<main id="small"><div style="display:none">Sold out</div></main>` +
      `<div role="main"><div aria-hidden="true">${copy}</div></div>${footer}</body>`,
  );
  const stats = textStats(root);
  const total = [...stats.text.entries()].find(([el]) => el.name === "body")![1];
  assert.equal(hiddenMainParts(root, stats, total, hiddenBy, new Set(["script", "style"])).size, 0);
});

test("100,000 hidden siblings in a main region, or main regions nested 100,000 deep, are read once", () => {
  const siblings = Array.from({ length: 100_000 }, (_, i) => `<div style="display:none">Item ${i}</div>`).join("");
  const nested = `${"<main>".repeat(100_000)}<div hidden>${copy}</div>${"</main>".repeat(100_000)}`;
  for (const inner of [`<main>${siblings}</main>`, nested]) {
    const started = Date.now();
    const out = htmlToDoc(`<html><body>${menu}${inner}${footer}</body></html>`, { mainContent: "own" });
    assert.equal(out.abandoned, undefined);
    assert.ok(Date.now() - started < 15_000, `${Date.now() - started} ms`);
  }
});
