// Case-folded hashes of letter runs, for cheap word checks before a regex runs.
// Phrase and startsWith words are regexes with the i and u flags (simple case folding); exact
// compares toLowerCase() text. Both are approximated per UTF-16 unit by `fold` (lower case of
// the upper case when both are one unit, else lower case). Units where that could disagree with
// the regex or with toLowerCase (lower case of several units, a letter that folds to a
// non-letter or back, surrogates) are UNSAFE, and a text holding one passes every word check.
// test/matchers/prefilter.test.ts checks the folding over the whole BMP.
import { LETTER, OTHER, charClass } from "./char-class.js";

export const UNSAFE = 0xffff;
const folds = new Uint16Array(65536);

/** The folded form of a UTF-16 unit, or UNSAFE. */
export function fold(code: number): number {
  let f = folds[code]!;
  if (f === 0) {
    f = computeFold(code);
    folds[code] = f;
  }
  return f;
}

// Pairs the regex engine folds together although neither case-maps to the other (Greek with
// dialytika and tonos, the st ligatures): found by test/matchers/prefilter.test.ts.
const ODD = new Set([0x390, 0x3b0, 0x1fd3, 0x1fe3, 0xfb05, 0xfb06]);

function computeFold(code: number): number {
  if ((code >= 0xd800 && code <= 0xdfff) || ODD.has(code)) return UNSAFE;
  const ch = String.fromCharCode(code);
  const lower = ch.toLowerCase();
  if (lower.length !== 1) return UNSAFE;
  let out = lower.charCodeAt(0);
  const upper = ch.toUpperCase();
  if (upper.length === 1) {
    const back = upper.toLowerCase();
    if (back.length === 1) out = back.charCodeAt(0);
  }
  const letter = charClass(code) === LETTER;
  if (letter !== (charClass(out) === LETTER) || letter !== (charClass(lower.charCodeAt(0)) === LETTER)) return UNSAFE;
  // U+0000 folds to itself; 0 marks "not computed yet", so it is simply recomputed.
  return out;
}

export const HASH_SEED = 0x811c9dc5 | 0;
export const hashStep = (h: number, c: number): number => Math.imul(h ^ c, 16777619);
/** hashStep over every UTF-16 unit of `s` from HASH_SEED, as they are (not folded). The step is
 *  written out: tables built at start-up hash in code that runs once, uncompiled, and a call per
 *  unit there costs more than the rest of the build. */
export function hashUnits(s: string): number {
  let h = HASH_SEED;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h;
}
/** Hashes are kept to 30 bits so they stay small integers in maps and sets. */
export const hashKey = (h: number): number => h & 0x3fffffff;

/** Hash of a word as `letterRuns` computes it, or undefined when a unit of it is UNSAFE or not a letter. */
export function hashWord(word: string): number | undefined {
  let h = HASH_SEED;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    const f = fold(code);
    if (f === UNSAFE || charClass(code) !== LETTER) return undefined;
    h = hashStep(h, f);
  }
  return word.length === 0 ? undefined : hashKey(h);
}

export interface LetterRuns {
  /** Hash of every maximal run of letters, in order. */
  runs: number[];
  /** The text holds an UNSAFE unit: no word check may fail. */
  unsafe: boolean;
  /** Words as lexicon/words.ts counts them (runs of letters, digits and underscore). */
  words: number;
}

/** Punctuation a regex may require literally ("(", "/", "©"): its presence is one bit of a
 *  unit's facts, so a regex that needs a mark the text lacks is never run (plan/regex-needs.ts).
 *  ASCII punctuation but what rules rarely require ("_", "`", "^", "~", "\\", "#", "&", "*",
 *  "<", "=", "}"), four common non-ASCII marks (breadcrumbs use » and ›), the arrows of market
 *  tickers (a ticker line needs one, or a percentage), and DIGIT, which stands for any ASCII
 *  digit (what `\d` matches: dates, counts and times need one); none has a case variant. 32 of
 *  them: one bit each. */
export const DIGIT = "0";
export const MARKS = "!\"$%'()+,-./:;>?@[0]{|©°»›▲▼△▽↑↓";

/** The bit `marks` sets for a character, or 0 when it is not one of MARKS. */
export function markBit(ch: string): number {
  const k = ch.length === 1 ? MARKS.indexOf(isDigit(ch.charCodeAt(0)) ? DIGIT : ch) : -1;
  return k < 0 ? 0 : 1 << k;
}

const isDigit = (code: number): boolean => code >= 48 && code <= 57;

/** The bits of all these characters (those that are MARKS). */
export function marksMask(chars: readonly string[]): number {
  let mask = 0;
  for (const ch of chars) mask |= markBit(ch);
  return mask;
}

// What a scan of letter runs needs to know of a UTF-16 unit, in one lookup (the engine's line
// scan, plan/line-scan.ts, and letterRuns read every character of a line once): bits 0-1 the class, bit 2 a word character, bit 3 UNSAFE (a letter that
// folds to UNSAFE, or a non-ASCII non-letter that does), bits 4-19 the folded letter, bits 20-25
// one more than the unit's index in MARKS (0: not a mark).
// 0 = not computed yet; every computed entry has a class, so it is never 0.
export const runInfo = new Int32Array(65536);

function computeRunInfo(code: number): number {
  const cls = charClass(code);
  const letter = cls === LETTER;
  const f = fold(code);
  const unsafe = letter ? f === UNSAFE : code >= 0x80 && f === UNSAFE;
  const word = code === 95 || cls !== OTHER;
  const mark = MARKS.indexOf(isDigit(code) ? DIGIT : String.fromCharCode(code)) + 1;
  return cls | (word ? 4 : 0) | (unsafe ? 8 : 0) | (letter ? f << 4 : 0) | (mark << 20);
}

/** The runInfo entry of a UTF-16 unit (see above), filled on first sight: a hot loop reads
 *  runInfo itself and calls this only for a 0, so that the lookup stays inline. */
export function runInfoOf(code: number): number {
  let info = runInfo[code]!;
  if (info === 0) runInfo[code] = info = computeRunInfo(code);
  return info;
}

// Astral characters that no regex of the catalog can take for a letter: not a letter, digit or
// "_" to a case-insensitive Unicode regex, and without case (emoji, most symbols). The lexicon
// counts their surrogate halves as letters (char-class.ts), but to the regexes they end a word,
// so the word conditions read them as a break between letter runs instead of as UNSAFE: a line
// with an emoji is then asked only about the rules its words allow, like any other line.
// By code point above the BMP: 0 = not computed yet, 1 = inert, 2 = not.
const inertAstral = new Uint8Array(0x100000);

/** Whether text[i], text[i + 1] is a surrogate pair of an inert astral character (see above). */
export function inertPairAt(text: string, i: number): boolean {
  const hi = text.charCodeAt(i);
  if (hi < 0xd800 || hi > 0xdbff) return false;
  const lo = text.charCodeAt(i + 1);
  if (!(lo >= 0xdc00 && lo <= 0xdfff)) return false;
  const k = ((hi - 0xd800) << 10) | (lo - 0xdc00);
  let known = inertAstral[k]!;
  if (known === 0) {
    const ch = String.fromCharCode(hi, lo);
    known = !/[\p{L}\p{N}_]/iu.test(ch) && ch.toLowerCase() === ch && ch.toUpperCase() === ch ? 1 : 2;
    inertAstral[k] = known;
  }
  return known === 1;
}

/** Letters as the lexicon counts them (charClass LETTER; surrogate halves are UNSAFE but for an
 *  inert pair, which ends a run: see inertPairAt). */
export function letterRuns(text: string): LetterRuns {
  const runs: number[] = [];
  let unsafe = false;
  let h = HASH_SEED;
  let inRun = false;
  let words = 0;
  let inWord = false;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const code = text.charCodeAt(i);
    let info = runInfo[code]!;
    if (info === 0) runInfo[code] = info = computeRunInfo(code);
    const word = (info & 4) !== 0;
    if (word && !inWord) words++;
    inWord = word;
    if ((info & 8) !== 0) {
      if (inertPairAt(text, i)) {
        // The low half is a word character like the high one: the word count stays as it was.
        i++;
        if (inRun) {
          runs.push(hashKey(h));
          inRun = false;
        }
        continue;
      }
      unsafe = true;
    }
    if ((info & 3) === LETTER) {
      h = hashStep(inRun ? h : HASH_SEED, info >>> 4);
      inRun = true;
    } else if (inRun) {
      runs.push(hashKey(h));
      inRun = false;
    }
  }
  if (inRun) runs.push(hashKey(h));
  return { runs, unsafe, words };
}
