// The two scans the engine's one line scan (src/plan/line-scan.ts) replaced, kept as
// the reference it must agree with: the classifier's features of a line, and the prefilter's
// facts of a unit's text.
import type { LineFeatures } from "../../src/classifier/features.js";
import { LETTER, DIGIT, charClass } from "../../src/lexicon/char-class.js";
import { HASH_SEED, hashKey, hashStep, inertPairAt, runInfo, runInfoOf } from "../../src/lexicon/fold.js";
import { languages, longestStopword, stopwordMaskAt } from "../../src/lexicon/stopwords.js";
import type { Facts, WordEntry, WordTable } from "../../src/plan/line-scan.js";

const BULLETS = new Set("•□◦▪▫■●○◆◇►▸▹›»·∙‣⁃*+-–—☆★✓✔➤");
const SEPARATORS = "|·»›>/•";
const SENTENCE_MARKS = ".!?…。！？";
const CLOSERS = new Set("\"'”’»)]");
const COPYRIGHT = /©|\bcopyright\b/iu;

// What the scan needs to know of a UTF-16 unit, in one lookup (it reads every character of
// every line): bits 0-1 the class, bit 2 white space, bit 3 a sentence mark, bit 4 a separator,
// bit 5 upper or title case (lower case differs). 0 = not computed yet; computed entries have a class.
const SPACE = 4;
const SENTENCE = 8;
const SEPARATOR = 16;
const CASED = 32;
const scanInfo = new Int32Array(65536);

/** The entry for a unit, filling it on first sight (the hot loop reads scanInfo itself and calls
 *  this only for a 0, so that the lookup stays inline). */
function infoOf(code: number): number {
  let info = scanInfo[code]!;
  if (info === 0) {
    const ch = String.fromCharCode(code);
    info =
      charClass(code) |
      (isSpace(code) ? SPACE : 0) |
      (SENTENCE_MARKS.includes(ch) ? SENTENCE : 0) |
      (SEPARATORS.includes(ch) ? SEPARATOR : 0) |
      (ch.toLowerCase() !== ch ? CASED : 0);
    scanInfo[code] = info;
  }
  return info;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 160 || (code >= 0x2000 && code <= 0x200b) || code === 0x3000;
}

/** A space, or the edge of the text, at index j. */
function spacedAt(text: string, j: number): boolean {
  return j < 0 || j >= text.length || (infoOf(text.charCodeAt(j)) & SPACE) !== 0;
}

// Equal stop-word counts are one array (most lines count a few hits in a few languages): an
// array of its own per line costs more memory than a short line's text.
const scratch = new Uint16Array(languages.length);
const shared = new Map<number, Uint16Array>();
const SHARED_MAX = 1 << 16;
// Counts below 16 in every language pack into one exact number key (4 bits a language).
const PACKABLE = languages.length <= 13;

function shareHits(hits: Uint16Array): Uint16Array {
  if (!PACKABLE) return hits.slice();
  let key = 0;
  for (let l = hits.length - 1; l >= 0; l--) {
    const h = hits[l]!;
    if (h > 15) return hits.slice();
    key = key * 16 + h;
  }
  let one = shared.get(key);
  if (one === undefined) {
    one = hits.slice();
    if (shared.size < SHARED_MAX) shared.set(key, one);
  }
  return one;
}

/** Stop words are whole words: runs of word characters (letters, digits, underscore; lexicon/fold.ts
 *  runInfo) that an inert astral pair breaks like a space, made of letters only. */
function wholeWordHits(text: string, hits: Uint16Array): void {
  const n = text.length;
  let j = 0;
  while (j < n) {
    const start = j;
    let letters = true;
    while (j < n && !inertPairAt(text, j) && (runInfoOf(text.charCodeAt(j)) & 4) !== 0) {
      if (charClass(text.charCodeAt(j)) !== LETTER) letters = false;
      j++;
    }
    if (j > start && letters && j - start <= longestStopword) {
      const mask = stopwordMaskAt(text, start, j);
      for (let l = 0; mask >> l !== 0; l++) if ((mask >> l) & 1) hits[l]!++;
    }
    if (j === start) j += inertPairAt(text, j) ? 2 : 1;
  }
}

export function referenceFeatures(raw: string): LineFeatures {
  const text = raw.trim();
  const n = text.length;
  const hits = scratch.fill(0);
  let words = 0;
  let long = 0;
  let titled = 0;
  let digits = 0;
  let nonSpace = 0;
  let sentences = 0;
  let separators = 0;
  let i = 0;
  while (i < n) {
    let code = text.charCodeAt(i);
    let info = scanInfo[code]! || infoOf(code);
    const cls = info & 3;
    if (cls === LETTER) {
      // The run (stop words are counted on whole words apart: wholeWordHits).
      const start = i;
      const cased = (info & CASED) !== 0;
      do {
        i++;
        if (i === n) break;
        code = text.charCodeAt(i);
        info = scanInfo[code]! || infoOf(code);
      } while ((info & 3) === LETTER);
      const len = i - start;
      words++;
      nonSpace += len;
      if (len >= 3) {
        long++;
        if (cased) titled++;
      }
      continue;
    }
    if ((info & SPACE) === 0) {
      nonSpace++;
      if (cls === DIGIT) digits++;
      if ((info & SENTENCE) !== 0 && spacedAt(text, i + 1)) sentences++;
      if ((info & SEPARATOR) !== 0 && spacedAt(text, i - 1) && spacedAt(text, i + 1)) separators++;
    }
    i++;
  }
  wholeWordHits(text, hits);
  let end = n - 1;
  while (end > 0 && CLOSERS.has(text[end]!)) end--;
  const last = text[end] ?? "";
  return {
    chars: n,
    words,
    stopwordHits: shareHits(hits),
    endsSentence: (last !== "" && SENTENCE_MARKS.includes(last)) || last === ":" || last === ";",
    sentences,
    bullet: n > 1 && BULLETS.has(text[0]!) && isSpace(text.charCodeAt(1)),
    separators,
    digitShare: nonSpace === 0 ? 0 : digits / nonSpace,
    titleCaseShare: long === 0 ? 0 : titled / long,
    bracketed: text[0] === "[" && text[n - 1] === "]" && text.indexOf("]") === n - 1,
    copyright: COPYRIGHT.test(text),
  };
}

/** The facts of a text, in one scan that looks each letter run up in the plan's table as it
 *  ends (lexicon/fold.ts letterRuns measures the same, keeping the runs). */
export function referenceFacts(plan: WordTable & { table: ReadonlyMap<number, WordEntry> }, text: string, lines: number): Facts {
  const bits = new Array<number>(plan.width).fill(0);
  const table = plan.table;
  const lookUp = plan.hasWords;
  const longestPrefix = plan.longestPrefix;
  let unsafe = false;
  let h = HASH_SEED;
  let inRun = false;
  let runs = 0;
  let prefix = 0;
  let words = 0;
  let inWord = false;
  let marks = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const code = text.charCodeAt(i);
    const info = runInfo[code]! || runInfoOf(code);
    const word = (info & 4) !== 0;
    if (word && !inWord) words++;
    inWord = word;
    if ((info & 8) !== 0) {
      // An inert astral pair (lexicon/fold.ts): two word characters that end a run.
      if (isInert(text.codePointAt(i)!)) {
        i++;
        if (inRun) {
          if (lookUp) runBits(bits, table.get(hashKey(h)), runs === 0);
          runs++;
          inRun = false;
        }
        continue;
      }
      unsafe = true;
    }
    if (info >= 1 << 20) marks |= 1 << ((info >>> 20) - 1);
    if ((info & 3) === LETTER) {
      // The run's letters so far, as a prefix: the first run's up to the longest a condition
      // names, any run's whatever its length.
      prefix = inRun ? prefix + 1 : 1;
      h = hashStep(inRun ? h : HASH_SEED, info >>> 4);
      inRun = true;
      if (runs === 0 && prefix <= longestPrefix && lookUp) addBits(bits, table.get(hashKey(h))?.prefix);
      if (lookUp) addBits(bits, table.get(hashKey(h))?.runPrefix);
    } else if (inRun) {
      if (lookUp) runBits(bits, table.get(hashKey(h)), runs === 0);
      runs++;
      inRun = false;
    }
  }
  if (inRun) {
    if (lookUp) runBits(bits, table.get(hashKey(h)), runs === 0);
    runs++;
  }
  // An uncertain folding lets every word condition hold anyway (see Facts.unsafe).
  if (unsafe) bits.fill(0);
  // Most units meet no word condition: they share one array of zeros (never written to).
  return { words, length: n, lines, bits: bits.some((b) => b !== 0) ? bits : plan.noBits, unsafe, marks, hasRun: runs > 0 };
}

/** An astral character a case-insensitive Unicode regex takes for no letter, digit or "_", without case. */
export function isInert(cp: number): boolean {
  if (cp <= 0xffff) return false;
  const ch = String.fromCodePoint(cp);
  return !/[\p{L}\p{N}_]/iu.test(ch) && ch.toLowerCase() === ch && ch.toUpperCase() === ch;
}

function runBits(bits: number[], e: WordEntry | undefined, first: boolean): void {
  if (e === undefined) return;
  addBits(bits, e.some);
  if (first) addBits(bits, e.first);
}

function addBits(bits: number[], ids: readonly number[] | undefined): void {
  for (const id of ids ?? []) bits[id >> 5]! |= 1 << (id & 31);
}

