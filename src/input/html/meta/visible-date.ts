// The dates a page shows its readers next to the headline ("Published on July 18, 2025",
// "Updated: Dec 12, 2025"), for pages whose metadata states none. A short piece of text that is a
// date, nearest the headline, is the article's; dates far down are those of comments or teasers.
// A date labelled as an update ("Last updated on", in its own text or in the label before it) is
// when the page last changed, not when it was published: it is kept apart as the updated date.
import { parseDate } from "../../../metadata/parse-date.js";
import type { Gathered, TextRun } from "./gather.js";
import { VISIBLE_DATE } from "../vocabulary.js";
import { alternation, classMatcher } from "./words.js";

const LABEL = new RegExp(`^(?:${alternation(VISIBLE_DATE.labels)})\\s*:?\\s*`, "iu");
/** A label written in its own element before the date: "Updated on" | "Feb 24, 2026". */
const LABEL_ONLY = new RegExp(`^(?:${alternation(VISIBLE_DATE.labels)})\\s*:?$`, "iu");
/** "Last Updated" | "on" | "Feb 27, 2026": a label may be split over this many elements. */
const LABEL_RUNS = 2;
/** "Joined:", "Founded:", "Book:": the date after such a label is that field's value; "Release
 *  date:", "Published:" name a date of the page itself. */
const FIELD_LABEL = /^[\p{L} ]{2,24}:$/u;
const DATE_WORD = new RegExp(`\\b(?:${alternation(VISIBLE_DATE.classWords)})\\b`, "iu");
const ofOtherField = (text: string): boolean => FIELD_LABEL.test(text) && !DATE_WORD.test(text);
const UPDATE = new RegExp(`\\b(?:${alternation(VISIBLE_DATE.updateWords)})\\b`, "iu");
/** Longer text is a sentence that mentions a date, not a date line. */
const LONGEST_DATE_TEXT = 80;
/** How far from the headline, in text runs, a date line may sit; further when it is marked as one
 *  (a label, or a date class on it or its parent). */
const REACH = { after: 80, before: 40 };
const MARKED_REACH = { after: 300, before: 120 };
const dateClass = classMatcher(VISIBLE_DATE.classWords);
const updateClass = classMatcher(VISIBLE_DATE.updateWords);

export interface FoundDate {
  value: string;
  order: number;
  /** Runs from the headline; those before it count double. */
  distance: number;
  /** Whether a label ("Published", "Posted on") stands before it. */
  labelled: boolean;
}

export function visibleDates(g: Gathered, anchor: number): { published?: FoundDate; updated?: FoundDate } {
  let published: FoundDate | undefined;
  let updated: FoundDate | undefined;
  const first = Math.max(0, anchor - MARKED_REACH.before);
  for (const run of g.runs.slice(first, anchor + MARKED_REACH.after + 1)) {
    if (run.raw.length > 4 * LONGEST_DATE_TEXT || !/\d/u.test(run.raw) || run.text.length > LONGEST_DATE_TEXT) continue;
    const distance = run.order >= anchor ? run.order - anchor : (anchor - run.order) * 2;
    if (published && updated && distance >= published.distance && distance >= updated.distance) continue;
    const own = LABEL.exec(run.text)?.[0] ?? "";
    const value = parseDate(run.text.slice(own.length));
    if (!value) continue;
    const label = `${labelBefore(g, run)} ${own}`.trim();
    if (label === "" && own === "" && ofOtherField(g.runs[run.order - 1]?.text ?? "")) continue;
    const parent = run.parent.parent;
    const marked = label !== "" || dateClass(run.parent.attribs) || (parent?.attribs !== undefined && dateClass(parent.attribs));
    const reach = marked ? MARKED_REACH : REACH;
    if (run.order > anchor + reach.after || run.order < anchor - reach.before) continue;
    const found = { value, order: run.order, distance, labelled: label !== "" };
    if (UPDATE.test(label) || updateClass(run.parent.attribs)) {
      if (!updated || distance < updated.distance) updated = found;
    } else if (!published || distance < published.distance) published = found;
  }
  return { published, updated };
}

/** The label-only runs just before a date's run, joined. */
function labelBefore(g: Gathered, run: TextRun): string {
  let label = "";
  for (let i = run.order - 1; i >= Math.max(0, run.order - LABEL_RUNS) && LABEL_ONLY.test(g.runs[i]!.text); i--) label = `${g.runs[i]!.text} ${label}`;
  return label.trim();
}
