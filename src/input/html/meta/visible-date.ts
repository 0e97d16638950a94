// The date a page shows its readers next to the headline ("Published on July 18, 2025",
// "Updated: Dec 12, 2025"), for pages whose metadata states none. A short piece of text that is a
// date, nearest the headline, is the article's; dates far down are those of comments or teasers.
import { parseDate } from "../../../metadata/parse-date.js";
import type { Gathered } from "./gather.js";
import { VISIBLE_DATE } from "./vocabulary.js";
import { alternation } from "./words.js";

const LABEL = new RegExp(`^(?:${alternation(VISIBLE_DATE.labels)})\\s*:?\\s*`, "iu");
/** Longer text is a sentence that mentions a date, not a date line. */
const LONGEST_DATE_TEXT = 80;
/** How far from the headline, in text runs, a date line may sit. */
const REACH_AFTER = 80;
const REACH_BEFORE = 40;

export interface FoundDate {
  value: string;
  order: number;
}

export function visibleDate(g: Gathered, anchor: number): FoundDate | undefined {
  let best: (FoundDate & { distance: number }) | undefined;
  for (const run of g.runs) {
    if (run.text.length > LONGEST_DATE_TEXT || !/\d/u.test(run.text)) continue;
    const distance = run.order >= anchor ? run.order - anchor : (anchor - run.order) * 2;
    if (run.order > anchor + REACH_AFTER || run.order < anchor - REACH_BEFORE) continue;
    if (best && distance >= best.distance) continue;
    const value = parseDate(run.text.replace(LABEL, ""));
    if (value) best = { value, order: run.order, distance };
  }
  return best && { value: best.value, order: best.order };
}
