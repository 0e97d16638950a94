import { strict as assert } from "node:assert";
import { test } from "node:test";
import { htmlToDoc } from "../../src/input/html/html-to-doc.js";
import { onlyNamedChrome } from "../../src/input/html/chrome-only.js";
import { parseHtml } from "../../src/input/html/parse.js";
import { findAll } from "../../src/input/html/dom.js";

const cats = ["Outdoor", "Fitness", "Marine", "Aviation", "Automotive"];
// A menu a script opens: its entries are labels, not links, so Readability's pick of them is not
// dropped as a list of links.
const menu = (c: string): string =>
  `<li class="nav-item"><span>${c}</span><ul>${["Products", "Maps and charts", "Accessories and plans", "Discover", "Communities"].map((e) => `<li><span>${e}</span></li>`).join("")}</ul></li>`;
const page = (app: string): string =>
  `<html><head><title>Deals</title></head><body><header><div class="site-nav"><ul>${cats.map(menu).join("")}</ul></div></header>` +
  `<div id="app">${app}</div><footer><a href="/help">Help</a> <a href="/terms">Terms of use</a> <a href="/privacy">Privacy</a></footer></body></html>`;
const story = [1, 2, 3].map((n) => `<p>Paragraph ${n} of the story says, at some length and with care, what the council decided and what it costs.</p>`).join("");

test("a shell whose only text is its menus and footer comes out empty, explained (not Readability's pick of the menus)", () => {
  const { doc, domRemovals, warnings, extractor } = htmlToDoc(page(""));
  assert.equal(doc.text.trim(), "");
  assert.equal(extractor, "own:chrome-only");
  assert.ok(warnings.some((w) => w.code === "chrome-only"), JSON.stringify(warnings));
  assert.ok(domRemovals.some((r) => r.reason === "class/id:nav" && r.excerpt.includes("Marine")), JSON.stringify(domRemovals));
  assert.ok(domRemovals.some((r) => r.reason === "tag:footer" && r.excerpt.includes("Terms of use")), JSON.stringify(domRemovals));
});

test("the same menus around a story keep the story", () => {
  const { doc, warnings } = htmlToDoc(page(story));
  assert.match(doc.text, /Paragraph 3 of the story/u);
  assert.doesNotMatch(doc.text, /Accessories and plans/u);
  assert.ok(!warnings.some((w) => w.code === "chrome-only"));
});

test("a line outside what pruning named chrome is content", () => {
  const root = parseHtml(`<body><nav>Home About Contact</nav><div>Opening hours</div></body>`);
  const nav = findAll(root, (el) => el.name === "nav");
  assert.equal(onlyNamedChrome([{ tag: "li", lines: ["About"] }], nav), true);
  assert.equal(onlyNamedChrome([{ tag: "li", lines: ["About"] }, { tag: "p", lines: ["Opening hours"] }], nav), false);
  assert.equal(onlyNamedChrome([{ tag: "li", lines: ["About"] }], []), false);
});
