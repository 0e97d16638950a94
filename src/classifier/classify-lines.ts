// Context-aware content/boilerplate labelling of scraped plain-text lines
// (in the spirit of jusText and boilerpipe). Lines are scored on their own, the densest
// span of prose is found with a maximum-sum pass, and context rules settle the rest.

import { lineFeatures, type LineFeatures } from "./features.js";
import { densestSpan, documentLanguage, extendRegion, nearProse, repeatedLines } from "./page-spans.js";

export interface ClassifierLine {
  text: string;
  block: number;
  /** `lineFeatures(text)`, when the caller already has it (the engine keeps it across passes). */
  features?: LineFeatures;
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
  /** Extra cost of widget debris: image alts, form fields, inline menus, copyright and date lines. */
  debrisPenalty: number;
  /** Digit share from which a line reads as a date, counter or price rather than text. */
  digitHeavyShare: number;
  /** Lines a short line may sit from the nearest prose line inside the region and still be kept (headings, list items). */
  shortLineReach: number;
  /** Non-prose lines a prose line outside the region may be separated from content by and still join it. */
  extensionGap: number;
  /** Lines searched back from the region start for the article's title. */
  titleLookback: number;
  /** Most words a title line may have. */
  titleMaxWords: number;
}

export const defaultClassifierParams: ClassifierParams = {
  proseMinWords: 6,
  proseMinStopwordDensity: 0.15,
  unpunctuatedProseMinWords: 20,
  proseMinCharsNoLanguage: 60,
  proseWordCap: 80,
  nonProsePenalty: 1.5,
  titleCasePenalty: 3,
  titleCaseShare: 0.6,
  debrisPenalty: 6,
  digitHeavyShare: 0.3,
  shortLineReach: 8,
  extensionGap: 1,
  titleLookback: 8,
  titleMaxWords: 30,
};

export type LineLabel = "content" | "boilerplate";

export interface LineVerdict {
  label: LineLabel;
  evidence: Record<string, number | string | boolean>;
}

/** Running text: long enough, rich in function words, and sentence-shaped unless very long. */
function isProse(f: LineFeatures, density: number, p: ClassifierParams, knownLanguage: boolean): boolean {
  if (!knownLanguage) return f.chars >= p.proseMinCharsNoLanguage && f.sentences > 0;
  return (
    density >= p.proseMinStopwordDensity &&
    (f.endsSentence ? f.words >= p.proseMinWords : f.words >= p.unpunctuatedProseMinWords)
  );
}

/** How strongly a non-prose line argues against being inside the article. */
function penalty(f: LineFeatures, debris: boolean, p: ClassifierParams): number {
  let cost = p.nonProsePenalty;
  if (f.titleCaseShare >= p.titleCaseShare && f.words > 1) cost += p.titleCasePenalty;
  if (debris) cost += p.debrisPenalty;
  return cost;
}

/** Widget debris: image alts, form fields, inline menus, copyright and date lines. */
function isDebris(f: LineFeatures, p: ClassifierParams): boolean {
  return f.bracketed || f.separators > 1 || f.copyright || f.digitShare >= p.digitHeavyShare || f.words === 0;
}

/** A short heading-like line: the article title sits just before the body. */
function looksLikeTitle(f: LineFeatures, p: ClassifierParams): boolean {
  return (
    f.words >= 2 &&
    f.words <= p.titleMaxWords &&
    !f.bullet &&
    !f.bracketed &&
    f.digitShare < p.digitHeavyShare &&
    f.separators === 0 &&
    f.sentences === 0
  );
}

/** Why a line got its label, by index (`Labelled.why`). */
const WHY = ["title", "outside-main-region", "debris", "prose-near-region", "prose", "repeated", "far-from-prose", "short-near-prose"] as const;

/** Every line's label and the measures behind it, one typed array per measure (no object per
 *  line: pages run to a million lines). `verdictAt` builds a line's verdict when it is asked for. */
export interface Labelled {
  content: Uint8Array;
  why: Uint8Array;
  words: Float64Array;
  density: Float64Array;
  score: Float64Array;
  prose: Uint8Array;
}

/** Labels every line; never throws, and returns one verdict per input line in order. */
export function classifyLines(lines: readonly ClassifierLine[], params?: Partial<ClassifierParams>): LineVerdict[] {
  const labelled = labelLines(lines, params);
  return Array.from(labelled.content, (_, i) => {
    const { label, evidence } = verdictAt(labelled, i);
    return { label, evidence };
  });
}

/** The verdict on line i, as classifyLines gives it; its evidence is built when read (a rule
 *  asking for the other label never reads it). */
export function verdictAt(l: Labelled, i: number): LineVerdict {
  return new VerdictAt(l, i);
}

class VerdictAt implements LineVerdict {
  readonly label: LineLabel;

  constructor(
    private readonly l: Labelled,
    private readonly i: number,
  ) {
    this.label = l.content[i] === 1 ? "content" : "boilerplate";
  }

  get evidence(): LineVerdict["evidence"] {
    const { l, i } = this;
    return {
      words: l.words[i]!,
      stopwordDensity: Math.round(l.density[i]! * 100) / 100,
      score: l.score[i]!,
      prose: l.prose[i] === 1,
      why: WHY[l.why[i]!]!,
    };
  }
}

/** What classifyLines decides, kept compact. */
export function labelLines(lines: readonly ClassifierLine[], params?: Partial<ClassifierParams>): Labelled {
  const p: ClassifierParams = { ...defaultClassifierParams, ...params };
  const n = lines.length;
  const texts = lines.map((l) => (typeof l?.text === "string" ? l.text : ""));
  const feats = texts.map((t, i) => (lines[i]?.features !== undefined && typeof lines[i]?.text === "string" ? lines[i]!.features! : lineFeatures(t)));
  const lang = documentLanguage(feats);
  const density = new Float64Array(n);
  const prose: boolean[] = new Array<boolean>(n);
  const debris: boolean[] = new Array<boolean>(n);
  const scores: number[] = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    const f = feats[i]!;
    density[i] = lang < 0 || f.words === 0 ? 0 : f.stopwordHits[lang]! / f.words;
    prose[i] = isProse(f, density[i]!, p, lang >= 0);
    debris[i] = isDebris(f, p);
    scores[i] = prose[i] ? Math.min(f.words, p.proseWordCap) : -penalty(f, debris[i]!, p);
  }
  const repeated = repeatedLines(texts.map((t) => t.trim()));
  const [start, end] = densestSpan(scores);

  const [first, last] = extendRegion(prose, start, end, p.extensionGap);
  const near = nearProse(prose, first, last, p.shortLineReach);

  // The title is the wordiest heading-like line just above the body: bylines, dates and
  // "4 min read" lines sit between them and are heading-like too, but shorter.
  let title = -1;
  for (let i = first - 1; i >= 0 && i >= first - p.titleLookback; i--) {
    if (looksLikeTitle(feats[i]!, p) && (title < 0 || feats[i]!.words > feats[title]!.words)) title = i;
  }

  const out: Labelled = { content: new Uint8Array(n), why: new Uint8Array(n), words: new Float64Array(n), density, score: Float64Array.from(scores), prose: new Uint8Array(n) };
  for (let i = 0; i < n; i++) {
    let why: (typeof WHY)[number];
    let content: boolean;
    if (i === title) [why, content] = ["title", true];
    else if (i < first || i > last) [why, content] = ["outside-main-region", false];
    else if (debris[i] && !prose[i]) [why, content] = ["debris", false];
    else if (prose[i]) [why, content] = [i < start || i > end ? "prose-near-region" : "prose", true];
    else if (repeated[i]) [why, content] = ["repeated", false];
    else if (!near[i]) [why, content] = ["far-from-prose", false];
    else [why, content] = ["short-near-prose", true];
    out.content[i] = content ? 1 : 0;
    out.why[i] = WHY.indexOf(why);
    out.words[i] = feats[i]!.words;
    out.prose[i] = prose[i] ? 1 : 0;
  }
  return out;
}
