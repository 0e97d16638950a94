// A need as the engine checks it: compiled by the plan over a line's scanned facts.
import { defineMatcher, type Need } from "../../src/plan/need.js";
import { checkOf, factsOfText, planFor, type Plan } from "../../src/plan/prefilter.js";
import type { Rule } from "../../src/rules/rule.js";

const plans = new WeakMap<Need, Plan>();

/** Whether the plan's check of `need` lets a one-line `text` through (false: it cannot hold). */
export function planHolds(need: Need, text: string): boolean {
  let plan = plans.get(need);
  if (plan === undefined) {
    const rule = { unit: "line", test: defineMatcher({ context: false, needs: need, checks: [need], test: () => null }) } as unknown as Rule;
    plans.set(need, (plan = planFor([rule])));
  }
  return checkOf(plan, need)!(factsOfText(plan, text, 1));
}
