// Small builders for rules passed as data, so engine tests state only what matters to them.
import { createCleaner, type CleanerOptions } from "../../src/cleaner.js";
import type { RuleSource } from "../../src/rules/spec.js";

/** Examples that satisfy validation; they are not run by engine tests. */
const EXAMPLES = [
  { input: "placeholder removed", output: "" },
  { input: "placeholder kept", keep: true },
];

/** A rule source with sensible defaults: `rule("x", {exact: ["Ad"]})`. */
export function rule(id: string, match: Record<string, unknown>, extra: Record<string, unknown> = {}): RuleSource {
  return { file: `${id}.yaml`, data: { id, summary: `test rule ${id}`, match, action: "drop", reason: `${id} matched`, examples: EXAMPLES, ...extra } };
}

/** A cleaner with only the given rules (no built-ins, guard off unless asked). */
export function cleanerWith(specs: readonly RuleSource[], options: CleanerOptions = {}) {
  return createCleaner({ builtin: false, guard: false, ...options, ruleSpecs: specs });
}

/** Text of paragraphs joined by blank lines. */
export const doc = (...blocks: string[]): string => blocks.join("\n\n");

/** Ids of the rules that removed something, with the removed text, in document order. */
export const removals = (r: { removed: readonly { ruleId: string; text: string }[] }): string[] => r.removed.map((x) => `${x.ruleId}: ${x.text}`);
