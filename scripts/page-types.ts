// Mean word scores over pages, overall and per page type (the dev set's wcxb-other pages carry one).
import type { Score } from "./word-metric.js";

export interface MeanScore { p: number; r: number; f1: number }
export interface TypeScore extends MeanScore { pageType: string; pages: number }

const mean = (xs: number[]): number => (xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length);

export const meanScore = (scores: readonly Score[]): MeanScore => ({
  p: mean(scores.map((s) => s.precision)),
  r: mean(scores.map((s) => s.recall)),
  f1: mean(scores.map((s) => s.f1)),
});

/** One mean per page type, largest type first. */
export function byPageType<T extends { pageType: string }>(rows: readonly T[], pick: (row: T) => Score): TypeScore[] {
  const groups = new Map<string, Score[]>();
  for (const r of rows) {
    const list = groups.get(r.pageType) ?? [];
    list.push(pick(r));
    groups.set(r.pageType, list);
  }
  return [...groups].map(([pageType, scores]) => ({ pageType, pages: scores.length, ...meanScore(scores) })).sort((a, b) => b.pages - a.pages);
}

/** Pages whose detected page type is the truth's, overall and per type. */
export function describeDetection(rows: ReadonlyArray<{ pageType: string; detected?: string }>): string {
  const per = new Map<string, [number, number]>();
  for (const r of rows) {
    const t = per.get(r.pageType) ?? [0, 0];
    t[0]++;
    if (r.detected === r.pageType) t[1]++;
    per.set(r.pageType, t);
  }
  const right = rows.filter((r) => r.detected === r.pageType).length;
  return `${right}/${rows.length} right (${[...per].map(([type, [n, ok]]) => `${type} ${ok}/${n}`).join(", ")})`;
}
