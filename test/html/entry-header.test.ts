import { strict as assert } from "node:assert";
import { test } from "node:test";
import { htmlToDoc } from "../../src/input/html/html-to-doc.js";

const site = `<header><a href="/">Logo</a><nav><a href="/blog">Blog</a> <a href="/about">About</a></nav></header>`;
const summary = `<p>A short walk through what changed this season in the garden, the orchard and the bee hives, with notes for anyone starting out.</p>`;

test("the header of an entry in a list of articles holds its title: kept", () => {
  const titles = ["Planting garlic before the frost", "Why the pear tree failed", "A second hive in the spring"];
  const entries = titles.map((t) => `<article><header class="entry-header"><h2><a href="/p">${t}</a></h2><time>May 2</time></header>${summary}</article>`).join("");
  const { doc, domRemovals } = htmlToDoc(`<html><body>${site}<main><h1>Blog</h1>${entries}</main></body></html>`, { mainContent: "own" });
  for (const t of titles) assert.ok(doc.text.includes(t), t);
  assert.ok(domRemovals.some((r) => r.reason === "tag:header" && r.excerpt.includes("Logo")));
});

test("the header of a page's one article (its h1 and byline) stays out, explained", () => {
  const body = [1, 2, 3].map((n) => `<p>Part ${n}: the hives came through the winter, and the orchard needs pruning before the buds open in April.</p>`).join("");
  const page = `<html><body>${site}<article><header><h1>Spring in the orchard</h1><p class="who">By Ann Lee, gardener</p></header>${body}</article></body></html>`;
  const { doc, domRemovals } = htmlToDoc(page, { mainContent: "own" });
  assert.match(doc.text, /Part 3: the hives/u);
  assert.doesNotMatch(doc.text, /By Ann Lee, gardener/u);
  assert.ok(domRemovals.some((r) => r.reason === "tag:header" && r.excerpt.includes("By Ann Lee")));
});

test("a run of three sibling articles makes each header an entry's, whatever its heading", () => {
  const entries = [1, 2, 3].map((n) => `<article><header><h1><a href="/p${n}">Field note number ${n} from the allotment</a></h1></header>${summary}</article>`).join("");
  const { doc } = htmlToDoc(`<html><body>${site}<main>${entries}</main></body></html>`, { mainContent: "own" });
  for (const n of [1, 2, 3]) assert.ok(doc.text.includes(`Field note number ${n}`), String(n));
});
