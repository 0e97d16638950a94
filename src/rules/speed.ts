// A cheap tripwire for catastrophic regular expressions: run the rule's matcher on long
// adversarial strings and refuse the rule if any takes longer than the budget.
import type { Verdict } from "../matchers/matcher.js";
import { makeSubject } from "../matchers/subject.js";
import type { Rule } from "./rule.js";

const BUDGET_MS = 100;
// Short lengths first: exponential blow-up shows at a few dozen characters, long before it
// would hang the check itself; the long ones catch quadratic patterns.
const LENGTHS = [12, 18, 22, 26, 30, 2_000, 20_000];
const SHAPES = [(n: number) => "a".repeat(n) + "!", (n: number) => " ".repeat(n) + "!", (n: number) => "1".repeat(n) + "x", (n: number) => "a ".repeat(n / 2) + "\u0000", (n: number) => "-".repeat(n) + "x"];

const content: Verdict = { label: "content", evidence: {} };

export function checkRuleSpeed(rule: Rule): string | undefined {
  for (const n of LENGTHS) for (const shape of SHAPES) {
    const text = shape(n);
    const subject = makeSubject({ kind: rule.unit, id: "probe", text, lineCount: 1, prev: () => undefined, next: () => undefined, classify: () => content, position: () => 0.5 });
    const started = performance.now();
    rule.test(subject);
    const ms = performance.now() - started;
    if (ms > BUDGET_MS) return `too slow on a ${text.length}-character probe (${Math.round(ms)} ms; catastrophic backtracking?)`;
  }
  return undefined;
}
