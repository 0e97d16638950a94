// Fake matcher subjects, so matcher words can be tested without the engine.
import type { Subject, Verdict } from "../../src/matchers/matcher.js";
import { compileMatcher } from "../../src/matchers/registry.js";
import { makeSubject } from "../../src/matchers/subject.js";
import type { Hit } from "../../src/types.js";

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
