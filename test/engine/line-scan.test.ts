// The engine measures a line in one scan (src/plan/line-scan.ts): the classifier's
// features and the prefilter's facts must be what the two scans it replaced measured, on any
// text, with the catalog's word table and without one.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import { createCleaner } from "../../src/cleaner.js";
import { scanLine } from "../../src/plan/line-scan.js";
import { planFor } from "../../src/plan/prefilter.js";
import { referenceFacts, referenceFeatures } from "../helpers/line-scan-reference.js";

const rules = createCleaner().rules.filter((r) => r.mode !== "off");
const plan = planFor(rules);

// Words the catalog's conditions name (whole, and as the start of longer runs), marks, sentence marks, separators, bullets, white space
// of every kind (trimmed or not), cased and uncased letters, astral characters and lone surrogates.
const pieces = [
  "Share", "share", "SHARE", "Read", "more", "Advertisement", "cookies", "the", "und", "les", "de", "Copyright", "copyright", "COPYRIGHT", "opyright", "©",
  "writer", "Journalistin", "rédactrice", "cofounder", "founder", "ceo",
  "a", "Z", "é", "ß", "İ", "Σ", "7", "٣", "_", "ﬅ", "ΐ",
  ".", "!", "?", "…", ":", ";", "。", "！", '"', "”", "»", "'", ")", "]", "[", "|", "·", "›", ">", "/", "•", "*", "-", "–", "°", "%",
  " ", " ", " ", "\t", "\v", "\f", "\u00a0", "\u1680", "\u2000", "\u200a", "\u200b", "\u2028", "\u202f", "\u3000", "\ufeff", "\u0085",
  "𝐀", "𠀀", "😀", "\ud800", "\udc00",
];
const text = fc.array(fc.constantFrom(...pieces), { maxLength: 30 }).map((p) => p.join(""));

describe("line scan", () => {
  it("line scan › features and facts equal the two scans it replaced", () => {
    fc.assert(
      fc.property(fc.oneof(text, fc.string({ maxLength: 30 }), fc.string({ unit: "binary", maxLength: 30 })), (t) => {
        const scan = scanLine(t, plan);
        assert.deepEqual(scan.features, referenceFeatures(t));
        assert.deepEqual(scan.facts, referenceFacts(plan, t, 1));
        assert.deepEqual(scanLine(t, null).features, referenceFeatures(t));
      }),
      { seed: 20261202, numRuns: 5000 },
    );
  });

  it("line scan › on the catalog's example lines", () => {
    const lines = [...new Set(rules.flatMap((r) => r.examples.flatMap((e) => e.input.split("\n"))))];
    assert.ok(lines.length > 100);
    for (const t of lines) {
      const scan = scanLine(t, plan);
      assert.deepEqual(scan.features, referenceFeatures(t), t);
      assert.deepEqual(scan.facts, referenceFacts(plan, t, 1), t);
    }
  });
});
