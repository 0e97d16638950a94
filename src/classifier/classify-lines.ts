// Context-aware content/boilerplate labelling of scraped plain-text lines
// (in the spirit of jusText and boilerpipe). Lines are scored on their own, the densest
// span of prose is found with a maximum-sum pass, and context rules settle the rest.

import { languages } from "../lexicon/stopwords.js";
import { lineFeatures, type LineFeatures } from "./features.js";

export interface ClassifierLine {
  text: string;
  block: number;
}

export interface ClassifierParams {
  /** Fewest words for a line to count as prose: menus and labels are shorter. */
  proseMinWords: number;
  /** Least stop-word share for prose: running text is full of function words, link lists are not. */
  proseMinStopwordDensity: number;
  /** Fewest words for prose without sentence-final punctuation: teaser headlines run to 10-20 words. */
  unpunctuatedProseMinWords: number;
  /** Fewest characters for prose when the language is unknown (no stop-word list fits). */
  proseMinCharsNoLanguage: number;
  /** Words beyond this add nothing to a prose line's score, so one huge line cannot drag the region. */
  proseWordCap: number;
  /** Cost of a non-prose line in the region search: how much prose it takes to bridge it. */
  nonProsePenalty: number;
  /** Extra cost of a Title Case line: menu entries and teaser headlines are Title Case, list items in prose mostly are not. */
  titleCasePenalty: number;
  /** Share of capitalised words from which a line counts as Title Case. */
  titleCaseShare: number;
  /** Extra cost of widget debris: image alts, form fields, inline menus, copyright lines. */
  debrisPenalty: number;
  indentRule: number;
  bulletIndentSlack: number;
  /** Lines searched back from the region start for the article's title. */
  titleLookback: number;
  /** Most words a title line may have. */
  titleMaxWords: number;
}

export const defaultClassifierParams: ClassifierParams = {
  proseMinWords: 8,
  proseMinStopwordDensity: 0.2,
  unpunctuatedProseMinWords: 25,
  proseMinCharsNoLanguage: 60,
  proseWordCap: 80,
  nonProsePenalty: 3,
  titleCasePenalty: 4,
  titleCaseShare: 0.6,
  debrisPenalty: 6,
  indentRule: 1,
  bulletIndentSlack: 6,
  titleLookback: 8,
  titleMaxWords: 30,
};

export type LineLabel = "content" | "boilerplate";

export interface LineVerdict {
  label: LineLabel;
  evidence: Record<string, number | string | boolean>;
}

/** Index (into `languages`) of the language with most stop-word hits on the page, -1 if none. */
function documentLanguage(feats: readonly LineFeatures[]): number {
  const totals = new Array<number>(languages.length).fill(0);
  for (const f of feats) for (let l = 0; l < totals.length; l++) totals[l]! += f.stopwordHits[l]!;
  let best = -1;
  totals.forEach((n, l) => {
    if (n > 0 && (best < 0 || n > totals[best]!)) best = l;
  });
  return best;
}

function isProse(f: LineFeatures, density: number, p: ClassifierParams, knownLanguage: boolean): boolean {
  if (!knownLanguage) return f.chars >= p.proseMinCharsNoLanguage && f.sentences > 0;
  return (
    density >= p.proseMinStopwordDensity &&
    (f.endsSentence ? f.words >= p.proseMinWords : f.words >= p.unpunctuatedProseMinWords)
  );
}

/** How strongly a non-prose line argues against being inside the article. */
function penalty(f: LineFeatures, p: ClassifierParams): number {
  let cost = p.nonProsePenalty;
  if (f.titleCaseShare >= p.titleCaseShare && f.words > 1) cost += p.titleCasePenalty;
  if (f.bracketed || f.separators > 1 || f.copyright) cost += p.debrisPenalty;
  return cost;
}

/** Leading white space in columns: w3m indents nested lists, quotes and sidebars. */
function indentOf(text: string): number {
  let n = 0;
  while (n < text.length && (text[n] === " " || text[n] === "\t")) n++;
  return n;
}

/** The indentation carrying most prose words in the region: the article body's column. */
function dominantIndent(
  indents: readonly number[],
  feats: readonly LineFeatures[],
  prose: readonly boolean[],
  start: number,
  end: number,
): number {
  const weight = new Map<number, number>();
  for (let i = start; i <= end; i++) {
    if (prose[i] && !feats[i]!.bullet) weight.set(indents[i]!, (weight.get(indents[i]!) ?? 0) + feats[i]!.words);
  }
  let best = 0;
  let bestWeight = 0;
  for (const [indent, w] of weight) if (w > bestWeight) [best, bestWeight] = [indent, w];
  return best;
}

/** Maximum-sum contiguous span (Kadane); [0, -1] when every score is negative. */
function densestSpan(scores: readonly number[]): [number, number] {
  let best = 0;
  let bestStart = 0;
  let bestEnd = -1;
  let run = 0;
  let runStart = 0;
  for (let i = 0; i < scores.length; i++) {
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

function looksLikeTitle(f: LineFeatures, p: ClassifierParams): boolean {
  return (
    f.words >= 2 &&
    f.words <= p.titleMaxWords &&
    !f.bullet &&
    !f.bracketed &&
    f.digitShare < 0.3 &&
    f.separators === 0 &&
    f.sentences === 0
  );
}

export function classifyLines(lines: readonly ClassifierLine[], params?: Partial<ClassifierParams>): LineVerdict[] {
  const p: ClassifierParams = { ...defaultClassifierParams, ...params };
  const feats = lines.map((l) => lineFeatures(typeof l.text === "string" ? l.text : ""));
  const lang = documentLanguage(feats);
  const density = feats.map((f) => (lang < 0 || f.words === 0 ? 0 : f.stopwordHits[lang]! / f.words));
  const prose = feats.map((f, i) => isProse(f, density[i]!, p, lang >= 0));
  const scores = feats.map((f, i) => (prose[i] ? Math.min(f.words, p.proseWordCap) : -penalty(f, p)));
  const [start, end] = densestSpan(scores);
  const indents = lines.map((l) => indentOf(typeof l.text === "string" ? l.text : ""));
  const mainIndent = dominantIndent(indents, feats, prose, start, end);

  let title = -1;
  for (let i = start - 1; i >= 0 && i >= start - p.titleLookback; i--) {
    if (looksLikeTitle(feats[i]!, p)) {
      title = i;
      break;
    }
  }

  return feats.map((f, i) => {
    let why: string;
    let content: boolean;
    if (i === title) [why, content] = ["title", true];
    else if (i < start || i > end) [why, content] = ["outside-main-region", false];
    else if (f.bracketed) [why, content] = ["bracketed", false];
    else if (p.indentRule > 0 && (f.bullet ? indents[i]! > mainIndent + p.bulletIndentSlack : indents[i]! !== mainIndent)) [why, content] = ["off-indent", false];
    else [why, content] = [prose[i] ? "prose" : "inside-main-region", true];
    return {
      label: content ? "content" : "boilerplate",
      evidence: {
        words: f.words,
        stopwordDensity: Math.round(density[i]! * 100) / 100,
        score: scores[i]!,
        why,
      },
    };
  });
}
