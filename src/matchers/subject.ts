// A Subject whose shared measures (word count, normalised text, token shapes) are computed at
// most once, however many rules ask: with dozens of rules per line this is most of the matching
// cost. Classes, not object literals with closures: one is made per unit and pass, hundreds of
// thousands per second.
import { classifyToken, type TokenClass } from "../lexicon/token-classes.js";
import { normaliseUnit } from "../lexicon/words.js";
import { letterRuns, type LetterRuns } from "../lexicon/fold.js";
import { isRegexSpace } from "../lexicon/space.js";
import type { RegionVerdict, Subject, Verdict } from "./matcher.js";
import type { Need } from "../plan/need.js";

/** What a caller of makeSubject provides; a subject made without a region model sees every unit
 *  as article text, and one made without a word count counts its words itself. */
export type SubjectBase = Omit<Subject, "words" | "normalised" | "tokenCount" | "tokenAt" | "letterRuns" | "region" | "meets"> &
  Partial<Pick<Subject, "region" | "words">> & {
    /** Subject.meets from measures the caller holds; undefined where it knows no answer. */
    meets?: (need: Need) => boolean | undefined;
  };

const NO_REGION: RegionVerdict = { part: "content", why: "no region model", evidence: {} };

/** A subject's shared measures, each computed on first ask. A subclass says what the unit is and
 *  what it may read around it: the engine's kept units (engine/subjects.ts), or a SubjectBase. */
export abstract class MeasuredSubject implements Subject {
  private wordCount?: number;
  private norm?: string;
  private parts?: string[];
  private shapes?: TokenClass[];
  private tokens?: number;
  private cursor = 0;
  private runs?: LetterRuns;

  abstract readonly kind: Subject["kind"];
  abstract readonly id: string;
  abstract readonly text: string;
  abstract readonly lineCount: number;
  abstract prev(): Subject | undefined;
  abstract next(): Subject | undefined;
  abstract position(): number;
  abstract classify(params: Record<string, number>): Verdict;

  region(_params: Record<string, number>): RegionVerdict {
    return NO_REGION;
  }
  /** The word count as the caller measured it, if it did. */
  protected measuredWords(): number | undefined {
    return undefined;
  }
  /** Subject.meets from measures the caller holds; undefined where it knows no answer. */
  protected knownToMeet(_need: Need): boolean | undefined {
    return undefined;
  }

  words(): number {
    return (this.wordCount ??= this.measuredWords() ?? this.letterRuns().words);
  }
  normalised(): string {
    return (this.norm ??= normaliseUnit(this.text));
  }
  tokenCount(): number {
    return (this.tokens ??= countTokens(this.text));
  }
  letterRuns(): LetterRuns {
    return (this.runs ??= letterRuns(this.text));
  }
  meets(need: Need): boolean {
    // Without the engine's scan nothing is known: a check that cannot turn a unit away.
    return this.knownToMeet(need) ?? true;
  }
  tokenAt(i: number): TokenClass {
    const shapes = (this.shapes ??= new Array<TokenClass>(this.tokenCount()));
    return (shapes[i] ??= classifyToken(this.part(i)));
  }
  /** The i-th white-space separated token, cutting tokens out only as far as asked (most checks stop early). */
  private part(i: number): string {
    const parts = (this.parts ??= []);
    const text = this.text;
    let at = this.cursor;
    while (parts.length <= i) {
      while (at < text.length && isRegexSpace(text.charCodeAt(at))) at++;
      const start = at;
      while (at < text.length && !isRegexSpace(text.charCodeAt(at))) at++;
      parts.push(text.slice(start, at));
    }
    this.cursor = at;
    return parts[i]!;
  }
}

/** A subject whose unit and surroundings are the functions of `base`. */
class BaseSubject extends MeasuredSubject {
  constructor(private readonly base: SubjectBase) {
    super();
  }

  get kind(): Subject["kind"] {
    return this.base.kind;
  }
  get id(): string {
    return this.base.id;
  }
  get text(): string {
    return this.base.text;
  }
  get lineCount(): number {
    return this.base.lineCount;
  }
  prev(): Subject | undefined {
    return this.base.prev();
  }
  next(): Subject | undefined {
    return this.base.next();
  }
  position(): number {
    return this.base.position();
  }
  classify(params: Record<string, number>): Verdict {
    return this.base.classify(params);
  }
  override region(params: Record<string, number>): RegionVerdict {
    return this.base.region?.(params) ?? super.region(params);
  }
  protected override measuredWords(): number | undefined {
    return this.base.words?.();
  }
  protected override knownToMeet(need: Need): boolean | undefined {
    return this.base.meets?.(need);
  }
}

export function makeSubject(base: SubjectBase): Subject {
  return new BaseSubject(base);
}

/** `text.split(/\s+/u).filter((t) => t !== "").length`, without building the tokens. */
function countTokens(text: string): number {
  let n = 0;
  let inToken = false;
  for (let i = 0; i < text.length; i++) {
    const token = !isRegexSpace(text.charCodeAt(i));
    if (token && !inToken) n++;
    inToken = token;
  }
  return n;
}
