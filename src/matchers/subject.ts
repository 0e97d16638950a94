// A Subject whose shared measures (word count, normalised text, token shapes) are computed at
// most once, however many rules ask: with dozens of rules per line this is most of the matching
// cost. Classes, not object literals with closures: one is made per unit and pass, hundreds of
// thousands per second.
import type { TokenClass } from "../lexicon/token-classes.js";
import { normaliseUnit } from "../lexicon/words.js";
import { letterRuns, type LetterRuns } from "../lexicon/fold.js";
import { isRegexSpace } from "../lexicon/space.js";
import type { RegionVerdict, Subject, Verdict } from "./matcher.js";
import type { Need } from "../plan/need.js";
import { TokenReader } from "../plan/token-reader.js";

const NO_REGION: RegionVerdict = { part: "content", why: "no region model", evidence: {} };

/** A subject's shared measures, each computed on first ask. A subclass says what the unit is and
 *  what it may read around it: the engine's kept units (engine/subjects.ts); the tests' subjects
 *  (test/helpers/subject.ts). A subject without a region model sees every unit as article text,
 *  and one without a word count counts its words itself. */
export abstract class MeasuredSubject implements Subject {
  private wordCount?: number;
  private norm?: string;
  private shapes?: TokenClass[];
  private reader?: TokenReader;
  private tokens?: number;
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
  /** The class of the i-th white-space separated token, reading tokens only as far as asked (most checks stop early). */
  tokenAt(i: number): TokenClass {
    const shapes = (this.shapes ??= []);
    const reader = (this.reader ??= new TokenReader(this.text));
    while (shapes.length <= i) shapes.push(reader.next());
    return shapes[i]!;
  }
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
