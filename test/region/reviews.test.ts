import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { createCleaner } from "../../src/index.js";
import { lineFeatures } from "../../src/classifier/features.js";
import { reviewsStart } from "../../src/region/reviews.js";

const cleaner = createCleaner();
const description = [
  "Trail Runner 2",
  "$129.00",
  "Add to cart",
  "The Trail Runner 2 is a light shoe for long days on rough ground, with a grippy sole and a soft upper.",
  "Its foam midsole keeps its spring for hundreds of miles, and the laces stay tied when the path gets wet.",
  "The upper is woven from recycled yarn, and the insole can be taken out and washed on its own.",
  "Sizes run true to length, and the toe box leaves room for thick socks in the colder months.",
  "Specifications",
  ...["Weight: 280 g", "Drop: 6 mm", "Stack: 32 mm", "Upper: recycled mesh", "Sole: rubber lugs", "Width: regular", "Fit: true to size", "Use: trail"].map((s) => `  • ${s}`),
  "The shoe comes with a second pair of laces and a bag to carry it in when it is muddy.",
];
const review = (name: string, stars: number, text: string) => [`${name}`, `Rated ${stars} out of 5 stars`, "Verified buyer", text, "Was this review helpful?"];
const reviews = [
  ...review("Sam K.", 5, "I wore these on a two-week hike through the hills and my feet never once hurt at the end of the day."),
  ...review("Ana P.", 4, "They are comfortable and light, but the sole wore down faster than I expected after a few months."),
  ...review("Lee W.", 5, "The best trail shoes I have owned so far, and I have tried most of the brands that sell them here."),
];
const lines = (header: string) => [...description, header, ...reviews];

describe("a shop page's reviews", () => {
  it("finds the reviews from their header past mid-page", () => {
    const texts = lines("Customer Reviews (3)");
    assert.equal(reviewsStart(texts, texts.map(lineFeatures)), description.length);
  });

  it("removes the reviews with the region's reason, and keeps the description", () => {
    const result = cleaner.clean(lines("Customer Reviews").join("\n\n"));
    assert.match(result.text, /woven from recycled yarn/u);
    assert.doesNotMatch(result.text, /two-week hike/u);
    const cut = result.removed.find((r) => r.text.startsWith("Customer Reviews"));
    assert.equal(cut?.ruleId, "outside-article");
    assert.match(cut!.reason, /the reviews, from "Customer Reviews"/u);
  });

  it("does not take a review article's 'Review' section for a shop's reviews", () => {
    const texts = lines("Review");
    assert.equal(reviewsStart(texts, texts.map(lineFeatures)), -1);
  });

  it("needs the marks of reviews under the header", () => {
    const texts = [...description, "Reviews", ...description.slice(3)];
    assert.equal(reviewsStart(texts, texts.map(lineFeatures)), -1);
  });
});
