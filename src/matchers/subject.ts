// Builds a Subject whose shared measures (word count, normalised text, token shapes) are
// computed at most once, however many rules ask: with dozens of rules per line this is most
// of the matching cost. A class, not an object literal with closures: one is made per unit
// and pass, hundreds of thousands per second.
import { classifyToken, type TokenClass } from "../lexicon/token-classes.js";
import { normaliseUnit } from "../lexicon/words.js";
import { letterRuns, type LetterRuns } from "../lexicon/fold.js";
import { isRegexSpace } from "../lexicon/space.js";
import type { RegionVerdict, Subject, Verdict } from "./matcher.js";
import type { Need } from "../plan/need.js";

/** What the caller provides; a subject made without a region model sees every unit as article
 *  text, and one made without a word count counts its words itself. */
export type SubjectBase = Omit<Subject, "words" | "normalised" | "tokenCount" | "tokenAt" | "letterRuns" | "region" | "meets"> &
  Partial<Pick<Subject, "region" | "words">> & {
    /** Subject.meets from measures the caller holds; undefined where it knows no answer. */
    meets?: (need: Need) => boolean | undefined;
  };

const NO_REGION: RegionVerdict = { part: "content", why: "no region model", evidence: {} };

class LazySubject implements Subject {
  private wordCount?: number;
  private norm?: string;
  private parts?: string[];
  private shapes?: TokenClass[];
  private tokens?: number;
  private cursor = 0;
  private runs?: LetterRuns;

  constructor(private readonly base: SubjectBase) {}

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
  region(params: Record<string, number>): RegionVerdict {
    return this.base.region?.(params) ?? NO_REGION;
  }
  words(): number {
    return (this.wordCount ??= this.base.words?.() ?? this.letterRuns().words);
  }
  normalised(): string {
    return (this.norm ??= normaliseUnit(this.base.text));
  }
  tokenCount(): number {
    return (this.tokens ??= countTokens(this.base.text));
  }
  letterRuns(): LetterRuns {
    return (this.runs ??= letterRuns(this.base.text));
  }
  meets(need: Need): boolean {
    // Without the engine's scan nothing is known: a check that cannot turn a unit away.
    return this.base.meets?.(need) ?? true;
  }
  tokenAt(i: number): TokenClass {
    const shapes = (this.shapes ??= new Array<TokenClass>(this.tokenCount()));
    return (shapes[i] ??= classifyToken(this.part(i)));
  }
  /** The i-th white-space separated token, cutting tokens out only as far as asked (most checks stop early). */
  private part(i: number): string {
    const parts = (this.parts ??= []);
    const text = this.base.text;
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

export function makeSubject(base: SubjectBase): Subject {
  return new LazySubject(base);
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
