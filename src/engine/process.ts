// The pass loop: match, decide, apply, until a pass changes nothing. Zones are recomputed on
// what is kept, so rules at the edges see the article's real edges once the chrome is gone;
// reaching the fixpoint is also what makes cleaning idempotent.
import type { Rule } from "../rules/rule.js";
import type { Doc, Match, Removal, Warning } from "../types.js";
import { applyDecision } from "./apply.js";
import { decide } from "./decide.js";
import { planFor, type Plan } from "../plan/prefilter.js";
import { newRunCache, runRules, toMatch, type UnitMatch } from "./run.js";
import { nonSpace } from "./guard.js";
import { initialState, type LineState } from "./state.js";
import { buildUnits } from "./units.js";
import type { ItemRun } from "../region/item-runs.js";

export interface ProcessOptions {
  maxPasses: number;
  maxUnitChars: number;
  /** Stop early once the kept text is a smaller share of the input than this: the guard will
   *  refuse the result anyway, and further passes would only cost time. */
  hopelessBelow?: number;
  /** Called once per unit a pass asks about; throws to stop cleaning (an HTML page's time budget). */
  tick?: () => void;
}

export interface Processed {
  states: LineState[];
  removed: Removal[];
  reports: Match[];
  /** Matches whose captures feed metadata, from every pass (keep rules: the last pass only). */
  captures: UnitMatch[];
  passes: number;
  warnings: Warning[];
  /** The runs of cards over the input's lines, when the first pass found them (RunCache.inputItems). */
  inputItems?: readonly ItemRun[];
}

/** Runs the passes of `rules` over the document. `plan` must hold every rule of `rules` (a plan of
 *  the whole catalog serves any of its active lists). */
export function processDoc(doc: Doc, rules: readonly Rule[], options: ProcessOptions, plan: Plan = planFor(rules)): Processed {
  const states = initialState(doc);
  const removed: Removal[] = [];
  const reports = new Map<string, Match>();
  const warnings: Warning[] = [];
  let captures: UnitMatch[] = [];
  let pass = 0;
  let changed = true;
  const cache = newRunCache(plan, states.length + doc.blocks.length);
  let inputNonSpace: number | undefined;
  while (changed && pass < options.maxPasses) {
    pass++;
    const units = buildUnits(states, doc.blocks);
    const matches = runRules(rules, units, pass, options, warnings, cache);
    for (const m of matches) {
      if (m.rule.mode !== "report") continue;
      const key = `${m.rule.id}@${m.range[0]}-${m.range[1]}`;
      if (!reports.has(key)) reports.set(key, toMatch(m, doc.text));
    }
    const decision = decide(matches, units);
    const removals = applyDecision(states, decision, pass, doc.text);
    for (const r of removals) removed.push(r);
    captures = [...captures.filter((c) => c.rule.action !== "keep"), ...decision.captures];
    changed = removals.length > 0;
    if (changed && options.hopelessBelow !== undefined && keptShare(states, (inputNonSpace ??= nonSpace(doc.text))) < options.hopelessBelow) break;
    // A rule that failed once is reported once, not once per pass.
    if (warnings.some((w) => w.code === "rule-error")) rules = rules.filter((r) => !warnings.some((w) => w.ruleId === r.id));
  }
  if (changed && pass >= options.maxPasses) warnings.push({ code: "passes-exhausted", message: `still changing after ${options.maxPasses} passes; cleaning again may remove more` });
  removed.sort((a, b) => a.range[0] - b.range[0]);
  return { states, removed, reports: [...reports.values()], captures, passes: pass, warnings: dedupe(warnings), inputItems: cache.inputItems };
}

function dedupe(warnings: Warning[]): Warning[] {
  const seen = new Set<string>();
  return warnings.filter((w) => !seen.has(w.message) && (seen.add(w.message), true));
}

function keptShare(states: readonly LineState[], inputNonSpace: number): number {
  let kept = 0;
  for (const s of states) if (s.alive) kept += keptNonSpace(s);
  return kept / Math.max(1, inputNonSpace);
}

/** A line's non-space count, kept in its memo while its text is unchanged (most lines outlive several passes). */
function keptNonSpace(state: LineState): number {
  const memo = state.memo;
  if (memo === undefined || memo.text !== state.text) return nonSpace(state.text);
  return (memo.nonSpace ??= nonSpace(state.text));
}
