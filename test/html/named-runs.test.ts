import { strict as assert } from "node:assert";
import { test } from "node:test";
import { htmlToDoc } from "../../src/input/html/html-to-doc.js";

const chrome = `<header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>`;
const intro = `<p>We tested dozens of machines over the year, in our lab and in our homes, and these are the ones that held up, cleaned well, and stayed quiet.</p>`;
const review = (n: number, cls: string): string =>
  `<div class="${cls}"><h3>Pick ${n}</h3><p>Pick ${n} washed every load we gave it, from greasy pans to wine glasses, and it did so quietly, with a short cycle, a third rack, and a filter that is easy to reach, though its racks are a little flimsy.</p></div>`;

test("a run of same-shaped reviews named as widgets inside the article is the article's own", () => {
  const page = `<html><body>${chrome}<main><h1>The best dishwashers</h1><div class="content">${intro}
${[1, 2, 3, 4].map((n) => review(n, "product-widget")).join("")}</div></main><footer>© Reviews</footer></body></html>`;
  const { doc, domRemovals } = htmlToDoc(page, { mainContent: "own" });
  for (const n of [1, 2, 3, 4]) assert.match(doc.text, new RegExp(`Pick ${n} washed every load`, "u"));
  assert.ok(!domRemovals.some((r) => r.reason === "class/id:widget"));
});

test("two such blocks are no run, and a run of comments stays out", () => {
  const page = `<html><body>${chrome}<main><h1>The best dishwashers</h1><div class="content">${intro}${intro.replace("We tested", "Then we tested")}
${[1, 2].map((n) => review(n, "product-widget")).join("")}
<ol class="thread">${[5, 6, 7].map((n) => review(n, "comment")).join("")}</ol></div></main></body></html>`;
  const { doc } = htmlToDoc(page, { mainContent: "own" });
  assert.match(doc.text, /held up, cleaned well/u);
  assert.doesNotMatch(doc.text, /Pick 1 washed|Pick 5 washed/u);
});
