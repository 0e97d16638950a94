// Fake matcher subjects, so matcher words can be tested without the engine.
import type { RegionVerdict, Subject, Verdict } from "../../src/matchers/matcher.js";
import { compileMatcher } from "../../src/matchers/registry.js";
import { MeasuredSubject } from "../../src/matchers/subject.js";
import type { Need } from "../../src/plan/need.js";
import type { Hit } from "../../src/types.js";

/** What a test says of its subject: the unit and what it may read around it, as functions; without
 *  `region` every unit is article text, without `words` the subject counts its own. */
export type SubjectBase = Omit<Subject, "words" | "normalised" | "tokenCount" | "tokenAt" | "letterRuns" | "region" | "meets"> &
  Partial<Pick<Subject, "region" | "words">> & {
    /** Subject.meets from measures the test holds; undefined where it knows no answer. */
    meets?: (need: Need) => boolean | undefined;
  };

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

/** A line subject with optional neighbours and a fixed classifier label. */
export function subject(text: string, options: { lineCount?: number; prev?: string; next?: string; label?: Verdict["label"]; position?: number } = {}): Subject {
  return makeSubject({
    kind: "line",
    id: "b0.l0",
    text,
    lineCount: options.lineCount ?? text.split("\n").length,
    prev: () => (options.prev === undefined ? undefined : subject(options.prev)),
    next: () => (options.next === undefined ? undefined : subject(options.next)),
    classify: () => ({ label: options.label ?? "content", evidence: { why: "fake" } }),
    position: () => options.position ?? 0,
  });
}

/** Compiles a matcher node and tests it on a text. */
export function test(spec: Record<string, unknown>, text: string, options?: Parameters<typeof subject>[1]): Hit | null {
  return compileMatcher(spec, "match")(subject(text, options));
}

/** The matched part of the text according to the hit's span. */
export function spanText(text: string, hit: Hit | null): string | undefined {
  return hit?.span === undefined ? undefined : text.slice(hit.span[0], hit.span[1]);
}
