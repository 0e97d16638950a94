// `doubledLead`: the unit opens with one text printed twice in a row ("A car in the snow.A car in
// the snow.Renting a car gives you..."): a dump prints a picture's alt text and then the link or
// caption that repeats it, glued to the paragraph that follows. The hit's span is both copies.
import { bounds } from "./check.js";
import { SpecError, type MatcherFactory } from "./matcher.js";
import { defineMatcher } from "../plan/need.js";

/** Characters of the first copy compared before the whole copy is: a cheap search for where the second may start. */
const PROBE = 8;
const LETTER = /\p{L}/u;

/** The length of the copy when `text` from `start` opens with one text of `min` to `max`
 *  characters printed twice (glued, or with one space between), else -1; the shortest such copy.
 *  A copy may not hold a run of spaces (a table row whose cells repeat is not a printed-twice
 *  text) and must hold a letter. The search looks no further than `max` characters, and its
 *  first `min` characters are checked before any search, so a long line of one repeated mark
 *  costs no more than a short one. */
export function doubledLead(text: string, start: number, min: number, max = Infinity): number {
  if (text.length - start < 2 * min) return -1;
  const head = text.slice(start, start + min);
  if (head.includes("  ") || !LETTER.test(head)) return -1;
  const probe = text.slice(start, start + PROBE);
  const last = Math.min(start + max + 1, start + ((text.length - start + 1) >> 1));
  for (let at = text.indexOf(probe, start + min); at >= 0 && at <= last; at = text.indexOf(probe, at + 1)) {
    const len = text.charCodeAt(at - 1) === 32 ? at - start - 1 : at - start;
    if (len < min || len > max || !sameRun(text, start, at, len)) continue;
    if (!text.slice(start, start + len).includes("  ")) return len;
  }
  return -1;
}

function sameRun(text: string, a: number, b: number, len: number): boolean {
  if (b + len > text.length) return false;
  for (let i = 0; i < len; i++) if (text.charCodeAt(a + i) !== text.charCodeAt(b + i)) return false;
  return true;
}

/** `doubledLead: {min: 20}`: the unit starts (after white space) with a text of at least `min`
 *  characters printed twice in a row, and goes on after it; the span covers both copies and the
 *  white space before them. A unit
 *  that is only the two copies is not matched: a card's title linked twice (a shop's listing) is
 *  the page's item, and the region model reads such a line on its own (printedTwice). */
export const doubledLeadMatcher: MatcherFactory = (value, path) => {
  const b = bounds(value, path);
  if (!Number.isFinite(b.min) || b.min < 2) throw new SpecError(path, "expected {min: N} with N of at least 2");
  const min = b.min;
  return defineMatcher({ context: false, needs: { kind: "length", min: 2 * min, max: Infinity }, test: (s) => {
    const text = s.text;
    let start = 0;
    while (start < text.length && text.charCodeAt(start) <= 32) start++;
    const len = doubledLead(text, start, min, b.max);
    if (len < 0) return null;
    // The second copy starts where the first ends, or one space later.
    const second = sameRun(text, start, start + len, len) ? start + len : start + len + 1;
    if (!LETTER.test(text.slice(second + len))) return null;
    // The white space before the copies goes with them: what is left is a piece of the line.
    return { span: [0, second + len], evidence: { copyChars: len } };
  } });
};
