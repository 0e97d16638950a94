// What every matcher word compiles to, and what it may look at.
import type { LetterRuns } from "../lexicon/fold.js";
import type { TokenClass } from "../lexicon/token-classes.js";
import type { Hit, Unit } from "../types.js";
import type { Need } from "../plan/need.js";

export type Label = "content" | "boilerplate";

export interface Verdict {
  label: Label;
  evidence: Record<string, number | string | boolean>;
}

/** Where a unit stands against the article region: outside it, inside it but not text, article
 *  text, the headline standing apart above the region, or none when the page has no article region. */
export interface RegionVerdict {
  part: "outside" | "inside" | "content" | "headline" | "none";
  why: string;
  evidence: Record<string, number | string | boolean>;
}

/** The unit a rule is asked about: its text and nothing it could use to change the document. */
export interface Subject {
  kind: Unit;
  id: string;
  text: string;
  /** Number of lines in the unit (1 for a line). */
  lineCount: number;
  /** The neighbouring kept unit of the same kind, if any. */
  prev(): Subject | undefined;
  next(): Subject | undefined;
  /** Share (0..1) of the kept text, in characters, that comes before this unit. */
  position(): number;
  /** The statistical classifier's verdict on this unit, for the given parameters. */
  classify(params: Record<string, number>): Verdict;
  /** The article-region model's verdict on this unit (see src/region/), for the given parameters. */
  region(params: Record<string, number>): RegionVerdict;
  /** Measures shared by many rules, computed once per unit and pass (see subject.ts). */
  words(): number;
  normalised(): string;
  /** White-space separated tokens: how many, and their shapes. */
  tokenCount(): number;
  tokenAt(index: number): TokenClass;
  /** Case-folded hashes of the unit's letter runs (see lexicon/fold.ts), for word checks before a regex. */
  letterRuns(): LetterRuns;
  /** Whether the unit meets a condition of words and marks that a matcher declared among its
   *  checks (plan/need.ts): false only where the condition cannot hold. The engine answers from its
   *  line scan; a subject made without one, from its letter runs. */
  meets(need: Need): boolean;
}

export type Matcher = (subject: Subject) => Hit | null;

export type CompileMatcher = (spec: unknown, path: string) => Matcher;

/** One word of the vocabulary: `value` is what stands under its key; `node` the whole node (for modifiers such as `flags`). */
export type MatcherFactory = (value: unknown, path: string, node: Record<string, unknown>, compile: CompileMatcher) => Matcher;

/** A fault in a rule file, at a key path such as `match.all[1].regex`. */
export class SpecError extends Error {
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(message);
    this.name = "SpecError";
  }
}
