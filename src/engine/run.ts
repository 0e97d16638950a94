// Runs every active rule over the units in its zone and reports matches. Rules only report:
// nothing here changes the document.
import type { Matcher, Subject } from "../matchers/matcher.js";
import type { Rule } from "../rules/rule.js";
import type { Match, Range, Warning } from "../types.js";
import { spanToRanges } from "./state.js";
import { subjectFactory } from "./subjects.js";
import { unitRange, type UnitRef, type Units } from "./units.js";
import { inZone } from "./zones.js";

export interface RunOptions {
  /** Units longer than this are article text, not boilerplate; no rule is asked about them. */
  maxUnitChars: number;
}

/** A match together with the unit it is about, for the decide step. */
export interface UnitMatch {
  rule: Rule;
  unit: UnitRef;
  match: Match;
  /** For trims: the doc ranges to cut. */
  cut?: Range[];
  /** For drop-section: the units after the matched one that belong to its section. */
  section?: UnitRef[];
}

export function runRules(rules: readonly Rule[], units: Units, pass: number, docText: string, options: RunOptions, warnings: Warning[]): UnitMatch[] {
  const subject = subjectFactory(units);
  const blockCount = units.block.length;
  const out: UnitMatch[] = [];
  for (const rule of rules) {
    if (rule.mode === "off") continue;
    const mine: UnitMatch[] = [];
    try {
      for (const unit of units[rule.unit]) {
        if (unit.text.length > options.maxUnitChars) continue;
        if (!inZone(rule.zone, rule.window, unit.blockPos, blockCount)) continue;
        const hit = rule.test(subject(unit));
        if (hit === null) continue;
        const values = { ...hit.captures, ...hit.evidence };
        let range = unitRange(unit);
        let cut: Range[] | undefined;
        if (rule.action === "trim") {
          cut = spanToRanges(unit.lines[0]!, hit.span ?? [0, unit.text.length]);
          if (cut.length === 0) continue;
          range = [cut[0]![0], cut[cut.length - 1]![1]];
        }
        const match: Match = { ruleId: rule.id, unitId: unit.id, action: rule.action, mode: rule.mode, pass, reason: rule.reason(values), range, text: docText.slice(range[0], range[1]) };
        if (hit.captures) match.captures = hit.captures;
        if (hit.evidence) match.evidence = hit.evidence;
        const um: UnitMatch = { rule, unit, match };
        if (cut) um.cut = cut;
        if (rule.until) um.section = sectionAfter(unit, units[rule.unit], rule.until, subject);
        mine.push(um);
      }
      out.push(...mine);
    } catch (error) {
      warnings.push({ code: "rule-error", ruleId: rule.id, message: `rule ${rule.id} failed and was skipped: ${(error as Error).message}` });
    }
  }
  return out;
}

/** The units following `unit` up to (not including) the first that `until` accepts. */
function sectionAfter(unit: UnitRef, list: readonly UnitRef[], until: Matcher, subject: (u: UnitRef) => Subject): UnitRef[] {
  const out: UnitRef[] = [];
  for (let i = unit.pos + 1; i < list.length; i++) {
    const next = list[i]!;
    if (until(subject(next)) !== null) break;
    out.push(next);
  }
  return out;
}
