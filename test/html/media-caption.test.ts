// A picture's caption is left out of the running text, explained; a caption of code, a table or
// a quotation stays, as does a figcaption outside any figure.
import { strict as assert } from "node:assert";
import { test } from "node:test";
import { htmlToDoc } from "../../src/input/html/html-to-doc.js";
import { parseHtml } from "../../src/input/html/parse.js";
import { findAll, type DomElement } from "../../src/input/html/dom.js";
import { mediaCaptions } from "../../src/input/html/media-caption.js";
import { textStats } from "../../src/input/html/text-stats.js";

const prose = [1, 2, 3, 4, 5]
  .map((n) => `<p>Part ${n}: the trail climbs through old pine forest for two hours, then follows the ridge, where the wind picks up and the views open to the lakes below.</p>`)
  .join("");
const page = (figure: string): string => `<html><body><article><h1>Walking the ridge</h1>${prose}${figure}${prose}</article></body></html>`;

test("the caption of a photo is left out, explained", () => {
  const figure = `<figure><img src="/ridge.jpg" alt=""><figcaption>The ridge at dawn. Photo: Ann Lee / Mountain Press</figcaption></figure>`;
  const { doc, domRemovals } = htmlToDoc(page(figure), { mainContent: "own" });
  assert.match(doc.text, /the wind picks up/u);
  assert.doesNotMatch(doc.text, /Photo: Ann Lee/u);
  assert.ok(domRemovals.some((r) => r.reason === "picture caption (not the running text)" && r.excerpt.includes("The ridge at dawn")));
});

test("a caption named so beside an image is left out; one beside a table, or with no image, stays", () => {
  const photo = `<div class="wp-caption"><img src="/lake.jpg" alt=""><p class="wp-caption-text">The lake from the north ridge. Photo: Ann Lee</p></div>`;
  const table = `<div><table><tr><td>Day 1</td><td>12 km</td></tr></table><p class="table-caption">Stages and distances of the walk</p></div>`;
  const alone = `<div><p class="caption-note">A short note named like a caption, with no picture beside it</p></div>`;
  const card = `<div class="card"><img src="/boots.jpg"><div class="caption-container">${"Long text of a card named a caption, more than a line or two about the boots. ".repeat(5)}</div></div>`;
  const { doc, domRemovals } = htmlToDoc(page(photo + table + alone + card), { mainContent: "own" });
  assert.doesNotMatch(doc.text, /The lake from the north ridge/u);
  assert.ok(domRemovals.some((r) => r.reason === "picture caption (not the running text)" && r.excerpt.includes("The lake")));
  assert.match(doc.text, /Stages and distances of the walk/u);
  assert.match(doc.text, /A short note named like a caption/u);
  assert.match(doc.text, /Long text of a card named a caption/u);
});

test("the caption of a code listing, a table or a quotation stays", () => {
  for (const inner of [`<pre>npm install ridge</pre>`, `<table><tr><td>Day 1</td><td>12 km</td></tr></table>`, `<img src="/a.jpg"><blockquote>The mountains are calling.</blockquote>`]) {
    const { doc } = htmlToDoc(page(`<figure>${inner}<figcaption>Listing 3: how the stages add up</figcaption></figure>`), { mainContent: "own" });
    assert.match(doc.text, /Listing 3: how the stages add up/u, inner);
  }
});

test("a figure with no picture, or a figcaption outside a figure, is not a picture caption", () => {
  const root = parseHtml(
    `<body><figure><p>Text</p><figcaption id="a">A note</figcaption></figure>` +
      `<div><img src="/x.jpg"><figcaption id="b">Stray</figcaption></div>` +
      `<figure><div><picture><img src="/y.jpg"></picture></div><figcaption id="c">Deep picture</figcaption></figure></body>`,
  );
  const byId = (id: string) => findAll(root, (e) => e.attribs.id === id)[0]!;
  const captionTest = mediaCaptions(textStats(parseHtml("<p></p>")));
  const isMediaCaption = (el: DomElement): boolean => captionTest(el, "");
  assert.equal(isMediaCaption(byId("a")), false);
  assert.equal(isMediaCaption(byId("b")), false);
  assert.equal(isMediaCaption(byId("c")), true);
});

test("hostile figures: one with 100k children, 100k-deep nesting, 60k captions in one figure, 60k figures", () => {
  const captionTest = mediaCaptions(textStats(parseHtml("<p></p>")));
  const isMediaCaption = (el: DomElement): boolean => captionTest(el, "");
  const wide = parseHtml(`<figure>${"<span>x</span>".repeat(100_000)}<img src="/z.jpg"><figcaption id="w">Wide</figcaption></figure>`);
  assert.equal(isMediaCaption(findAll(wide, (e) => e.name === "figcaption")[0]!), false, "read only so far: left as it is");
  const deep = parseHtml(`<figure>${"<div>".repeat(100_000)}<img src="/z.jpg">${"</div>".repeat(100_000)}<figcaption>Deep</figcaption></figure>`);
  assert.equal(isMediaCaption(findAll(deep, (e) => e.name === "figcaption")[0]!), false);
  const many = parseHtml(`<figure><img src="/z.jpg">${"<figcaption>Again</figcaption>".repeat(60_000)}</figure>`);
  const manyCaptions = findAll(many, (e) => e.name === "figcaption");
  const cards = parseHtml(`<div>${'<figure><img src="/c.jpg"><figcaption>Card</figcaption></figure>'.repeat(60_000)}</div>`);
  const cardCaptions = findAll(cards, (e) => e.name === "figcaption");
  const started = Date.now();
  assert.equal(manyCaptions.filter(isMediaCaption).length, 0, "a figure of 60k captions is read once, and too large to be a picture");
  assert.equal(cardCaptions.filter(isMediaCaption).length, 60_000, "each small figure is a picture");
  assert.ok(Date.now() - started < 2_000, `${Date.now() - started} ms`);
});
