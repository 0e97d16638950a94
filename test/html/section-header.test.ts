import { strict as assert } from "node:assert";
import { test } from "node:test";
import { htmlToDoc } from "../../src/input/html/html-to-doc.js";
import { parseHtml } from "../../src/input/html/parse.js";
import { findAll } from "../../src/input/html/dom.js";
import { isSectionHeader } from "../../src/input/html/section-header.js";

const site = `<header><a href="/">Logo</a><nav><a href="/pricing">Pricing</a> <a href="/login">Log in</a></nav></header>`;
const lead = (n: number): string => `<p>Band ${n}: record your screen and camera at once, share a link in seconds, and let your team reply when it suits them.</p>`;

test("a landing page's bands keep their own headers: heading and lead", () => {
  const bands = ["So much more than a recorder", "Built for every team", "Trusted where it matters"]
    .map((t, i) => `<section><header><h2>${t}</h2><p>One line under the band's title.</p></header>${lead(i)}</section>`).join("");
  const { doc, domRemovals } = htmlToDoc(`<html><body>${site}<main>${bands}</main></body></html>`, { mainContent: "own" });
  assert.match(doc.text, /So much more than a recorder/u);
  assert.match(doc.text, /Trusted where it matters/u);
  assert.match(doc.text, /One line under the band's title/u);
  assert.ok(domRemovals.some((r) => r.reason === "tag:header" && r.excerpt.includes("Logo")));
});

test("only a header inside a section (through divs alone) holding a heading other than the h1 is a band's", () => {
  const root = parseHtml(`<body><header id="a"><h2>Site</h2></header><section><header id="b"><p>no heading</p></header><div><header id="c"><h3>Deeper</h3></header></div><header id="d"><h3>Band</h3></header><div><header id="e"><h1>Title</h1><p>By Ann</p></header></div><article><header id="f"><h2>Entry</h2></header></article></section></body>`);
  const byId = (id: string) => findAll(root, (e) => e.attribs.id === id)[0]!;
  assert.equal(isSectionHeader(byId("a")), false);
  assert.equal(isSectionHeader(byId("b")), false);
  assert.equal(isSectionHeader(byId("c")), true);
  assert.equal(isSectionHeader(byId("d")), true);
  assert.equal(isSectionHeader(byId("e")), false);
  assert.equal(isSectionHeader(byId("f")), false);
});
