// The date a page shows its readers next to the headline ("Published on July 18, 2025",
// "Updated: Dec 12, 2025"), for pages whose metadata states none. A short piece of text that is a
// date, nearest the headline, is the article's; dates far down are those of comments or teasers.
import { parseDate } from "../../../metadata/parse-date.js";
import type { Gathered } from "./gather.js";
import { VISIBLE_DATE } from "../vocabulary.js";
import { alternation, classMatcher } from "./words.js";

const LABEL = new RegExp(`^(?:${alternation(VISIBLE_DATE.labels)})\\s*:?\\s*`, "iu");
/** Longer text is a sentence that mentions a date, not a date line. */
const LONGEST_DATE_TEXT = 80;
/** How far from the headline, in text runs, a date line may sit; further when it is marked as one
 *  (a label, or a date class on it or its parent). */
const REACH = { after: 80, before: 40 };
const MARKED_REACH = { after: 300, before: 120 };
const dateClass = classMatcher(VISIBLE_DATE.classWords);

export interface FoundDate {
  value: string;
  order: number;
}

export function visibleDate(g: Gathered, anchor: number): FoundDate | undefined {
  let best: (FoundDate & { distance: number }) | undefined;
  const first = Math.max(0, anchor - MARKED_REACH.before);
  for (const run of g.runs.slice(first, anchor + MARKED_REACH.after + 1)) {
    if (run.raw.length > 4 * LONGEST_DATE_TEXT || !/\d/u.test(run.raw) || run.text.length > LONGEST_DATE_TEXT) continue;
    const distance = run.order >= anchor ? run.order - anchor : (anchor - run.order) * 2;
    if (best && distance >= best.distance) continue;
    const unlabelled = run.text.replace(LABEL, "");
    const value = parseDate(unlabelled);
    if (!value) continue;
    const parent = run.parent.parent;
    const marked = unlabelled !== run.text || dateClass(run.parent.attribs) || (parent?.attribs !== undefined && dateClass(parent.attribs));
    const reach = marked ? MARKED_REACH : REACH;
    if (run.order > anchor + reach.after || run.order < anchor - reach.before) continue;
    best = { value, order: run.order, distance };
  }
  return best && { value: best.value, order: best.order };
}
