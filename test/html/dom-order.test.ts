import { strict as assert } from "node:assert";
import { test } from "node:test";
import { parseHtml } from "../../src/input/html/parse.js";
import { findAll, type DomElement } from "../../src/input/html/dom.js";
import { isInside, precedes } from "../../src/input/html/dom-order.js";

const byId = (root: ReturnType<typeof parseHtml>, id: string): DomElement => findAll(root, (e) => e.attribs.id === id)[0]!;

test("precedes: page order of two nodes, neither inside the other, at any depth apart", () => {
  const root = parseHtml(`<body><div><p id="a">A</p><div><div><p id="b">B</p></div></div></div><p id="c">C</p></body>`);
  const [a, b, c] = ["a", "b", "c"].map((id) => byId(root, id));
  assert.equal(precedes(a!, b!), true);
  assert.equal(precedes(b!, a!), false);
  assert.equal(precedes(b!, c!), true);
  assert.equal(precedes(c!, a!), false);
  assert.equal(isInside(b!, a!), false);
  assert.equal(isInside(b!, byId(root, "b").parent!), true);
});

test("precedes: two nodes under 100,000 nested elements are ordered in time linear in the depth", () => {
  const depth = 100_000;
  const root = parseHtml(`<body>${"<div>".repeat(depth)}<p id="a">A</p><p id="b">B</p></body>`);
  const [a, b] = ["a", "b"].map((id) => byId(root, id));
  const started = performance.now();
  assert.equal(precedes(a!, b!), true);
  assert.equal(precedes(b!, a!), false);
  // Growing each chain at its front took about 1.4 s here; linear, it takes a few milliseconds.
  assert.ok(performance.now() - started < 400, `took ${Math.round(performance.now() - started)} ms`);
});
