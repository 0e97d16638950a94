import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { createCleaner } from "../../src/index.js";
import { lineFeatures } from "../../src/classifier/features.js";
import { ARTICLE_PARAGRAPHS } from "../helpers/article-text.js";
import { footerStart } from "../../src/region/footer.js";

const cleaner = createCleaner();
const paragraphs = ARTICLE_PARAGRAPHS;
/** Long enough that the footer stands in the second half of the page. */
const article = [...paragraphs, ...paragraphs.map((p) => p.replace("The ", "Then the "))];
const footer = ["About us", "Careers", "Investors", "Press", "Terms of use", "Privacy policy"];
const smallPrint = [
  "We use cookies and similar technologies to run this site, to measure how it is used and to show you offers you may like.",
  "You can change your choices at any time in the settings, and withdraw your consent without giving a reason to anyone.",
];
const feats = (texts: string[]) => texts.map(lineFeatures);

describe("a page's footer", () => {
  it("finds the footer's menu of the site's own pages below the article", () => {
    const texts = [...article, ...footer, ...smallPrint];
    assert.equal(footerStart(texts, feats(texts), 1), article.length);
  });

  it("removes the footer's small print with the region's reason, and keeps the article", () => {
    const result = cleaner.clean([...article, "", ...footer, "", ...smallPrint].join("\n\n"));
    assert.match(result.text, /approach roads/u);
    assert.doesNotMatch(result.text, /withdraw your consent/u);
    const cut = result.removed.find((r) => r.text.startsWith("You can change"));
    assert.equal(cut?.ruleId, "outside-article");
    assert.match(cut!.reason, /the page's footer, from "About us"/u);
  });

  it("does not take a menu above the article's start for its footer", () => {
    const texts = [...footer, ...article, ...article];
    assert.equal(footerStart(texts, feats(texts), footer.length + 1), -1);
  });

  it("does not take one button printed under every section for a menu", () => {
    const texts = [...article, "Contact us", article[0]!, "Contact us", article[1]!, "Contact us", article[2]!];
    assert.equal(footerStart(texts, feats(texts), 1), -1);
  });
});
