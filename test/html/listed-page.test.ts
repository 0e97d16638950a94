// A page read as a listing from its structure is reported as what the whole page says it is: an
// undated page of a company's offer is a service page, a docs page documentation, a page with
// prices throughout a collection; its text is handled as the listing's was.
import { strict as assert } from "node:assert";
import { test } from "node:test";
import { createCleaner } from "../../src/index.js";
import { htmlToDoc } from "../../src/input/html/html-to-doc.js";
import { isOfferPath } from "../../src/input/html/service-page.js";

const cards = (n: number, price = (_: number): string => ""): string => Array.from({ length: n }, (_, i) =>
  `<div class="card"><h3><a href="/item-${i}">Item ${i} headline about the town and more</a></h3><p>Summary of item ${i}, in one sentence, about what it is and does.${price(i)}</p></div>`,
).join("");
const page = (head: string, body: string): string => `<html><head><title>Items</title>${head}</head><body><main>${body}</main></body></html>`;
const canonical = (path: string): string => `<link rel="canonical" href="https://acme.example${path}">`;
const dated = `<meta property="article:published_time" content="2025-03-04T10:00:00Z">`;
const priced = (i: number): string => ` <span>$${i + 10}.99</span> <s>$${i + 20}.99</s>`;

test("a run of cards is a listing; at an offer's address, undated, it is a service page, handled as a listing", () => {
  assert.deepEqual(htmlToDoc(page("", cards(8))).pageType, { type: "listing", from: "structure" });
  assert.deepEqual(htmlToDoc(page(canonical("/services/consulting/"), cards(8))).pageType, { type: "service", from: "structure", handledAs: "listing" });
  assert.equal(htmlToDoc(page(dated + canonical("/services/consulting/"), cards(8))).pageType?.type, "listing");
  // A site's home page that shows a run of entries is as often a listing of them.
  assert.equal(htmlToDoc(page(canonical("/en/"), cards(8))).pageType?.type, "listing");
});

test("a run of cards on an undated docs page is documentation; with prices throughout, a collection", () => {
  assert.equal(htmlToDoc(page(canonical("/docs/tutorial/"), cards(8))).pageType?.type, "documentation");
  assert.deepEqual(htmlToDoc(page("", cards(10, priced))).pageType, { type: "collection", from: "structure", handledAs: "listing" });
  assert.equal(htmlToDoc(page("", cards(8, priced))).pageType?.type, "listing");
});

test("reported as another type, the listing keeps its text", () => {
  const cleaner = createCleaner();
  const listing = cleaner.clean({ html: page("", cards(8)) });
  const service = cleaner.clean({ html: page(canonical("/solutions/retail"), cards(8)) });
  assert.equal(service.pageType, "service");
  assert.equal(service.text, listing.text);
});

test("offer paths: a page of the offer, not the site's home page", () => {
  for (const url of ["/services/cybersecurity", "/us/en/services.html", "/en-us/pricing", "/what-we-do/expertise/cyber.html"]) assert.ok(isOfferPath(url), url);
  for (const url of [undefined, "/", "/en-us/", "/us/en/", "/blog/services-we-like", "/products/bike"]) assert.ok(!isOfferPath(url), String(url));
});
