// The engine measures a line in one scan (src/plan/line-scan.ts): the classifier's
// features and the prefilter's facts must be what the two scans it replaced measured, on any
// text, with the catalog's word table and without one.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { existsSync } from "node:fs";
import fc from "fast-check";
import { createCleaner } from "../../src/cleaner.js";
import { scanLine } from "../../src/plan/line-scan.js";
import { planFor } from "../../src/plan/prefilter.js";
import { firstDevsetLines } from "../helpers/devset.js";
import { referenceFacts, referenceFeatures } from "../helpers/line-scan-reference.js";
import { devsetTextDir } from "../helpers/paths.js";

const rules = createCleaner().rules.filter((r) => r.mode !== "off");
const plan = planFor(rules);

// Words the catalog's conditions name (whole, and as the start of longer runs), marks, sentence marks, separators, bullets, white space
// of every kind (trimmed or not), cased and uncased letters, astral characters and lone surrogates.
const pieces = [
  "Share", "share", "SHARE", "Read", "more", "Advertisement", "cookies", "the", "und", "les", "de", "Copyright", "copyright", "COPYRIGHT", "opyright", "©",
  "writer", "Journalistin", "rédactrice", "cofounder", "founder", "ceo",
  "a", "Z", "é", "ß", "İ", "ı", "ſ", "\u212a", "Σ", "7", "٣", "_", "ﬅ", "ΐ",
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

  // The copyright feature: the sign, or the word in any case, between any letters.
  const COPYRIGHT = /©|\bcopyright\b/iu;
  const copyright = (t: string): boolean => COPYRIGHT.test(t);
  const around = fc.constantFrom("", " ", "é", "ß", "ſ", "\u212a", "ı", "İ", "a", "Z", "7", "_", "😀", "𝐀", "\ud800", "-", "©");
  const word = fc.constantFrom("copyright", "Copyright", "COPYRIGHT", "copyrights", "copyrıght", "copyrİght", "copyriGHT", "CopyRight", "cOPYRIGHT", "opyright", "copy right", "\u212aopyright");

  it("line scan › the copyright feature is the pattern's answer, on the word between any letters", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(around, word), { maxLength: 8 }), (parts) => {
        const t = parts.join("");
        assert.equal(scanLine(t, plan).features.copyright, copyright(t), t);
      }),
      { seed: 20261205, numRuns: 20000 },
    );
  });

  it("line scan › the copyright feature is the pattern's answer on the dev set's lines", { skip: !existsSync(devsetTextDir) && `no dev set at ${devsetTextDir}` }, () => {
    let met = 0;
    for (const t of new Set(firstDevsetLines(400))) {
      const scanned = scanLine(t, plan).features.copyright;
      assert.equal(scanned, copyright(t), t);
      if (scanned) met++;
    }
    assert.ok(met > 50, `${met} lines`);
  });
});
