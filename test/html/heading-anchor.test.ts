// A heading whose id spells its own words (a table of contents' anchor) is not named chrome by a
// negative word in that id; its class words, and ids that do not spell its text, still count.
import { strict as assert } from "node:assert";
import { test } from "node:test";
import { htmlToDoc } from "../../src/input/html/html-to-doc.js";
import { parseHtml } from "../../src/input/html/parse.js";
import { findAll } from "../../src/input/html/dom.js";
import { isHeadingAnchor } from "../../src/input/html/heading-anchor.js";

const para = (topic: string): string =>
  `<p>${topic} takes a plan: who you want to reach, what you post each week, and how you will tell, after a month, whether any of it worked for the shop.</p>`;
const page = (headings: string): string =>
  `<html><body><header><nav><a href="/">Home</a></nav></header><article><h1>A guide for small shops</h1>${para("Marketing")}${headings}${para("Selling")}${para("Writing")}</article></body></html>`;

test("a heading whose id spells its text keeps its topic words: kept", () => {
  const headings =
    `<h2 id="what-is-social-media-marketing">What Is Social Media Marketing?</h2>${para("Posting")}` +
    `<h3 id="h-travel-related-coverage">Travel-Related Coverage</h3>${para("Cover")}` +
    `<h3 id="the-child-tax-credit-(ctc)">The child tax credit (CTC)</h3>${para("Credit")}` +
    `<h3 id="4-sociallyin-2">4. Sociallyin</h3>${para("Agencies")}` +
    `<h2 id="comment-creer-une-boutique">Comment créer une boutique</h2>${para("Boutiques")}` +
    `<h2><span class="mw-headline" id="Related_to_Portage">Related to Portage</span></h2>${para("Portage")}`;
  const { doc, domRemovals } = htmlToDoc(page(headings), { mainContent: "own" });
  for (const h of ["What Is Social Media Marketing?", "Travel-Related Coverage", "The child tax credit (CTC)", "4. Sociallyin", "Comment créer une boutique", "Related to Portage"]) assert.ok(doc.text.includes(h), h);
  assert.ok(!domRemovals.some((r) => r.reason.startsWith("class/id:")), JSON.stringify(domRemovals));
});

test("a heading named chrome by its class, or by an id that is not its text, is still dropped", () => {
  const headings =
    `<h3 class="widget-title" id="leave-a-reply-title">Leave a Reply</h3>` +
    `<h2 id="related-posts-heading">You might also like</h2>` +
    `<h2 id="h-ads">Ads</h2>` +
    `<h2 id="related-posts">Related posts</h2>`;
  const { doc, domRemovals } = htmlToDoc(page(headings), { mainContent: "own" });
  assert.doesNotMatch(doc.text, /Leave a Reply|You might also like|Related posts/u);
  assert.ok(domRemovals.some((r) => r.reason === "class/id:widget"));
  assert.ok(domRemovals.some((r) => r.reason === "class/id:related"));
});

test("only headings: a section or a box whose id spells its first words is judged by it as before", () => {
  const root = parseHtml(`<body><div id="related-posts-you-may-like"><p>Related posts you may like: ten more guides</p></div><h2 id="related-posts-you-may-like-2">Related posts you may like</h2></body>`);
  const [box] = findAll(root, (e) => e.name === "div");
  const [heading] = findAll(root, (e) => e.name === "h2");
  assert.equal(isHeadingAnchor(box!), false);
  assert.equal(isHeadingAnchor(heading!), true);
});

test("hostile headings: 100k-deep nesting, 100k children, 60k anchored headings stay linear", () => {
  const deep = parseHtml(`${'<h2 id="social-media-marketing">'.repeat(100_000)}Social media marketing${"</h2>".repeat(100_000)}`);
  const wide = parseHtml(`<h2 id="social-media-marketing">${"<span>x</span>".repeat(100_000)}</h2>`);
  const many = parseHtml(`<div>${'<h3 id="social-media-marketing">Social media marketing</h3>'.repeat(60_000)}</div>`);
  const deepHeadings = findAll(deep, (e) => e.name === "h2");
  const started = Date.now();
  let anchors = 0;
  for (const h of deepHeadings) if (isHeadingAnchor(h)) anchors++;
  assert.ok(anchors < 1_000, `${anchors} of ${deepHeadings.length}: headings too large to read are left as they are`);
  assert.equal(isHeadingAnchor(findAll(wide, (e) => e.name === "h2")[0]!), false);
  const manyHeadings = findAll(many, (e) => e.name === "h3");
  assert.equal(manyHeadings.filter(isHeadingAnchor).length, 60_000);
  // Each heading is read at most a few hundred nodes deep: some 30M steps in all, never 10^10.
  assert.ok(Date.now() - started < 5_000, `${Date.now() - started} ms`);
});
