import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { createCleaner } from "../../src/index.js";
import { lineFeatures } from "../../src/classifier/features.js";
import { ARTICLE_PARAGRAPHS } from "../helpers/article-text.js";
import { dialogsStart } from "../../src/region/dialogs.js";

const cleaner = createCleaner();
const paragraphs = ARTICLE_PARAGRAPHS;
const consent = [
  "Privacy Preference Center",
  "When you visit any website, it may store or retrieve information on your browser, mostly in the form of cookies.",
  "Strictly Necessary Cookies",
  "These cookies are necessary for the website to function and cannot be switched off in our systems at any time.",
];
const feats = (texts: string[]) => texts.map(lineFeatures);

describe("the dialogs printed after the article", () => {
  it("finds a consent centre below the article", () => {
    const texts = [...paragraphs, ...consent];
    assert.equal(dialogsStart(texts, feats(texts), 1), paragraphs.length);
  });

  it("removes the consent centre's text with the region's reason, and keeps the article", () => {
    const result = cleaner.clean([...paragraphs, ...consent].join("\n\n"));
    assert.match(result.text, /approach roads/u);
    assert.doesNotMatch(result.text, /store or retrieve information/u);
    const cut = result.removed.find((r) => r.text.startsWith("When you visit"));
    assert.equal(cut?.ruleId, "outside-article");
    assert.match(cut!.reason, /the dialogs printed last \(consent, sign-in\), from "Privacy Preference Center"/u);
  });

  it("does not take a sign-in box above the article's start for the page's last dialogs", () => {
    const texts = ["Welcome back!", "Forgot your password?", ...paragraphs, ...paragraphs];
    assert.equal(dialogsStart(texts, feats(texts), 3), -1);
  });
});
