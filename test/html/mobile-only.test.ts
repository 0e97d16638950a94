// A phone's copy of a part of the page (shown by the style sheet on small screens only) is left
// out of the chosen content and explained; the desktop's copy, and an element shown from a
// breakpoint up, stay.
import { strict as assert } from "node:assert";
import { test } from "node:test";
import { createCleaner } from "../../src/index.js";
import { isMobileOnly } from "../../src/input/html/mobile-only.js";
import type { DomElement } from "../../src/input/html/dom.js";

const prose = "Our linen duvet covers are woven in Lithuania from long flax fibres, washed for softness, and sewn with a hidden button closure. ".repeat(4);
const page = `<!doctype html><html><head><title>Linen bedding</title></head><body><main>
<h1>Linen bedding</h1><p>${prose}</p>
<div class="filters md:hidden"><span>Filter and sort</span><span>Colour: Sage, Clay, Oat</span></div>
<div class="hidden md:block"><p>Shipping is free on orders over fifty pounds, and returns are free for thirty days.</p></div>
<div class="d-block d-lg-none"><p>Tap to call our showroom team on weekdays.</p></div>
<p>${prose}</p></main></body></html>`;

test("a phone's copy inside the content goes, explained; what a desktop shows stays", () => {
  const out = createCleaner().clean({ html: page });
  assert.match(out.text, /woven in Lithuania/u);
  assert.match(out.text, /Shipping is free on orders over fifty pounds/u);
  assert.doesNotMatch(out.text, /Filter and sort/u, out.text);
  assert.doesNotMatch(out.text, /Tap to call our showroom/u, out.text);
  assert.ok(out.domRemovals?.some((r) => r.reason.startsWith("shown on phones only") && r.excerpt.startsWith("Filter and sort")));
});

test("the class tokens of small screens only, read as written", () => {
  const el = (cls: string): DomElement => ({ type: "tag", name: "div", attribs: { class: cls }, children: [], parent: null });
  assert.ok(isMobileOnly(el("w-full lg:hidden")));
  assert.ok(isMobileOnly(el("d-md-none")));
  assert.ok(isMobileOnly(el("Mobile-Only banner")));
  assert.ok(!isMobileOnly(el("hidden lg:flex")));
  assert.ok(!isMobileOnly(el("sm:hidden")));
  assert.ok(!isMobileOnly(el("mobile-menu")));
  assert.ok(!isMobileOnly({ type: "tag", name: "div", attribs: {}, children: [], parent: null }));
});
