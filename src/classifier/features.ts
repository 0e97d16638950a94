// Per-line measurements the classifier scores. Each one is a fact about the line alone;
// context (neighbours, the main region) is the classifier's business. One character scan
// per line measures everything: the classifier must run at tens of MB/s.

import { looseFeatures } from "../plan/feature-rows.js";
import { scanLine } from "../plan/line-scan.js";

export interface LineFeatures {
  /** Trimmed length in UTF-16 units. */
  chars: number;
  /** Letter-run words (apostrophes and hyphens split words). */
  words: number;
  /** Stop-word hits per language, indexed like `languages`. Shared between lines: never written to. */
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

/** The line's features, from the engine's one scan per line (plan/line-scan.ts), as a view of
 *  the same shape as the engine's memos hold (plan/feature-rows.ts). */
export function lineFeatures(raw: string): LineFeatures {
  return looseFeatures(scanLine(raw, null).features);
}
