// One character scan per line text, measuring everything the engine asks of a line before any
// rule runs: the classifier's and the region model's LineFeatures, and the prefilter's facts
// (words, marks, which word conditions of the catalog its letter runs meet). Two scans of every
// line (one per reader) cost twice the character reads and loop overhead.
//
// Word conditions compare letter runs by a hash of case-folded UTF-16 units (lexicon/fold.ts),
// and stop words (lexicon/stopwords.ts) are found by the same hash: a letter run is hashed once as
// it is read, and looked up once in one table (word-index.ts) for both when it ends.
import type { LineFeatures } from "../classifier/features.js";
import { DIGIT, LETTER } from "../lexicon/char-class.js";
import { HASH_SEED, hashKey, hashStep, inertPairAt, runInfoOf } from "../lexicon/fold.js";
import { languages, longestStopword, stopwordMaskAt, stopwordMaskOf } from "../lexicon/stopwords.js";
import { UNSHARED, conditionHash, factsHash, type SharedMeasures } from "./shared-measures.js";
import { FIRST, PREFIX, RUN_PREFIX, SOME, listStart, stopwordsOnly, type WordIndex } from "./word-index.js";
import { onFirstUse } from "../first-use.js";

/** What the prefilter measures of a unit (reused while its text is unchanged). */
export interface Facts {
  words: number;
  length: number;
  lines: number;
  /** Bit k set: word condition k holds. */
  bits: readonly number[];
  /** The text holds a unit whose folding is uncertain: every word condition holds. */
  unsafe: boolean;
  /** Which of lexicon/fold.ts MARKS the text holds, by bit. */
  marks: number;
  /** The text has a letter run as the word conditions read runs (lexicon/fold.ts inertPairAt);
   *  the first one sets the first-run and prefix conditions. */
  hasRun: boolean;
}

/** The word conditions a letter run meets, by where it stands, as lists of condition ids (the
 *  bit each sets in Facts.bits): a run meets one or two of the catalog's hundreds of conditions,
 *  and a start-up parses the table. */
export interface WordEntry {
  /** Conditions this run satisfies wherever it stands. */
  some: number[];
  /** Conditions this run satisfies when it is the text's first run. */
  first: number[];
  /** Conditions these letters satisfy when they begin the text's first run. */
  prefix: number[];
  /** Conditions these letters satisfy when they begin any run. */
  runPrefix: number[];
}

/** The catalog's word conditions, as the scan looks them up (plan/prefilter.ts builds it). */
export interface WordTable {
  /** Number of 32-bit words of condition bits. */
  width: number;
  /** The entries by word hash, beside the stop words, as the scan looks them up. */
  index: WordIndex;
  /** The longest prefix a condition names: the first run's prefixes are looked up to this length. */
  longestPrefix: number;
  /** Whether there is any condition to look up. */
  hasWords: boolean;
  /** Facts.bits with no condition met, shared (never written to). */
  noBits: readonly number[];
}

const BULLETS = "•□◦▪▫■●○◆◇►▸▹›»·∙‣⁃*+-–—☆★✓✔➤";
const SEPARATORS = "|·»›>/•";
const SENTENCE_MARKS = ".!?…。！？";
const CLOSERS = "\"'”’»)]";
// What a sentence (or a clause before a list) ends with.
const SENTENCE_ENDS = SENTENCE_MARKS + ":;";
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const COPYRIGHT = onFirstUse(() => /©|\bcopyright\b/iu);
// The word in any case of its ASCII letters: a necessary condition of COPYRIGHT's word (case
// folding maps no other unit to these nine letters: the Kelvin sign and the long s fold to k and
// s), and without the u flag V8 searches for it several times faster than the exact pattern.
const COPYRIGHT_WORD = /copyright/i;
const COPYRIGHT_SIGN = 0xa9;

// All the scan asks of a UTF-16 unit, in one lookup: bits 0-3 as lexicon/fold.ts runInfo (the
// class, a word character, UNSAFE), then one bit each for white space, a sentence mark, a
// separator, upper or title case (lower case differs), a closer, a sentence end and a bullet;
// bits 14-29 hold a letter's folded unit, and for any other unit one more than its index in MARKS
// (0: not a mark), so that either is the entry shifted, with nothing to mask.
// 0 = not computed yet; computed entries have a class.
const CLASS = 3;
const WORD = 4;
const UNSAFE_UNIT = 8;
const SPACE = 1 << 4;
const SENTENCE = 1 << 5;
const SEPARATOR = 1 << 6;
const CASED = 1 << 7;
const CLOSER = 1 << 8;
const SENTENCE_END = 1 << 9;
const BULLET = 1 << 10;
const VALUE_SHIFT = 14;
const unitInfo = new Int32Array(65536);

/** The entry for a unit, filling it on first sight (the hot loop reads unitInfo itself and calls
 *  this only for a 0, so that the lookup stays inline). */
function unitInfoOf(code: number): number {
  let info = unitInfo[code]!;
  if (info === 0) {
    const ch = String.fromCharCode(code);
    const run = runInfoOf(code);
    const letter = (run & CLASS) === LETTER;
    info =
      (run & 15) |
      (isSpace(code) ? SPACE : 0) |
      (SENTENCE_MARKS.includes(ch) ? SENTENCE : 0) |
      (SEPARATORS.includes(ch) ? SEPARATOR : 0) |
      (ch.toLowerCase() !== ch ? CASED : 0) |
      (CLOSERS.includes(ch) ? CLOSER : 0) |
      (SENTENCE_ENDS.includes(ch) ? SENTENCE_END : 0) |
      (BULLETS.includes(ch) ? BULLET : 0) |
      ((letter ? (run >>> 4) & 0xffff : run >>> 20) << VALUE_SHIFT);
    unitInfo[code] = info;
  }
  return info;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 160 || (code >= 0x2000 && code <= 0x200b) || code === 0x3000;
}

/** The entry of text[j], j an index of the text. */
function infoAt(text: string, j: number): number {
  const code = text.charCodeAt(j);
  return unitInfo[code]! || unitInfoOf(code);
}

/** A space, or the edge of the text, at index j. */
function spacedAt(text: string, j: number): boolean {
  return j < 0 || j >= text.length || (infoAt(text, j) & SPACE) !== 0;
}

// The stop-word counts of a line, by language; `hitCount` stop words in all. Equal counts are one
// array (shared-measures.ts): an array of its own per line costs more memory than a short line's
// text. Cleared after a line that counted some.
const scratch = new Uint16Array(languages.length);
let hitCount = 0;

// Stop-word counts of a line with none, shared by every such line.
const NO_HITS = new Uint16Array(languages.length);

// The conditions a line meets are set in these bits as its runs are looked up, listed in `met`
// (to clear them for the next line) and summed into `bitsHash` (shared-measures.ts). A line's facts
// copy the bits only when no equal facts are known.
let scratchBits: number[] = [];
const met: number[] = [];
let metCount = 0;
let bitsHash = 0;

function clearBits(width: number): number[] {
  if (scratchBits.length !== width) scratchBits = new Array<number>(width).fill(0);
  else for (let k = 0; k < metCount; k++) scratchBits[met[k]! >> 5] = 0;
  metCount = 0;
  bitsHash = 0;
  return scratchBits;
}

export interface LineScan {
  features: LineFeatures;
  /** Undefined when the scan was given no word table. */
  facts: Facts | undefined;
}

/** The features of `raw` (measured on its trimmed text, as LineFeatures says) and, with a word
 *  table, the prefilter's facts of `raw` as a one-line unit. White space around the trimmed text
 *  holds no letter, word character or mark, so the facts of the trimmed text are those of `raw`
 *  but for its length. Measures equal to ones `shared` knows are those; without it, new ones. */
export function scanLine(raw: string, words: WordTable | null, shared: SharedMeasures = UNSHARED): LineScan {
  const text = raw.trim();
  const n = text.length;
  hitCount = 0;
  const bits = words === null ? null : clearBits(words.width);
  const lookUp = words !== null && words.hasWords;
  const index = lookUp ? words.index : stopwordsOnly();
  const longestPrefix = lookUp ? words.longestPrefix : 0;
  // The prefixes to look up: the first fold run's, then any run's.
  let prefixes = index.firstRunPrefixes;
  let unsafe = false;
  let marks = 0;
  let runs = 0;
  let foldRuns = 0;
  let wordChars = 0;
  let inWord = false;
  let long = 0;
  let titled = 0;
  let digits = 0;
  let nonSpace = 0;
  let sentences = 0;
  let separators = 0;
  let longestRun = 0;
  let copyrightSign = false;
  let i = 0;
  while (i < n) {
    let code = text.charCodeAt(i);
    let info = unitInfo[code]! || unitInfoOf(code);
    if ((info & CLASS) === LETTER) {
      // The run: its folded units hashed for the word conditions (and its prefixes as they grow)
      // and the stop words. An inert astral pair is a letter to the lexicon but ends a run of the
      // word conditions (lexicon/fold.ts): a run is one or more of those ("fold runs").
      const start = i;
      const cased = (info & CASED) !== 0;
      // A stop word is a whole word: a run of letters with no digit or underscore against it (a
      // "1990s" or "5m" holds none), cut by an inert astral pair like any other break, so it is
      // read on the fold runs; `whole` says whether no word character stands before the fold run.
      let whole = !inWord;
      if (!inWord) wordChars++;
      inWord = true;
      for (;;) {
        const foldStart = i;
        let hf = HASH_SEED;
        // The fold run holds an UNSAFE unit: its stop-word lookup is the exact one, not by its hash
        // (and the line's condition bits do not count: Facts.unsafe).
        let unsafeRun = false;
        let atInertPair = false;
        do {
          if ((info & UNSAFE_UNIT) === 0) {
            hf = hashStep(hf, info >>> VALUE_SHIFT);
            // The filter is read here, not through a helper, as one left uninlined would cost a call per letter.
            if ((prefixes[(hf & 0xffff) >>> 5]! & (1 << (hf & 31))) !== 0) prefixMet(index, bits!, hf, foldRuns === 0 && i - foldStart < longestPrefix);
          } else if (inertPairAt(text, i)) {
            atInertPair = true;
            break;
          } else {
            unsafe = unsafeRun = true;
          }
          i++;
          if (i === n) break;
          code = text.charCodeAt(i);
          info = unitInfo[code]! || unitInfoOf(code);
        } while ((info & CLASS) === LETTER);
        if (i > foldStart) {
          // The fold run ended: the conditions it meets (the first-run ones too when it is the
          // first), and a stop word if it is one and a whole word. Written here, not in a helper:
          // V8 inlines no callee whose own optimized code is that large, and a call per run costs.
          // A digit or an underscore after it makes the fold run part of a longer word.
          const wholeWord = whole && (atInertPair || i === n || (info & WORD) === 0);
          const slot = index.slotOf(hashKey(hf));
          if (slot >= 0) {
            const at = index.entryAt(slot);
            if (at !== 0) setBits(bits!, index.conditions, at, SOME, foldRuns === 0 ? FIRST : SOME);
            const stopword = index.stopwordAt(slot);
            if (wholeWord && !unsafeRun && stopword >= 0) countHits(stopwordMaskOf(text, foldStart, i, stopword));
          }
          if (wholeWord && unsafeRun && i - foldStart <= longestStopword) countHits(stopwordMaskAt(text, foldStart, i));
          foldRuns++;
          prefixes = index.runPrefixes;
        }
        if (!atInertPair) break;
        // Past the pair, the run goes on if a letter follows.
        i += 2;
        whole = true;
        if (i === n) break;
        code = text.charCodeAt(i);
        info = unitInfo[code]! || unitInfoOf(code);
        if ((info & CLASS) !== LETTER) break;
      }
      runs++;
      const len = i - start;
      if (len > longestRun) longestRun = len;
      nonSpace += len;
      if (len >= 3) {
        long++;
        if (cased) titled++;
      }
      continue;
    }
    // Not a letter: a word character (digit, underscore), a mark, or white space.
    const word = (info & WORD) !== 0;
    if (word && !inWord) wordChars++;
    inWord = word;
    if ((info & UNSAFE_UNIT) !== 0) unsafe = true;
    if (info >= 1 << VALUE_SHIFT) marks |= 1 << ((info >>> VALUE_SHIFT) - 1);
    if ((info & SPACE) === 0) {
      if (code === COPYRIGHT_SIGN) copyrightSign = true;
      nonSpace++;
      if ((info & CLASS) === DIGIT) digits++;
      if ((info & SENTENCE) !== 0 && spacedAt(text, i + 1)) sentences++;
      if ((info & SEPARATOR) !== 0 && spacedAt(text, i - 1) && spacedAt(text, i + 1)) separators++;
    }
    i++;
  }
  // Read as UTF-16 units, like every test of this scan: a one-character string read from a
  // two-byte text is of another kind than a one-byte one's, and comparing both kinds makes the
  // optimized scan bail out.
  let last = n - 1;
  while (last > 0 && (infoAt(text, last) & CLOSER) !== 0) last--;
  const features: LineFeatures = {
    chars: n,
    words: runs,
    stopwordHits: hitCount === 0 ? NO_HITS : shared.hitsOf(scratch),
    endsSentence: n > 0 && (infoAt(text, last) & SENTENCE_END) !== 0,
    sentences,
    bullet: n > 1 && (infoAt(text, 0) & BULLET) !== 0 && (infoAt(text, 1) & SPACE) !== 0,
    separators,
    digitShare: nonSpace === 0 ? 0 : digits / nonSpace,
    titleCaseShare: long === 0 ? 0 : titled / long,
    bracketed: n > 1 && text.charCodeAt(0) === OPEN_BRACKET && text.charCodeAt(n - 1) === CLOSE_BRACKET && text.indexOf("]") === n - 1,
    // "copyright" is a letter run of nine letters at least: shorter runs spare the search.
    copyright: (copyrightSign || (longestRun >= 9 && COPYRIGHT_WORD.test(text))) && COPYRIGHT().test(text),
  };
  if (hitCount !== 0) scratch.fill(0);
  // One return for both callers (with and without a word table): a path V8 has not seen run
  // before it optimized this function makes the optimized code bail out when it first runs.
  return { features, facts: words === null ? undefined : lineFacts(words, bits!, shared, wordChars, raw.length, unsafe, marks, foldRuns > 0) };
}

/** Sets the bits of the prefix conditions of the letters hashed to `hf`, a run's start (and of
 *  the first run's prefix conditions when `firstRun` says they apply). */
function prefixMet(index: WordIndex, bits: number[], hf: number, firstRun: boolean): void {
  const at = index.entryOf(hashKey(hf));
  if (at === 0) return;
  setBits(bits, index.conditions, at, firstRun ? PREFIX : RUN_PREFIX, RUN_PREFIX);
}

/** Counts a stop word of the languages of `mask` (bits, as lexicon/stopwords.ts stopwordMask). */
function countHits(mask: number): void {
  if (mask === 0) return;
  hitCount++;
  // One pass per language that lists the word (most words are stop words of one or two).
  for (let rest = mask; rest !== 0; rest &= rest - 1) scratch[31 - Math.clz32(rest & -rest)]!++;
}

/** The facts of a one-line unit from what the scan counted and the condition bits it set: equal
 *  facts known to `shared`, else new ones (kept there when it has room). */
function lineFacts(words: WordTable, bits: number[], shared: SharedMeasures, wordCount: number, length: number, unsafe: boolean, marks: number, hasRun: boolean): Facts {
  // An uncertain folding lets every word condition hold anyway (see Facts.unsafe), and most
  // units meet no word condition: both share one array of zeros (never written to).
  const none = unsafe || metCount === 0;
  const hash = factsHash(none ? 0 : bitsHash, wordCount, length, unsafe, marks, hasRun);
  const known = shared.find(hash, wordCount, length, none ? words.noBits : bits, unsafe, marks, hasRun);
  if (known !== undefined) return known;
  const facts = { words: wordCount, length, lines: 1, bits: none ? words.noBits : shared.bitsOf(bitsHash, bits), unsafe, marks, hasRun };
  shared.add(hash, facts);
  return facts;
}

/** Sets the bits of the conditions of lists `firstList` to `lastList` (word-index.ts SOME to
 *  RUN_PREFIX, which an entry lists one after the other) of the entry at offset `at` of
 *  `conditions`. One loop for a run's lists keeps the code the scan inlines small: V8 stops
 *  inlining a callee into it past a budget of bytecode. */
function setBits(bits: number[], conditions: Int32Array, at: number, firstList: number, lastList: number): void {
  const from = listStart(conditions, at, firstList);
  const to = listStart(conditions, at, lastList) + conditions[at + lastList]!;
  for (let k = from; k < to; k++) {
    const id = conditions[k]!;
    const bit = 1 << (id & 31);
    if ((bits[id >> 5]! & bit) !== 0) continue;
    bits[id >> 5]! |= bit;
    met[metCount++] = id;
    bitsHash = (bitsHash + conditionHash(id)) | 0;
  }
}
