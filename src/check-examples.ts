// Runs a rule's own examples with only that rule switched on (plus any the example names in
// `with`), the way ESLint's RuleTester does. Used by the test suite and by `deboil --check-rules`.
import { createCleaner } from "./cleaner.js";
import type { Rule } from "./rules/rule.js";
import type { RuleOverride } from "./rules/configure.js";
import type { ExampleSpec } from "./rules/spec.js";

export interface ExampleFailure {
  ruleId: string;
  example: string;
  problem: string;
}

export function checkExamples(rule: Rule, catalog: { rulesDirs?: readonly string[]; builtin?: boolean }): ExampleFailure[] {
  const failures: ExampleFailure[] = [];
  rule.examples.forEach((example, i) => {
    const name = example.name ?? `example ${i + 1}`;
    const fail = (problem: string): void => void failures.push({ ruleId: rule.id, example: name, problem });
    try {
      const cleaner = createCleaner({ ...catalog, rules: onlyThese(rule, example, catalog), guard: false });
      const result = cleaner.clean(example.input);
      const input = tidy(example.input);
      const got = tidy(result.text);
      if (example.keep) {
        if (result.removed.length > 0) fail(`Noisy: must keep the input, but removed ${JSON.stringify(result.removed[0]!.text)} (${result.removed[0]!.reason})`);
      } else {
        const want = tidy(example.output ?? "");
        if (got !== want) fail(`Missing: expected\n${indent(want)}\nbut got\n${indent(got)}`);
        if (got === input) fail("Missing: the rule removed nothing");
      }
      for (const [field, value] of Object.entries(example.metadata ?? {})) {
        const actual = (result.metadata as unknown as Record<string, unknown>)[field];
        if (actual !== value) fail(`metadata.${field}: expected ${JSON.stringify(value)}, got ${JSON.stringify(actual)}`);
      }
    } catch (error) {
      fail(`threw: ${(error as Error).message}`);
    }
  });
  return failures;
}

/** Switch every rule off except this one and the ones the example asks for. */
function onlyThese(rule: Rule, example: ExampleSpec, catalog: { rulesDirs?: readonly string[]; builtin?: boolean }): Record<string, RuleOverride> {
  const wanted = new Set([rule.id, ...(example.with ?? [])]);
  const all = createCleaner({ ...catalog, guard: false }).rules;
  return Object.fromEntries(all.map((r) => [r.id, wanted.has(r.id) ? (r.id === rule.id ? "on" : r.mode === "off" ? "on" : r.mode) : "off"]));
}

const tidy = (s: string): string => s.replace(/\s+$/u, "").replace(/^\s*\n/u, "");
const indent = (s: string): string => s.split("\n").map((l) => `    | ${l}`).join("\n");
