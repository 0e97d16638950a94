// One character scan per line text, measuring everything the engine asks of a line before any
// rule runs: the classifier's and the region model's LineFeatures, and the prefilter's facts
// (words, marks, which word conditions of the catalog its letter runs meet). Two scans of every
// line (one per reader) cost twice the character reads and loop overhead.
//
// Word conditions compare letter runs by a hash of case-folded UTF-16 units (lexicon/fold.ts),
// and the stop-word lookup (lexicon/stopwords.ts) finds its candidates by the same hash: a letter
// run is hashed once as it is read.
import type { LineFeatures } from "../classifier/features.js";
import { DIGIT, LETTER, charClass } from "../lexicon/char-class.js";
import { HASH_SEED, hashKey, hashStep, inertPairAt, runInfo, runInfoOf } from "../lexicon/fold.js";
import { languages, longestStopword, stopwordFilter, stopwordMaskAt, stopwordMaskHashed } from "../lexicon/stopwords.js";
import { conditionHash, factsHash, hitHash, type SharedMeasures } from "./shared-measures.js";
import { NO_HASHES, type WordIndex } from "./word-index.js";
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
  /** The entries by word hash, as the scan looks them up. */
  index: WordIndex;
  /** The longest prefix a condition names: the first run's prefixes are looked up to this length. */
  longestPrefix: number;
  /** The hashes of the letters any run may start with that a condition names, as a filter
   *  (word-index.ts hashFilter): every run's every prefix is tried in it, and looked up only when
   *  it passes. */
  runPrefixes: Int32Array;
  /** Whether there is any condition to look up. */
  hasWords: boolean;
  /** Facts.bits with no condition met, shared (never written to). */
  noBits: readonly number[];
}

/** The UTF-16 units of `chars` (each character one unit), so that tests read no one-character string. */
function codes(chars: string): Set<number> {
  return new Set(Array.from(chars, (ch) => ch.charCodeAt(0)));
}

const BULLETS = codes("•□◦▪▫■●○◆◇►▸▹›»·∙‣⁃*+-–—☆★✓✔➤");
const SEPARATORS = "|·»›>/•";
const SENTENCE_MARKS = ".!?…。！？";
const CLOSERS = codes("\"'”’»)]");
// What a sentence (or a clause before a list) ends with, by UTF-16 unit.
const ENDS_SENTENCE = codes(SENTENCE_MARKS + ":;");
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const COPYRIGHT = onFirstUse(() => /©|\bcopyright\b/iu);
const COPYRIGHT_SIGN = 0xa9;

// What the features need to know of a UTF-16 unit, in one lookup: bits 0-1 the class, bit 2
// white space, bit 3 a sentence mark, bit 4 a separator, bit 5 upper or title case (lower case
// differs). 0 = not computed yet; computed entries have a class. Within a letter run the scan
// reads only lexicon/fold.ts runInfo, whose bits 0-1 are the same class.
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

// The stop-word counts of a line, by language, summed into `hitsHash` as they are counted
// (shared-measures.ts). Equal counts are one array: an array of its own per line costs more
// memory than a short line's text.
const scratch = new Uint16Array(languages.length);
let hitsHash = 0;

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
 *  but for its length. */
export function scanLine(raw: string, words: WordTable | null, shared?: SharedMeasures): LineScan {
  const text = raw.trim();
  const n = text.length;
  const hits = scratch.fill(0);
  hitsHash = 0;
  let anyHit = false;
  const bits = words === null ? null : clearBits(words.width);
  const index = words?.index;
  const lookUp = words !== null && words.hasWords;
  const longestPrefix = words?.longestPrefix ?? 0;
  const runPrefixes = lookUp ? words.runPrefixes : NO_HASHES;
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
    const info = scanInfo[code]! || infoOf(code);
    let fold = runInfo[code]! || runInfoOf(code);
    if ((info & 3) === LETTER) {
      // The run: its folded units hashed for the word conditions (and the first run's prefixes
      // as they grow) and for the stop-word lookup. An inert astral pair is a letter to the
      // lexicon but ends a run of the word conditions (lexicon/fold.ts): those runs ("fold runs")
      // start at foldStart.
      const start = i;
      const cased = (info & CASED) !== 0;
      // A stop word is a whole word: a run of letters with no digit or underscore against it (a
      // "1990s" or "5m" holds none), cut by an inert astral pair like any other break, so it is
      // read on the fold runs; `whole` says whether no word character stands before the current one.
      let whole = !inWord;
      let hf = HASH_SEED;
      let foldStart = i;
      // The fold run holds an UNSAFE unit: its stop-word lookup is the exact one, not by its hash.
      let unsafeRun = false;
      if (!inWord) wordChars++;
      inWord = true;
      do {
        if ((fold & 8) !== 0 && inertPairAt(text, i)) {
          if (i > foldStart) foldRuns = lookUpRun(hf, foldRuns, lookUp, index, bits);
          if (whole && i > foldStart) anyHit = countStopword(text, foldStart, i, hf, unsafeRun, hits) || anyHit;
          i++;
          hf = HASH_SEED;
          unsafeRun = false;
          foldStart = i + 1;
          whole = true;
        } else {
          if ((fold & 8) !== 0) unsafe = unsafeRun = true;
          hf = hashStep(hf, fold >>> 4);
          if (foldRuns === 0 && lookUp && i - foldStart < longestPrefix) setBits(bits!, index!.get(hashKey(hf))?.prefix);
          // Any run's prefix, when word-index.ts hashFilter may hold it: the filter is read here,
          // not through a helper, as one left uninlined would cost a call per letter.
          if ((runPrefixes[(hf & 0xffff) >>> 5]! & (1 << (hf & 31))) !== 0) setBits(bits!, index!.get(hashKey(hf))?.runPrefix);
        }
        i++;
        if (i === n) break;
        code = text.charCodeAt(i);
        fold = runInfo[code]! || runInfoOf(code);
      } while ((fold & 3) === LETTER);
      if (i > foldStart) foldRuns = lookUpRun(hf, foldRuns, lookUp, index, bits);
      // Unless the run ends at a digit or an underscore, which make its last fold run part of a longer word.
      if (whole && i > foldStart && (i === n || (fold & 4) === 0)) anyHit = countStopword(text, foldStart, i, hf, unsafeRun, hits) || anyHit;
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
    const word = (fold & 4) !== 0;
    if (word && !inWord) wordChars++;
    inWord = word;
    if ((fold & 8) !== 0) unsafe = true;
    if (fold >= 1 << 20) marks |= 1 << ((fold >>> 20) - 1);
    if ((info & SPACE) === 0) {
      if (code === COPYRIGHT_SIGN) copyrightSign = true;
      nonSpace++;
      if ((info & 3) === DIGIT) digits++;
      if ((info & SENTENCE) !== 0 && spacedAt(text, i + 1)) sentences++;
      if ((info & SEPARATOR) !== 0 && spacedAt(text, i - 1) && spacedAt(text, i + 1)) separators++;
    }
    i++;
  }
  let end = n - 1;
  while (end > 0 && CLOSERS.has(text.charCodeAt(end))) end--;
  // Read as UTF-16 units, like every test of this scan: a one-character string read from a
  // two-byte text is of another kind than a one-byte one's, and comparing both kinds makes the
  // optimized scan bail out.
  const last = text.charCodeAt(end);
  const features: LineFeatures = {
    chars: n,
    words: runs,
    stopwordHits: !anyHit ? NO_HITS : shared === undefined ? hits.slice() : shared.hitsOf(hitsHash, hits),
    endsSentence: ENDS_SENTENCE.has(last),
    sentences,
    bullet: n > 1 && BULLETS.has(text.charCodeAt(0)) && isSpace(text.charCodeAt(1)),
    separators,
    digitShare: nonSpace === 0 ? 0 : digits / nonSpace,
    titleCaseShare: long === 0 ? 0 : titled / long,
    bracketed: text.charCodeAt(0) === OPEN_BRACKET && text.charCodeAt(n - 1) === CLOSE_BRACKET && text.indexOf("]") === n - 1,
    // "copyright" is a letter run of nine letters at least: shorter runs spare the search.
    copyright: (copyrightSign || (longestRun >= 9 && text.includes("opyright"))) && COPYRIGHT().test(text),
  };
  // One return for both callers (with and without a word table): a path V8 has not seen run
  // before it optimized this function makes the optimized code bail out when it first runs.
  return { features, facts: words === null ? undefined : lineFacts(words, bits!, shared, wordChars, raw.length, unsafe, marks, foldRuns > 0) };
}

/** Counts text[start, end) in `hits` if it is a stop word (its folded units hashed to `hf`, or
 *  `unsafe`: some unit folds UNSAFE); returns whether it is one. Most words are none: the filter
 *  turns them away before a call. */
function countStopword(text: string, start: number, end: number, hf: number, unsafe: boolean, hits: Uint16Array): boolean {
  if (end - start > longestStopword || !(unsafe || (stopwordFilter[(hf & 0xffff) >>> 5]! & (1 << (hf & 31))) !== 0)) return false;
  const mask = unsafe ? stopwordMaskAt(text, start, end) : stopwordMaskHashed(text, start, end, hf);
  for (let l = 0; mask >> l !== 0; l++) {
    if (((mask >> l) & 1) === 0) continue;
    hits[l]!++;
    hitsHash = (hitsHash + hitHash(l)) | 0;
  }
  return mask !== 0;
}

/** The facts of a one-line unit from what the scan counted and the condition bits it set: equal
 *  facts known to `shared`, else new ones (kept there). */
function lineFacts(words: WordTable, bits: number[], shared: SharedMeasures | undefined, wordCount: number, length: number, unsafe: boolean, marks: number, hasRun: boolean): Facts {
  // An uncertain folding lets every word condition hold anyway (see Facts.unsafe), and most
  // units meet no word condition: both share one array of zeros (never written to).
  const none = unsafe || metCount === 0;
  const hash = factsHash(none ? 0 : bitsHash, wordCount, length, unsafe, marks, hasRun);
  const known = shared?.find(hash, wordCount, length, none ? words.noBits : bits, unsafe, marks, hasRun);
  if (known !== undefined) return known;
  const facts = { words: wordCount, length, lines: 1, bits: none ? words.noBits : shared === undefined ? bits.slice() : shared.bitsOf(bitsHash, bits), unsafe, marks, hasRun };
  shared?.add(hash, facts);
  return facts;
}

/** Looks up a fold run that ended (its hash `hf`), the first one also for the first-run
 *  conditions; returns the number of fold runs so far. */
function lookUpRun(hf: number, foldRuns: number, lookUp: boolean, index: WordIndex | undefined, bits: number[] | null): number {
  const e = lookUp ? index!.get(hashKey(hf)) : undefined;
  if (e !== undefined) {
    setBits(bits!, e.some);
    if (foldRuns === 0) setBits(bits!, e.first);
  }
  return foldRuns + 1;
}

/** Sets the bits of the conditions `ids`. */
function setBits(bits: number[], ids: readonly number[] | undefined): void {
  if (ids === undefined) return;
  for (let k = 0; k < ids.length; k++) {
    const id = ids[k]!;
    const bit = 1 << (id & 31);
    if ((bits[id >> 5]! & bit) !== 0) continue;
    bits[id >> 5]! |= bit;
    met[metCount++] = id;
    bitsHash = (bitsHash + conditionHash(id)) | 0;
  }
}
