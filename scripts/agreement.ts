// Metadata agreement with the dev set's truth (title, author, date), shared by both evals.
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

/** Per field: [pages where ours agrees, pages where the truth has the field]. */
export type Agreement = Record<"title" | "author" | "date", [number, number]>;

export const newAgreement = (): Agreement => ({ title: [0, 0], author: [0, 0], date: [0, 0] });

// As the dev set's README defines agreement: lower case, one kind of quote, dash and space;
// an author without a leading "by ".
const norm = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[‘’‚‛′`´]/gu, "'")
    .replace(/[“”„‟″«»]/gu, '"')
    .replace(/[‐‑‒–—―−]/gu, "-")
    .replace(/\s+/gu, " ")
    .trim();
const person = (s: string): string => norm(s).replace(/^by\s+/u, "");

export function tallyMetadata(acc: Agreement, truth: Truth, m: Metadata): void {
  tally(acc.title, truth.title, m.title, (a, b) => norm(a) === norm(b));
  tally(acc.author, truth.author, m.author, (a, b) => person(b).includes(person(a)) || person(a).includes(person(b)));
  tally(acc.date, truth.publish_date, m.publishedAt, (a, b) => a.slice(0, 10) === b.slice(0, 10));
}

function tally(acc: [number, number], truth: string | undefined, ours: string | undefined, same: (a: string, b: string) => boolean): void {
  if (!truth) return;
  acc[1]++;
  if (ours && same(truth, ours)) acc[0]++;
}

export const pct = (a: number, b: number): string => (b === 0 ? "n/a" : `${((a / b) * 100).toFixed(1)}%`);

export const describeAgreement = (a: Agreement): string =>
  `metadata agreement: title ${pct(...a.title)}, author ${pct(...a.author)}, date ${pct(...a.date)}`;
