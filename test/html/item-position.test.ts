// A grid's template marks some items for their place in the run (a theme's "first" on each row's
// first column, "odd"/"even" stripes): the run is found whole, not split by those marks.
import { strict as assert } from "node:assert";
import { test } from "node:test";
import { itemRunOf } from "../../src/input/html/items.js";
import { parseHtml } from "../../src/input/html/parse.js";
import { textStats } from "../../src/input/html/text-stats.js";

const card = (i: number, extra: string): string => `<article class="post entry${extra}"><h2><a href="/r${i}">Recipe number ${i} for the air fryer</a></h2></article>`;

test("items marked first, odd or even are one run with the others", () => {
  for (const mark of [(i: number): string => (i % 3 === 0 ? " first" : ""), (i: number): string => (i % 2 === 0 ? " odd" : " even")]) {
    const html = `<html><body><main>${Array.from({ length: 15 }, (_, i) => card(i, mark(i))).join("")}</main></body></html>`;
    const root = parseHtml(html);
    const run = itemRunOf(root, textStats(root), new Set());
    assert.equal(run?.items.length, 15);
  }
});

test("other class words still tell shapes apart", () => {
  const html = `<html><body><main>${Array.from({ length: 12 }, (_, i) => card(i, i < 8 ? " featured" : "")).join("")}</main></body></html>`;
  const root = parseHtml(html);
  assert.equal(itemRunOf(root, textStats(root), new Set())?.items.length, 8);
});
