// Per-line measurements the classifier scores. Each one is a fact about the line alone;
// context (neighbours, the main region) is the classifier's business. One character scan
// per line measures everything: the classifier must run at tens of MB/s.

import { LETTER, DIGIT, charClass } from "../lexicon/char-class.js";
import { languages, longestStopword, stopwordMaskAt } from "../lexicon/stopwords.js";

export interface LineFeatures {
  /** Trimmed length in UTF-16 units. */
  chars: number;
  /** Letter-run words (apostrophes and hyphens split words). */
  words: number;
  /** Stop-word hits per language, indexed like `languages`. */
  stopwordHits: Uint16Array;
  /** Ends like a sentence: . ! ? … (maybe followed by a closing quote or bracket), or : ; */
  endsSentence: boolean;
  /** Sentence-ending marks followed by a space or the end: several mean running prose. */
  sentences: number;
  /** Starts with a list bullet (•, □, ◦, *, -, …) as w3m renders <li>. */
  bullet: boolean;
  /** Separators typical of inline menus and breadcrumbs (| · » › > / •) standing between spaces. */
  separators: number;
  /** Share of non-space characters that are digits: dates, counters, prices. */
  digitShare: number;
  /** Share of words (3+ letters) starting upper-case: menus and headings are Title Case. */
  titleCaseShare: number;
  /** The whole line is a bracketed token such as an image alt "[logo]" or a button "[Subscribe]". */
  bracketed: boolean;
  /** Contains "©" or the word "copyright": footer lines. */
  copyright: boolean;
}

const BULLETS = new Set("•□◦▪▫■●○◆◇►▸▹›»·∙‣⁃*+-–—☆★✓✔➤");
const SEPARATORS = new Set("|·»›>/•");
const SENTENCE_MARKS = new Set(".!?…。！？");
const CLOSERS = new Set("\"'”’»)]");
const COPYRIGHT = /©|\bcopyright\b/iu;
// The same sets by UTF-16 unit (every member is one unit), so the scan makes no strings.
const SENTENCE_CODES = new Set([...SENTENCE_MARKS].map((c) => c.charCodeAt(0)));
const SEPARATOR_CODES = new Set([...SEPARATORS].map((c) => c.charCodeAt(0)));

// Whether a unit's lower case differs from it (upper and title case letters), by table.
const lowering = new Uint8Array(65536);
function changesWhenLowered(code: number): boolean {
  let v = lowering[code]!;
  if (v === 0) {
    const ch = String.fromCharCode(code);
    v = ch.toLowerCase() !== ch ? 2 : 1;
    lowering[code] = v;
  }
  return v === 2;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 160 || (code >= 0x2000 && code <= 0x200b) || code === 0x3000;
}

/** A space, or the edge of the text, at index j. */
function spacedAt(text: string, j: number): boolean {
  return j < 0 || j >= text.length || isSpace(text.charCodeAt(j));
}

export function lineFeatures(raw: string): LineFeatures {
  const text = raw.trim();
  const n = text.length;
  const hits = new Uint16Array(languages.length);
  let words = 0;
  let long = 0;
  let titled = 0;
  let digits = 0;
  let nonSpace = 0;
  let sentences = 0;
  let separators = 0;
  let i = 0;
  while (i < n) {
    const code = text.charCodeAt(i);
    const cls = charClass(code);
    if (cls === LETTER) {
      const start = i;
      while (i < n && charClass(text.charCodeAt(i)) === LETTER) i++;
      const len = i - start;
      words++;
      nonSpace += len;
      if (len >= 3) {
        long++;
        if (changesWhenLowered(text.charCodeAt(start))) titled++;
      }
      if (len <= longestStopword) {
        const mask = stopwordMaskAt(text, start, i);
        for (let l = 0; mask >> l !== 0; l++) if ((mask >> l) & 1) hits[l]!++;
      }
      continue;
    }
    if (!isSpace(code)) {
      nonSpace++;
      if (cls === DIGIT) digits++;
      if (SENTENCE_CODES.has(code) && spacedAt(text, i + 1)) sentences++;
      if (SEPARATOR_CODES.has(code) && spacedAt(text, i - 1) && spacedAt(text, i + 1)) separators++;
    }
    i++;
  }
  let end = n - 1;
  while (end > 0 && CLOSERS.has(text[end]!)) end--;
  const last = text[end] ?? "";
  return {
    chars: n,
    words,
    stopwordHits: hits,
    endsSentence: SENTENCE_MARKS.has(last) || last === ":" || last === ";",
    sentences,
    bullet: n > 1 && BULLETS.has(text[0]!) && isSpace(text.charCodeAt(1)),
    separators,
    digitShare: nonSpace === 0 ? 0 : digits / nonSpace,
    titleCaseShare: long === 0 ? 0 : titled / long,
    bracketed: text[0] === "[" && text[n - 1] === "]" && text.indexOf("]") === n - 1,
    copyright: (text.includes("©") || text.includes("opyright")) && COPYRIGHT.test(text),
  };
}
