// A value said again for screen readers inside a class that hides it from sight comes out once;
// a screen-reader label with no visible twin stays.
import { strict as assert } from "node:assert";
import { test } from "node:test";
import { htmlToDoc } from "../../src/input/html/html-to-doc.js";
import { parseHtml } from "../../src/input/html/parse.js";
import { findAll } from "../../src/input/html/dom.js";
import { hiddenBy } from "../../src/input/html/prune.js";
import { screenReaderCopies } from "../../src/input/html/screen-reader-copy.js";

const prose = [1, 2, 3, 4]
  .map((n) => `<p>Part ${n}: the chain fits most road bikes of the last twenty years, ships in its own box, and comes with a quick link to close it without tools.</p>`)
  .join("");

test("a price and a date printed, and said again in a clipped span inside them, come out once", () => {
  const card = `<div class="card"><span class="price">EUR 163.12<span class="clipped">EUR 163.12</span></span><div class="date"><span>Sat, Aug 31, 07:37 PM<span class="clipped">Sat, Aug 31, 07:37 PM</span></span></div></div>`;
  const { doc, domRemovals } = htmlToDoc(`<html><body><main><h2>The chain</h2>${prose}${card}</main></body></html>`, { mainContent: "own" });
  assert.match(doc.text, /EUR 163\.12/u);
  assert.doesNotMatch(doc.text, /EUR 163\.12\s*EUR 163\.12/u);
  assert.doesNotMatch(doc.text, /07:37 PM\s*Sat/u);
  assert.ok(domRemovals.some((r) => r.reason === "hidden:screen-reader copy" && r.excerpt.includes("EUR 163.12")));
});

test("only a screen-reader text with a visible twin beside it is a copy", () => {
  const root = parseHtml(
    `<body><span>Next<span id="a" class="sr-only">Next</span></span>` +
      `<div><span id="b" class="visually-hidden">$19.99</span><span aria-hidden="true">$19.99</span></div>` +
      `<a href="/x">Read the guide<span id="c" class="sr-only">opens in a new tab</span></a>` +
      `<div><span>4.5 stars</span><span id="d" class="clipped">4.5 stars</span></div>` +
      `<div><span>Price</span><span id="e" class="hidden">Price</span></div></body>`,
  );
  const byId = (id: string) => findAll(root, (e) => e.attribs.id === id)[0]!;
  const isScreenReaderCopy = screenReaderCopies(hiddenBy);
  assert.equal(isScreenReaderCopy(byId("a")), true, "the text beside it in its parent");
  assert.equal(isScreenReaderCopy(byId("b")), false, "its twin is aria-hidden and pruned: it is the one copy left");
  assert.equal(isScreenReaderCopy(byId("c")), false, "a label of its own");
  assert.equal(isScreenReaderCopy(byId("d")), true, "the element just before it");
  assert.equal(isScreenReaderCopy(byId("e")), false, "a plain hiding class is not a screen-reader class");
});

test("thousands of screen-reader copies in one parent, or nested thousands deep, are cleaned within the time budget", () => {
  const pairs = Array.from({ length: 20_000 }, (_, i) => `<span class="sr-only">EUR ${i}.50</span><span>EUR ${i}.50</span>`).join("");
  const flat = htmlToDoc(`<html><body><main><h2>The chain</h2>${prose}<div class="prices">${pairs}</div></main></body></html>`, { mainContent: "own" });
  assert.equal(flat.abandoned, undefined);
  assert.match(flat.doc.text, /EUR 19999\.50/u);
  assert.doesNotMatch(flat.doc.text, /EUR 19999\.50EUR 19999\.50/u);
  const depth = 3_000;
  const nested = `${"<div><span class=\"sr-only\">Next page</span><span>Next page</span>".repeat(depth)}${"</div>".repeat(depth)}`;
  const deep = htmlToDoc(`<html><body><main><h2>The chain</h2>${prose}${nested}</main></body></html>`, { mainContent: "own" });
  assert.equal(deep.abandoned, undefined);
  assert.match(deep.doc.text, /Next page/u);
});
