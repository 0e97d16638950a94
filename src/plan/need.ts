// src/plan/ is the engine's one room for speed: what each matcher says it needs (this file),
// what a regex source needs (regex-needs.ts, pattern-needs.ts), the one scan that
// measures a line (line-scan.ts), the conditions on a unit's place in the page (place.ts) and
// the plan compiled from them (prefilter.ts). Nothing here changes a result: every need is a
// necessary condition, so a unit it turns away could not match.
//
// What a compiled matcher declares, recorded next to it so the engine can plan around it:
// - `context`: whether the result can depend on anything but the unit itself (neighbours,
//   position, the classifier's page-wide verdict). A context-free matcher gives the same hit
//   for the same text and line count, so the engine may reuse it from an earlier pass.
// - `need`: a necessary condition on the unit (size bounds, leading or contained words) that is
//   far cheaper to check than the matcher; "none" = no shortcut.
// - `checks`: the conditions the matcher itself asks (Subject.meets) before its costly work,
//   answered by the plan from the line scan's facts.
// Matchers built outside the vocabulary carry no record and are treated as context-dependent
// with no known condition.
import { LETTER, charClass } from "../lexicon/char-class.js";
import type { Matcher, RegionVerdict } from "../matchers/matcher.js";

export type Need =
  | { kind: "none" }
  | { kind: "all"; parts: Need[] }
  | { kind: "any"; parts: Need[] }
  | { kind: "words"; min: number; max: number }
  | { kind: "lines"; min: number; max: number }
  /** The untrimmed text has at least / at most this many UTF-16 units. */
  | { kind: "length"; min: number; max: number }
  /** The first letter run of the text equals (case-insensitively) one of these runs; `null` in
   *  the list = some alternative does not start with a letter, so no condition. */
  | { kind: "firstRun"; runs: string[] }
  /** Some letter run of the text equals one of these. */
  | { kind: "someRun"; runs: string[] }
  /** The first letter run of the text starts with one of these. */
  | { kind: "firstPrefix"; prefixes: string[] }
  /** Some letter run of the text starts with one of these: a literal word whose start is
   *  certain but whose end is not (a regex's `writer` in `writers?\b`, where `\b` lets a
   *  non-ASCII letter follow). */
  | { kind: "somePrefix"; prefixes: string[] }
  /** The text holds every one of these characters (each one of lexicon/fold.ts MARKS). */
  | { kind: "marks"; marks: string[] }
  /** The text has no letter run (as lexicon/fold.ts reads runs for word conditions). */
  | { kind: "noRun" }
  /** The neighbouring kept unit of the same kind exists and meets `need`. */
  | { kind: "prev" | "next"; need: Need }
  /** The region model run with `params` puts the unit in `part`. A condition on the unit's place
   *  in the page, not on its text: the facts cannot answer it, the engine reads it from the
   *  model's verdicts (plan/place.ts). */
  | { kind: "region"; part: RegionVerdict["part"]; params: Record<string, number> }
  /** The unit's position (Subject.position, to hundredths: plan/place.ts) is within min..max. A
   *  condition on its place in the page too. */
  | { kind: "position"; min: number; max: number };

/** An ask of the region model: the part a unit must stand in, the model's parameters. */
export type RegionAsk = Extract<Need, { kind: "region" }>;

export interface MatcherInfo {
  context: boolean;
  need: Need;
  /** The conditions the matcher (or a part of it) checks on a subject before its costly work
   *  (Subject.meets), so that the engine can answer them from its line scan. */
  checks: readonly Need[];
  /** Set when the matcher is this ask of the region model and nothing else: it hits exactly
   *  the units in the part, with the verdict's evidence as its hit, so the engine may report
   *  those units from the model's verdicts without asking the matcher. */
  region?: RegionAsk;
}

const NONE: Need = { kind: "none" };
const UNKNOWN: MatcherInfo = { context: true, need: NONE, checks: [] };
const infos = new WeakMap<Matcher, MatcherInfo>();

/** A matcher word's compiled test with what it may read. `context: false` promises that the
 *  result depends on the unit's text and line count alone (never on prev, next, position or
 *  classify): the engine then keeps the result for as long as the text is unchanged. `needs` is
 *  a necessary condition on the unit (default: none known). */
export interface MatcherDefinition {
  context: boolean;
  needs?: Need;
  /** The conditions `test` asks of its subject through Subject.meets, its parts' included. */
  checks?: readonly Need[];
  /** See MatcherInfo.region. */
  region?: RegionAsk;
  test: Matcher;
}

export function defineMatcher({ context, needs = NONE, checks = [], region, test }: MatcherDefinition): Matcher {
  infos.set(test, region === undefined ? { context, need: needs, checks } : { context, need: needs, checks, region });
  return test;
}

/** The checks of the parts of a composed matcher. */
export function checksOf(ms: readonly Matcher[]): Need[] {
  return ms.flatMap((m) => infoOf(m).checks);
}

export function infoOf(m: Matcher): MatcherInfo {
  const info = infos.get(m);
  if (info !== undefined) return info;
  const compile = deferred.get(m);
  return compile === undefined ? UNKNOWN : infoOf(compile());
}

const deferred = new WeakMap<Matcher, () => Matcher>();

/** A matcher compiled when it is first asked, or first asked about (infoOf): the built-in
 *  catalog's rules were checked when the package was built, and a run that meets few of them
 *  (a command on one small file) should not pay for compiling all of them. `compiled` is told
 *  the real matcher once, so a holder can call it directly from then on. */
export function deferMatcher(compile: () => Matcher, compiled: (m: Matcher) => void): Matcher {
  let real: Matcher | undefined;
  // A matcher that cannot be compiled here (a bundle built by a newer engine) fails each test
  // with the same error, which the engine reports as the rule's failure; it is compiled once.
  let fault: { error: unknown } | undefined;
  const force = (): Matcher => {
    if (real === undefined) {
      if (fault !== undefined) throw fault.error;
      try {
        real = compile();
      } catch (error) {
        fault = { error };
        throw error;
      }
      compiled(real);
    }
    return real;
  };
  const test: Matcher = (subject) => force()(subject);
  deferred.set(test, force);
  return test;
}

/** Whether `m` is a deferred matcher not compiled yet. */
export function isDeferred(m: Matcher): boolean {
  return deferred.has(m);
}

/** A key naming what a need asks, equal for equal needs however they were made: the plan
 *  answers a check by it when the check's matcher was compiled after the plan. */
export function needKey(need: Need): string {
  return JSON.stringify(need, (_key, value: unknown) => (typeof value === "number" && !Number.isFinite(value) ? String(value) : value));
}

/** Conjunction of the parts' records. */
export function allInfo(ms: readonly Matcher[]): MatcherInfo {
  const list = ms.map(infoOf);
  return { context: list.some((i) => i.context), need: { kind: "all", parts: list.map((i) => i.need) }, checks: checksOf(ms) };
}

/** Disjunction of the parts' records. */
export function anyInfo(ms: readonly Matcher[]): MatcherInfo {
  const list = ms.map(infoOf);
  return { context: list.some((i) => i.context), need: { kind: "any", parts: list.map((i) => i.need) }, checks: checksOf(ms) };
}

/** The first run of letters of a phrase (as the lexicon counts letters), or undefined when the
 *  phrase does not start with one. */
export function leadingRun(phrase: string): string | undefined {
  let i = 0;
  while (i < phrase.length && isLetter(phrase.charCodeAt(i))) i++;
  return i === 0 ? undefined : phrase.slice(0, i);
}

/** The longest whole run of letters of a phrase (see wholeRuns), or undefined when it has none.
 *  Longest, because the longest word of a phrase is the rarest in practice ("cookies" in
 *  "accept all cookies"; its first word, "we" or "by", is on most lines). */
export function longestRun(phrase: string): string | undefined {
  let best: string | undefined;
  for (const run of wholeRuns(phrase)) if (best === undefined || run.length > best.length) best = run;
  return best;
}

/** The whole runs of letters of a phrase, in order. A run is whole when what borders it in the
 *  phrase is the phrase's edge or an ASCII non-letter, which matches only itself however case is
 *  folded: wherever the phrase matches as whole words, the run is then a whole letter run of the
 *  text too. */
export function wholeRuns(phrase: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < phrase.length) {
    if (!isLetter(phrase.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < phrase.length && isLetter(phrase.charCodeAt(i))) i++;
    const whole = (start === 0 || phrase.charCodeAt(start - 1) < 0x80) && (i === phrase.length || phrase.charCodeAt(i) < 0x80);
    if (whole) out.push(phrase.slice(start, i));
  }
  return out;
}

const isLetter = (code: number): boolean => charClass(code) === LETTER;
