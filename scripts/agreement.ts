// Metadata agreement with the dev set's truth (title, author, date), shared by both evals.
// The rule is the dev set's own (its README): title equal after lower-casing and unifying quotes,
// dashes and spaces; author the same after removing a leading "by "; date: the first YYYY-MM-DD of
// ours equals the truth's. The looser comparison used before (author contained either way, no quote
// or dash unifying) is printed next to it so older figures stay comparable.
import type { Metadata } from "../src/index.js";

export interface Truth {
  id?: string;
  title?: string;
  author?: string;
  publish_date?: string;
  main_content?: string;
  with?: string[];
  without?: string[];
}

type Field = "title" | "author" | "date";
type Counts = Record<Field, [number, number]>;

/** Per field: [pages where ours agrees, pages where the truth has the field], by each comparison. */
export interface Agreement {
  strict: Counts;
  loose: Counts;
}

const counts = (): Counts => ({ title: [0, 0], author: [0, 0], date: [0, 0] });
export const newAgreement = (): Agreement => ({ strict: counts(), loose: counts() });

const spaces = (s: string): string => s.toLowerCase().replace(/\s+/gu, " ").trim();
const unified = (s: string): string =>
  spaces(s)
    .replace(/[‘’‚‛′`´]/gu, "'")
    .replace(/[“”„‟″«»]/gu, '"')
    .replace(/[‐‑‒–—―−]/gu, "-");
const firstDate = (s: string): string | undefined => /\d{4}-\d{2}-\d{2}/u.exec(s)?.[0];

const STRICT: Record<Field, (truth: string, ours: string) => boolean> = {
  title: (a, b) => unified(a) === unified(b),
  author: (a, b) => unified(a).replace(/^by\s+/u, "") === unified(b).replace(/^by\s+/u, ""),
  date: (a, b) => firstDate(b) !== undefined && firstDate(b) === firstDate(a),
};
const LOOSE: Record<Field, (truth: string, ours: string) => boolean> = {
  title: (a, b) => spaces(a) === spaces(b),
  author: (a, b) => spaces(b).includes(spaces(a)) || spaces(a).includes(spaces(b)),
  date: (a, b) => a.slice(0, 10) === b.slice(0, 10),
};

const pairs = (truth: Truth, m: Metadata) =>
  [
    ["title", truth.title, m.title],
    ["author", truth.author, m.author],
    ["date", truth.publish_date, m.publishedAt],
  ] as const;

export function tallyMetadata(acc: Agreement, truth: Truth, m: Metadata): void {
  for (const [field, t, ours] of pairs(truth, m)) {
    if (!t) continue;
    acc.strict[field][1]++;
    acc.loose[field][1]++;
    if (ours && STRICT[field](t, ours)) acc.strict[field][0]++;
    if (ours && LOOSE[field](t, ours)) acc.loose[field][0]++;
  }
}

/** The fields where ours disagrees with a truth that has the field (by the dev set's rule). */
export function metadataMisses(truth: Truth, m: Metadata): Array<{ field: Field; truth: string; ours?: string }> {
  return pairs(truth, m)
    .filter(([field, t, ours]) => t && !(ours && STRICT[field](t, ours)))
    .map(([field, t, ours]) => ({ field, truth: t!, ...(ours ? { ours } : {}) }));
}

export const pct = (a: number, b: number): string => (b === 0 ? "n/a" : `${((a / b) * 100).toFixed(1)}%`);

export const describeAgreement = (a: Agreement): string =>
  `metadata agreement: title ${pct(...a.strict.title)}, author ${pct(...a.strict.author)}, date ${pct(...a.strict.date)}` +
  ` (loose, as before: title ${pct(...a.loose.title)}, author ${pct(...a.loose.author)}, date ${pct(...a.loose.date)})`;
