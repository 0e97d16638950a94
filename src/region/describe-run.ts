// Says in a few words what a run of lines outside the article region looks like, for the
// removal's reason: "menu of 23 short lines", "list of 8 items", "12 lines: 5 of prose".
import type { LineFeatures } from "../classifier/features.js";
import type { EvidenceRows } from "./line-evidence.js";

/** Most words of a line counted as a menu entry. */
const SHORT_WORDS = 4;

export function describeRun(feats: readonly LineFeatures[], ev: EvidenceRows, [from, to]: [number, number]): string {
  const n = to - from + 1;
  if (n <= 0) return "the headline only";
  let short = 0;
  let bullets = 0;
  let prose = 0;
  let debris = 0;
  for (let i = from; i <= to; i++) {
    const f = feats[i]!;
    if (f.words <= SHORT_WORDS) short++;
    if (f.bullet) bullets++;
    if (ev.isProse(i)) prose++;
    if (ev.isDebris(i)) debris++;
  }
  const lines = n === 1 ? "1 line" : `${n} lines`;
  if (prose * 3 >= n) return `${lines} with ${prose} of prose (teasers, comments or another text)`;
  if (bullets * 2 >= n) return `list of ${n === 1 ? "1 item" : `${n} items`}`;
  if (short * 2 >= n) return `menu of ${n === 1 ? "1 short line" : `${n} short lines`}`;
  if (debris * 2 >= n) return `${lines} of widget debris`;
  return `${lines} of page chrome`;
}
