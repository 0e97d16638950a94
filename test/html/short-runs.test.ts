import { strict as assert } from "node:assert";
import { test } from "node:test";
import { htmlToDoc } from "../../src/input/html/html-to-doc.js";

const page = (body: string): string => `<html><head><title>Front page</title></head><body>${body}</body></html>`;
const desks = ["World", "Business", "Science", "Sport", "Culture"];
/** One desk's box of teasers, each card a link around its headline and summary; the first desk
 *  opens with a note of running prose, which paragraph scoring alone would take. */
const box = (desk: string, tag = "section"): string =>
  `<${tag} class="desk"><h2>${desk}</h2>${desk === desks[0] ? NOTE : ""}<div class="cards">${[1, 2, 3]
    .map((i) => `<a class="card" href="/${desk}/${i}"><h3>${desk} story ${i}: the council votes on the harbour plan</h3><p>Summary of ${desk} story ${i}, in a few words, with a comma.</p></a>`)
    .join("")}</div></${tag}>`;
const NOTE = `<div class="note"><p>Live: the council meets tonight, and we follow it, vote by vote, with reports, pictures, and comments from the harbour.</p></div>`;

test("a front page's few sections of teasers are its content when no container stands out", () => {
  const r = htmlToDoc(page(`<div class="front">${desks.map((d) => box(d)).join("")}</div>`), { mainContent: "own" });
  assert.equal(r.extractor, "own:items");
  for (const d of desks) assert.match(r.doc.text, new RegExp(`${d} story 2: the council votes`, "u"));
});

test("a short run does not stand against a confident article container", () => {
  const prose = Array.from({ length: 10 }, (_, i) => `<p>Paragraph ${i} of the story, long enough to be running text, with commas, and a clause about the harbour works.</p>`).join("");
  const r = htmlToDoc(page(`<div class="article-body">${prose}</div><div class="front">${desks.map((d) => box(d)).join("")}</div>`), { mainContent: "own" });
  assert.notEqual(r.extractor, "own:items");
  assert.match(r.doc.text, /Paragraph 4 of the story/u);
});

test("a short run inside chrome is the site's menu, not its entries", () => {
  const menu = `<header class="masthead">${desks.map((d) => box(d, "div")).join("")}</header>`;
  const r = htmlToDoc(page(`${menu}<div class="story"><p>A short lead of the page, with a comma, about the harbour.</p></div>`), { mainContent: "own" });
  assert.notEqual(r.extractor, "own:items");
});
