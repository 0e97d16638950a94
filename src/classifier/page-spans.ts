// Page-level steps shared by the line classifier and the article-region model: the page's
// language, the densest run of line scores, and how far a region of prose reaches.
import { languages } from "../lexicon/stopwords.js";
import type { LineFeatures } from "./features.js";

/** Index (into `languages`) of the language with most stop-word hits on the page, -1 if none. */
export function documentLanguage(feats: readonly LineFeatures[]): number {
  const totals = new Array<number>(languages.length).fill(0);
  for (const f of feats) {
    // Read once a line: a line's features are a view, each field read through it a few loads.
    const hits = f.stopwordHits;
    for (let l = 0; l < totals.length; l++) totals[l]! += hits[l]!;
  }
  return mostHits(totals);
}

/** Index of the language with most of `totals` (stop-word hits per language), the first on a
 *  tie, -1 when there is none. */
export function mostHits(totals: readonly number[]): number {
  let best = -1;
  totals.forEach((n, l) => {
    if (n > 0 && (best < 0 || n > totals[best]!)) best = l;
  });
  return best;
}

/** Maximum-sum contiguous span of scores[from..to] (Kadane); [from, from - 1] when every score is negative. */
export function densestSpan(scores: ArrayLike<number>, from = 0, to = scores.length - 1): [number, number] {
  let best = 0;
  let bestStart = from;
  let bestEnd = from - 1;
  let run = 0;
  let runStart = from;
  for (let i = from; i <= to; i++) {
    if (run <= 0) {
      run = 0;
      runStart = i;
    }
    run += scores[i]!;
    if (run > best) {
      best = run;
      bestStart = runStart;
      bestEnd = i;
    }
  }
  return [bestStart, bestEnd];
}

/** Grows [start, end] over prose lines separated from it by at most `gap` other lines. */
export function extendRegion(prose: ArrayLike<boolean | number>, start: number, end: number, gap: number): [number, number] {
  if (end < start) return [start, end];
  for (let i = start - 1, run = 0; i >= 0 && run <= gap; i--) {
    if (prose[i]) [start, run] = [i, 0];
    else run++;
  }
  for (let i = end + 1, run = 0; i < prose.length && run <= gap; i++) {
    if (prose[i]) [end, run] = [i, 0];
    else run++;
  }
  return [start, end];
}

/** Whether each line lies within `reach` lines of a prose line of the region (two linear sweeps). */
export function nearProse(prose: readonly boolean[], first: number, last: number, reach: number): boolean[] {
  const near = new Array<boolean>(prose.length).fill(false);
  markNearProse(prose, first, last, reach, near);
  return near;
}

/** nearProse into `near`, for the lines first..last only (the rest of `near` is left as it is). */
export function markNearProse(prose: ArrayLike<boolean | number>, first: number, last: number, reach: number, near: { [i: number]: boolean | number }): void {
  // Each sweep starts from a line just out of reach of the span, a whole number: an infinite
  // sentinel would make the sweep's arithmetic fractional, which the optimized code bails out on.
  let seen = first - reach - 1;
  for (let i = first; i <= last; i++) {
    if (prose[i]) seen = i;
    near[i] = i - seen <= reach;
  }
  seen = last + reach + 1;
  for (let i = last; i >= first; i--) {
    if (prose[i]) seen = i;
    if (seen - i <= reach) near[i] = true;
  }
}

/** Lines whose trimmed text occurs more than once on the page: duplicated widgets, menus and calls to action. */
export function repeatedLines(keys: readonly string[]): boolean[] {
  const once = repeatedTexts(keys.length, (i) => keys[i]!);
  return keys.map((_, i) => once[i] === 1);
}

/** repeatedLines over `count` lines read by `textAt` (trimmed here), as 1 for a repeated line. */
export function repeatedTexts(count: number, textAt: (i: number) => string): Uint8Array {
  // Only a repeat matters: a text seen once maps to its line, seen again to -1.
  const first = new Map<string, number>();
  const out = new Uint8Array(count);
  for (let i = 0; i < count; i++) {
    const key = textAt(i).trim();
    const at = first.get(key);
    if (at === undefined) first.set(key, i);
    else {
      out[i] = 1;
      if (at >= 0) {
        out[at] = 1;
        first.set(key, -1);
      }
    }
  }
  return out;
}
