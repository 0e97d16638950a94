// A rule off on some page types is not asked of HTML pages the front end reads as one of them,
// and is asked of every other page and of plain text.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { createCleaner } from "../../src/cleaner.js";
import { rulesForPageType } from "../../src/rules/page-type-rules.js";

const sponsored = {
  id: "sponsored-line",
  summary: "Sponsored labels",
  offOnPageTypes: ["listing"],
  match: { exact: ["Sponsored"] },
  action: "drop",
  reason: "sponsored label",
  examples: [
    { input: "Sponsored", output: "" },
    { input: "A sponsored walk raised money for the school.", keep: true },
  ],
};

const teasers = Array.from({ length: 10 }, (_, i) => `<li class="teaser"><a href="/story-${i}">Story number ${i} about the harbour works</a><p>Sponsored</p><p>A short summary of story ${i}, with what the council said about the harbour this week.</p></li>`).join("");
const page = (declared: string): string => `<!doctype html><html><head><title>Harbour news</title>
<script type="application/ld+json">{"@type":"${declared}","name":"Harbour news"}</script></head>
<body><main><h1>Harbour news</h1><ul class="teasers">${teasers}</ul></main></body></html>`;

describe("rules › off on page types", () => {
  const cleaner = createCleaner({ builtin: false, ruleSpecs: [{ file: "sponsored-line.yaml", data: sponsored }] });

  it("rules › off on page types › a page read as a listing keeps what the rule would drop", () => {
    const r = cleaner.clean({ html: page("SearchResultsPage") });
    assert.equal(r.pageType, "listing");
    assert.match(r.text, /Sponsored/u);
    assert.ok(!r.removed.some((x) => x.ruleId === "sponsored-line"));
  });

  it("rules › off on page types › a page read as an article is still cleaned by it", () => {
    const r = cleaner.clean({ html: page("NewsArticle") });
    assert.equal(r.pageType, "article");
    assert.ok(!/Sponsored/u.test(r.text));
    assert.ok(r.removed.some((x) => x.ruleId === "sponsored-line"));
  });

  it("rules › off on page types › plain text has no HTML page type, so the rule runs", () => {
    const r = cleaner.clean("Harbour works begin\n\nSponsored\n\nThe council said the harbour works begin on Monday and last until the spring.");
    assert.ok(!/Sponsored/u.test(r.text));
  });

  it("rules › off on page types › each type's subset is filtered once and keeps the catalog's order", () => {
    const rules = createCleaner().rules.filter((r) => r.formats.includes("html"));
    const forType = rulesForPageType(rules);
    const listing = forType("listing");
    assert.equal(forType("listing"), listing);
    assert.deepEqual(listing, rules.filter((r) => !r.offOnPageTypes.includes("listing")));
    assert.ok(listing.length < rules.length, "the built-in catalog has rules off on listings");
    assert.equal(forType(undefined), rules);
  });
});
