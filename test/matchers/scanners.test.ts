// Scanners that stand in for per-line regexes (lexicon/space.ts, the terminal measure, the
// language from the lines' stop words) must give what the regexes they replace give, on any text.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import { isBlankText, isRegexSpace } from "../../src/lexicon/space.js";
import { languages, stopwordMask } from "../../src/lexicon/stopwords.js";
import { textLanguage } from "../../src/metadata/language.js";
import { endsTerminal } from "../../src/matchers/measures.js";
import { lowerWords, normaliseUnit } from "../../src/lexicon/words.js";
import { LETTER, OTHER, charClass } from "../../src/lexicon/char-class.js";
import { isInert } from "../helpers/line-scan-reference.js";
import { HASH_SEED, UNSAFE, fold, hashKey, hashStep, letterRuns, type LetterRuns } from "../../src/lexicon/fold.js";

// Letters, digits, every mark the scanners look for, every kind of white space, astral letters
// and symbols, and lone surrogate halves.
const pieces = [
  "a", "Z", "é", "ß", "7", "٣", "_", "the", "und", "les", "de", "of", "la", "che", "een",
  ".", "!", "?", "…", ":", ";", "。", "！", "？", '"', "”", "»", "'", ")", "]", ",", "-", "©",
  " ", "\t", "\n", "\v", "\f", "\r", "\u00a0", "\u1680", "\u2000", "\u200a", "\u200b", "\u2028", "\u2029", "\u202f", "\u205f", "\u3000", "\ufeff", "\u0085",
  "𝐀", "𠀀", "😀", "𝟙", "\ud800", "\udc00",
];
const text = fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((p) => p.join(""));

/** The regex path the language guess replaced: the first words of the text, lower-cased, counted per list. */
function referenceLanguage(t: string, maxWords: number): string | undefined {
  const words = (t.match(/[\p{L}\p{N}_]+/gu) ?? []).slice(0, maxWords).map((w) => w.toLowerCase());
  const hits = new Array<number>(languages.length).fill(0);
  for (const w of words) for (let l = 0; l < languages.length; l++) if ((stopwordMask(w) >> l) & 1) hits[l]!++;
  let best = -1;
  hits.forEach((h, l) => {
    if (h > 0 && (best < 0 || h > hits[best]!)) best = l;
  });
  return best < 0 ? undefined : languages[best];
}

/** letterRuns as first written, one class and one fold lookup per unit: the packed table must agree. */
function referenceRuns(t: string): LetterRuns {
  const runs: number[] = [];
  let unsafe = false;
  let h = HASH_SEED;
  let inRun = false;
  let words = 0;
  let inWord = false;
  for (let i = 0; i < t.length; i++) {
    const code = t.charCodeAt(i);
    const cls = charClass(code);
    if (isInert(t.codePointAt(i)!)) {
      // Two word characters that end a run (lexicon/fold.ts inertPairAt).
      if (!inWord) words++;
      inWord = true;
      if (inRun) runs.push(hashKey(h));
      inRun = false;
      i++;
      continue;
    }
    const word = code === 95 || cls !== OTHER;
    if (word && !inWord) words++;
    inWord = word;
    if (cls === LETTER) {
      const f = fold(code);
      if (f === UNSAFE) unsafe = true;
      h = hashStep(inRun ? h : HASH_SEED, f);
      inRun = true;
    } else {
      if (inRun) runs.push(hashKey(h));
      inRun = false;
      if (code >= 0x80 && fold(code) === UNSAFE) unsafe = true;
    }
  }
  if (inRun) runs.push(hashKey(h));
  return { runs, unsafe, words };
}

describe("scanners", () => {
  it("scanners › letterRuns agrees with the plain scan on every BMP unit and on mixed text", () => {
    const wrong: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const t = `ab${String.fromCharCode(c)}cd ${String.fromCharCode(c)}`;
      if (JSON.stringify(letterRuns(t)) !== JSON.stringify(referenceRuns(t))) wrong.push(c.toString(16));
    }
    assert.deepEqual(wrong, []);
    fc.assert(fc.property(text, (t) => assert.deepEqual(letterRuns(t), referenceRuns(t))), { numRuns: 2000 });
  });

  it("scanners › isRegexSpace is \\s of a Unicode regex over the whole BMP", () => {
    const wrong: string[] = [];
    for (let c = 0; c < 0x10000; c++) if (isRegexSpace(c) !== /\s/u.test(String.fromCharCode(c))) wrong.push(c.toString(16));
    assert.deepEqual(wrong, []);
  });

  it("scanners › isBlankText equals /^\\s*$/u", () => {
    fc.assert(fc.property(text, (t) => isBlankText(t) === /^\s*$/u.test(t)), { numRuns: 2000 });
    assert.equal(isBlankText(" \u3000\t"), true);
    assert.equal(isBlankText(" \u200b "), false, "a zero-width space is not white space to a regex");
  });

  it("scanners › endsTerminal equals the terminal regex", () => {
    const terminal = /[.!?…:;。！？"”»')\]]\s*$/u;
    fc.assert(fc.property(text, (t) => endsTerminal(t) === terminal.test(t)), { numRuns: 2000 });
    assert.equal(endsTerminal("It rained.\u00a0 "), true);
    assert.equal(endsTerminal("Read more"), false);
    assert.equal(endsTerminal(""), false);
  });

  it("scanners › the language summed from the lines' stop words is the word regex's count over the text", () => {
    // A lone surrogate half is a letter to the lexicon (char-class.ts) and a break to the regex:
    // the two readings of a broken text differ there, and only there.
    const whole = pieces.filter((p) => !/^[\ud800-\udfff]$/u.test(p));
    const lines = fc.array(fc.array(fc.constantFrom(...whole), { maxLength: 12 }).map((p) => p.join("")), { maxLength: 6 });
    fc.assert(
      fc.property(lines, (ls) => {
        const texts = ls.flatMap((l) => l.split(/\r\n|[\n\r\u2028\u2029\u0085]/u));
        assert.equal(textLanguage(texts.map((text) => ({ text }))), referenceLanguage(texts.join("\n"), Infinity));
      }),
      { numRuns: 2000 },
    );
    assert.equal(textLanguage([{ text: "The cat sat on the mat" }, { text: "and it was in the house." }]), "en");
    assert.equal(textLanguage([{ text: "Der Hund und die Katze sind in dem Haus." }]), "de");
    assert.equal(textLanguage([{ text: "1234 5678" }, { text: "created_at 5m 1990s" }]), undefined);
  });

  it("scanners › lowerWords equals the lower-cased text's matches of the letter-or-number regex", () => {
    const reference = (t: string): string[] => t.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
    fc.assert(fc.property(text, (t) => assert.deepEqual(lowerWords(t), reference(t))), { numRuns: 2000 });
    fc.assert(fc.property(fc.string({ unit: "binary", maxLength: 30 }), (t) => assert.deepEqual(lowerWords(t), reference(t))), { numRuns: 2000 });
    assert.deepEqual(lowerWords("İstanbul ΣΑΣ 𝐀b_c ½"), reference("İstanbul ΣΑΣ 𝐀b_c ½"));
  });
  it("scanners › normaliseUnit agrees with the regexes it replaces on every BMP unit and on mixed text", () => {
    const reference = (t: string): string => t.toLowerCase().replace(/\s+/gu, " ").replace(/^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu, "");
    const wrong: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      for (const t of [`${ch}ab${ch}${ch} c${ch}`, `${ch}${ch}`, `a${ch}`]) if (normaliseUnit(t) !== reference(t)) wrong.push(c.toString(16));
    }
    assert.deepEqual(wrong, []);
    const edges = [...pieces, "•", "*", "|", "-", "$", "€", "→", "İ", "Ⓐ", "ǅ", "Σ", "👍", "🇫", "\ud83d"];
    const mixed = fc.array(fc.constantFrom(...edges), { maxLength: 30 }).map((p) => p.join(""));
    fc.assert(fc.property(mixed, (t) => normaliseUnit(t) === reference(t)), { numRuns: 3000 });
  });
});
