import { strict as assert } from "node:assert";
import { test } from "node:test";
import { htmlToDoc } from "../../src/input/html/html-to-doc.js";
import { parseHtml } from "../../src/input/html/parse.js";
import { findAll } from "../../src/input/html/dom.js";
import { isHiddenMicrodataCopy } from "../../src/input/html/hidden-class-copy.js";

const answer = (n: number, stamp: string): string =>
  `<div class="post-layout" itemscope itemtype="https://schema.org/Answer"><div class="d-none" itemprop="datePublished">${stamp}</div>` +
  `<div itemprop="text"><p>Answer ${n}: a backup is a copy you can restore after a mistake, a mirror copies the mistake at once to every disk.</p></div>` +
  `<span title="${stamp}">Mar 17, 2016 at 13:23</span></div>`;

test("a post's date hidden for machines by a class stays out, the printed date and the post stay", () => {
  const html = `<html><body><main>${answer(1, "2016-03-17 13:23:29 +00:00")}${answer(2, "2016-05-29 20:51:37 +00:00")}</main></body></html>`;
  const { doc, domRemovals } = htmlToDoc(html, { mainContent: "own" });
  assert.doesNotMatch(doc.text, /13:23:29/u);
  assert.doesNotMatch(doc.text, /20:51:37/u);
  assert.match(doc.text, /Answer 2: a backup is a copy/u);
  assert.match(doc.text, /Mar 17, 2016 at 13:23/u);
  assert.ok(domRemovals.some((r) => r.reason === "hidden:microdata copy" && r.excerpt.includes("2016-03-17")));
});

test("only a microdata value hidden by a class word is a copy", () => {
  const root = parseHtml(`<body><div id="a" class="d-none" itemprop="datePublished">x</div><div id="b" class="d-none">x</div>` +
    `<span id="c" itemprop="name">x</span><span id="d" class="hidden-gem" itemprop="name">x</span><span id="e" class="sr-only" itemprop="author">x</span></body>`);
  const byId = (id: string) => findAll(root, (e) => e.attribs.id === id)[0]!;
  assert.equal(isHiddenMicrodataCopy(byId("a")), true);
  assert.equal(isHiddenMicrodataCopy(byId("b")), false);
  assert.equal(isHiddenMicrodataCopy(byId("c")), false);
  assert.equal(isHiddenMicrodataCopy(byId("d")), false);
  assert.equal(isHiddenMicrodataCopy(byId("e")), true);
});

test("a folded FAQ answer that is also microdata is kept: its text, not a copy", () => {
  const faq = `<div class="faq-item"><h3>Can I cancel?</h3><div class="answer hidden" itemprop="acceptedAnswer"><p>Yes, you can cancel at any time from your account page, and the rest of the month stays paid.</p></div></div>`;
  const intro = [1, 2, 3, 4].map((n) => `<p>Plan ${n}: every plan includes unlimited projects, shared folders for your team, and support by mail within a working day.</p>`).join("");
  const { doc } = htmlToDoc(`<html><body><main><h2>Questions</h2>${intro}${faq}${faq.replace("Can I cancel?", "Do you ship abroad?")}</main></body></html>`, { mainContent: "own" });
  assert.match(doc.text, /you can cancel at any time/u);
});
