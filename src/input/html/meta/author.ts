// Authors from what the page shows: bylines marked by itemprop/rel/class, links to an author page,
// and text led by a label ("By", "Written by"). The one nearest the headline is the article's; the
// others belong to teasers, author boxes of other posts, or quotes.
import { parseDate } from "../../../metadata/parse-date.js";
import type { Gathered } from "./gather.js";
import { BYLINE } from "../vocabulary.js";
import { alternation } from "./words.js";
import { nameShaped } from "./name-shape.js";

export interface FoundByline {
  names: string[];
  from: string;
  order: number;
}

const LABEL = new RegExp(`^(?:${alternation([...BYLINE.labels, ...BYLINE.leadIns])})\\s*:?(?:\\s+|$)`, "iu");
const LEADING_LABEL = new RegExp(`^\\s*(?:${alternation(BYLINE.labels)})\\s*:?(?:\\s+|$)`, "iu");
const OTHER_ROLE = new RegExp(`^(?:${alternation(BYLINE.otherRoles)})\\b`, "iu");
const NOT_NAME = new RegExp(`^(?:${alternation(BYLINE.notNames)})$`, "iu");
// "Ann Lee | Reuters", "Ann Lee • 5 min read", "Ann Lee - June 3": the name is the first part.
const SEPARATOR = /\s*(?:[|•·]|\s[–—-]\s)\s*/u;
const TAIL = new RegExp(
  `(?:^|\\s+)(?:on\\s+)?(?:originally\\s+)?(?:(?:last\\s+)?updated|published|posted|modified|in)\\b.*$|\\s+on\\s+\\p{L}{3,9}\\.?\\s+\\d.*$|\\s+(?:${alternation(BYLINE.afterName)})\\b.*$`,
  "iu",
);
// "Jul 11", "11 July": a date without its year.
const DAY_OF_MONTH = /^(?:\p{L}{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}\.?\s+\p{L}{3,9})$/u;
const LONGEST_NAME = 100;
const CODE_TAGS: ReadonlySet<string> = new Set(["code", "kbd", "samp", "var", "pre"]);
const MOST_WORDS = 12;
/** How far (in text runs) a label's name may follow the label. */
const LABEL_REACH = 2;
/** Bylines of one article sit together: several authors are marked within this many runs. */
const CO_AUTHOR_REACH = 8;

/** "By Ann Lee | Reuters" -> "Ann Lee"; undefined when no part of it reads as a name. */
export function cleanName(raw: string): string | undefined {
  for (const part of raw.split(SEPARATOR)) {
    let s = part.trim();
    if (OTHER_ROLE.test(s)) return undefined;
    for (let i = 0; i < 3 && LABEL.test(s); i++) s = s.replace(LABEL, "");
    s = s.replace(TAIL, "").replace(/^[\s,:;.–—-]+|[\s,:;–—-]+$/gu, "");
    if (looksLikeName(s) && nameShaped(s)) return s;
  }
  return undefined;
}

export function looksLikeName(s: string): boolean {
  if (s.length < 2 || s.length > LONGEST_NAME || NOT_NAME.test(s)) return false;
  if (/[?!@<>{}=]|https?:|www\.|^\d+$/u.test(s) || s.split(/\s+/u).length > MOST_WORDS) return false;
  if (parseDate(s) !== undefined || /^[\d\s.,:/-]+$/u.test(s) || DAY_OF_MONTH.test(s)) return false;
  return /^[\p{L}\d]/u.test(s);
}

/** The visible byline nearest the headline (at `anchor` in reading order). */
export function visibleByline(g: Gathered, anchor: number): FoundByline | undefined {
  const found: Array<FoundByline & { parent: unknown }> = [];
  for (const mark of g.bylines) {
    const name = cleanName(mark.text);
    if (name) found.push({ names: [name], from: mark.how === "author-link" ? "a[href=author page]" : mark.how === "class" ? "byline" : mark.how, order: mark.order, parent: mark.parent });
  }
  for (const run of g.runs) {
    if (!LEADING_LABEL.test(run.raw) || OTHER_ROLE.test(run.text)) continue;
    const rest = run.text.replace(LABEL, "");
    // "By clicking", "by default,": in running text "by" leads on to a lower-case word; a handle
    // written in lower case stands in an element of its own ("By <a>whova</a>").
    if (/^\p{Ll}/u.test(rest)) continue;
    const next = rest !== "" ? undefined : g.runs.slice(run.order + 1, run.order + 1 + LABEL_REACH).find((r) => r.text.length > 1);
    // "By <code>default</code>": a word of code, as in "ORDER BY expr", is not a name.
    if (next && CODE_TAGS.has(next.parent.name)) continue;
    const text = rest !== "" ? rest : next?.text;
    const name = text ? cleanName(text) : undefined;
    if (name) found.push({ names: [name], from: "text:by-label", order: run.order, parent: run.parent });
  }
  if (found.length === 0) return undefined;
  const distance = (order: number): number => (order >= anchor ? order - anchor : (anchor - order) * 2);
  const best = found.reduce((a, b) => (distance(b.order) < distance(a.order) ? b : a));
  const names = new Set(best.names);
  for (const f of found) if (f.parent === best.parent && f.from === best.from && Math.abs(f.order - best.order) <= CO_AUTHOR_REACH) for (const n of f.names) names.add(n);
  return { names: [...names], from: best.from, order: best.order };
}
