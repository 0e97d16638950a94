import { strict as assert } from "node:assert";
import { test } from "node:test";
import { htmlToDoc } from "../../src/input/html/html-to-doc.js";

const chrome = `<header><nav><a href="/">Home</a> <a href="/services">Services</a></nav></header>`;
const section = (title: string): string =>
  `<section><h2>${title}</h2><p>We plan, build and look after ${title.toLowerCase()} for teams of every size, with one engineer who knows your setup from the first call to the last.</p></section>`;
const page = (band: string): string =>
  `<html><body>${chrome}<main>${band}${["Cloud hosting", "Data backups", "Network security"].map(section).join("")}</main><footer>© Example services</footer></body></html>`;

test("a banner that holds the page's heading is its hero band: kept", () => {
  const band = `<div class="hero-banner"><h1>Managed IT for small offices</h1><p>One team for your servers, laptops and phones, on call every day of the year.</p></div>`;
  const { doc, domRemovals } = htmlToDoc(page(band), { mainContent: "own" });
  assert.match(doc.text, /One team for your servers, laptops and phones/u);
  assert.ok(!domRemovals.some((r) => r.reason === "class/id:banner"));
});

test("a banner with no heading is still chrome, dropped and explained", () => {
  const band = `<div class="promo-strip banner"><p>Spring offer: the first month free for every new office that signs up this week.</p></div>`;
  const { doc, domRemovals } = htmlToDoc(page(band), { mainContent: "own" });
  assert.doesNotMatch(doc.text, /Spring offer/u);
  assert.ok(domRemovals.some((r) => r.reason.startsWith("class/id:")));
});

test("a banner that another negative word names stays chrome, heading or not", () => {
  const band = `<div class="banner cookie-notice"><h2>We value your privacy</h2><p>We use cookies to measure how the site is used and to remember your choices on it.</p></div>`;
  const { doc } = htmlToDoc(page(band), { mainContent: "own" });
  assert.doesNotMatch(doc.text, /We value your privacy|We use cookies/u);
});
