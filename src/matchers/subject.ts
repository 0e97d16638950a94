// Builds a Subject whose shared measures (word count, normalised text, token shapes) are
// computed at most once, however many rules ask: with dozens of rules per line this is most
// of the matching cost. A class, not an object literal with closures: one is made per unit
// and pass, hundreds of thousands per second.
import { classifyToken, type TokenClass } from "../lexicon/token-classes.js";
import { countWords, normaliseUnit } from "../lexicon/words.js";
import type { Subject, Verdict } from "./matcher.js";

export type SubjectBase = Omit<Subject, "words" | "normalised" | "tokenCount" | "tokenAt">;

class LazySubject implements Subject {
  private wordCount?: number;
  private norm?: string;
  private parts?: string[];
  private shapes?: TokenClass[];

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
  words(): number {
    return (this.wordCount ??= countWords(this.base.text));
  }
  normalised(): string {
    return (this.norm ??= normaliseUnit(this.base.text));
  }
  tokenCount(): number {
    return (this.parts ??= this.base.text.split(/\s+/u).filter((t) => t !== "")).length;
  }
  tokenAt(i: number): TokenClass {
    this.tokenCount();
    const shapes = (this.shapes ??= new Array<TokenClass>(this.parts!.length));
    return (shapes[i] ??= classifyToken(this.parts![i]!));
  }
}

export function makeSubject(base: SubjectBase): Subject {
  return new LazySubject(base);
}
