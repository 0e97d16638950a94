// Every LineFeatures the classifier and the region model meet is a view over typed columns, of
// one class whether a memo holds the text or not (src/engine/feature-rows.ts): a second shape
// makes their optimized loops bail out. The views must read back what was measured.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { lineFeatures, type LineFeatures } from "../../src/classifier/features.js";
import { FeatureRows, looseFeatures } from "../../src/plan/feature-rows.js";
import { scanLine } from "../../src/plan/line-scan.js";

const FIELDS: ReadonlyArray<keyof LineFeatures> = ["chars", "words", "stopwordHits", "endsSentence", "sentences", "bullet", "separators", "digitShare", "titleCaseShare", "bracketed", "copyright"];

const texts = ["Home | News | Sport", "The council approved the budget on Monday.", "© 2024 Copyright Example", "[Subscribe]", "• 3 comments", "Die Stadt hat den Haushalt beschlossen, und der Bürgermeister sprach.", ""];

function plain(f: LineFeatures): Record<string, unknown> {
  return Object.fromEntries(FIELDS.map((k) => [k, f[k]]));
}

describe("feature rows", () => {
  it("feature rows › a text's features without a memo are of the same class as a memo's", () => {
    const rows = new FeatureRows();
    rows.put(0, scanLine(texts[0]!, null).features);
    const memo = rows.at(0)!;
    for (const t of texts) assert.equal(Object.getPrototypeOf(lineFeatures(t)), Object.getPrototypeOf(memo));
  });

  it("feature rows › views read back what the scan measured, across many stores", () => {
    // Several times a store's rows, so that views of full stores are read after new ones start.
    const many = Array.from({ length: 300 }, (_, i) => texts[i % texts.length]! + " x".repeat(i % 5));
    const views = many.map((t) => looseFeatures(scanLine(t, null).features));
    many.forEach((t, i) => assert.deepEqual(plain(views[i]!), plain(scanLine(t, null).features), t));
  });
});
