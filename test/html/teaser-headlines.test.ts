import { strict as assert } from "node:assert";
import { test } from "node:test";
import type { TextBlock } from "../../src/input/html/blocks.js";
import { teaserHeadlines } from "../../src/input/html/headline-links.js";
import { htmlToDoc } from "../../src/input/html/html-to-doc.js";

const chrome = `<header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>`;
const stories = ["River levels fall after a week of heavy rain", "The county opens its new library on Saturday", "Farmers count the cost of the late spring frost", "A school choir wins the regional contest again", "Council votes to repair the old harbour wall"];
const teaser = (title: string, i: number): string =>
  `<div class="card"><div class="card-title"><a href="/s/${i}">${title}</a></div>
<p>What the reporters found when they went out to ask people about it, and what comes next for the town.</p>
<div class="card-meta">By Ann Lee · Mar ${i + 1}</div></div>`;
const prose = (n: number): string =>
  `<p>Paragraph ${n} tells how the bridge was built over three winters, with timber from the hills, iron from the coast, and the work of a hundred men who came from the villages around to earn a wage.</p>`;

test("a container of teasers keeps their headline links: they are its entries", () => {
  const page = `<html><body>${chrome}<main><h1>Local news</h1>${stories.map(teaser).join("")}</main><footer>© Town paper</footer></body></html>`;
  const { doc, domRemovals } = htmlToDoc(page, { mainContent: "own" });
  for (const title of stories) assert.ok(doc.text.includes(title), title);
  assert.ok(!domRemovals.some((r) => r.reason === "link-dense block"));
});

test("in an article, teasers fewer than its paragraphs are a related list: dropped and explained", () => {
  const related = stories.slice(0, 4).map((title, i) => `<div class="more"><a href="/s/${i}">${title}</a></div><div class="date">Mar ${i + 1}</div>`).join("");
  const page = `<html><body>${chrome}<main><h1>The old bridge</h1>${[1, 2, 3, 4, 5].map(prose).join("")}${related}</main></body></html>`;
  const { doc, domRemovals } = htmlToDoc(page, { mainContent: "own" });
  assert.match(doc.text, /Paragraph 5 tells/u);
  for (const title of stories.slice(0, 4)) assert.ok(!doc.text.includes(title), title);
  assert.equal(domRemovals.filter((r) => r.reason === "link-dense block").length, 4);
});

const block = (line: string, tag = "div"): TextBlock => ({ lines: [line], tag });

test("a headline has six words or more and a line of its own under it that is not a heading", () => {
  const head = block("Council votes to repair the old harbour wall");
  const note = block("By Ann Lee, Mar 7");
  const four = [head, note, head, note, head, note, head, note];
  assert.deepEqual([...teaserHeadlines(four, [0, 2, 4, 6], 0)], [0, 2, 4, 6]);
  // menu entries: too short to be headlines
  const menu = [block("Sports"), note, block("Weather"), note, block("Local news"), note, block("Opinion"), note];
  assert.equal(teaserHeadlines(menu, [0, 2, 4, 6], 0).size, 0);
  // a run of bare links with nothing under each: a list, not teasers
  assert.equal(teaserHeadlines([head, head, head, head, note], [0, 1, 2, 3], 0).size, 0);
  // a heading under each link: sections, not teasers
  const sections = [head, block("Weather", "h2"), head, block("Sport", "h2"), head, block("Arts", "h2"), head, block("Jobs", "h2")];
  assert.equal(teaserHeadlines(sections, [0, 2, 4, 6], 0).size, 0);
  // three are not enough, nor four beside five prose paragraphs
  assert.equal(teaserHeadlines(four.slice(0, 6), [0, 2, 4], 0).size, 0);
  assert.equal(teaserHeadlines(four, [0, 2, 4, 6], 5).size, 0);
});
