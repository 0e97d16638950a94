// Puts the catalog together (built-ins, user folders, rules passed as data) and applies the
// user's switches. Overrides are limited to top-level scalars on purpose: to change what a rule
// matches, copy it under a new id and switch the built-in off.
import type { Mode, Zone } from "../types.js";
import { MODES, ZONES, compileRule } from "./compile.js";
import type { PlanSource } from "../plan/prefilter.js";
import { builtinPlan, loadBuiltinRules, loadRuleDir } from "./load.js";
import { RuleError, type Rule } from "./rule.js";
import type { RuleSource } from "./spec.js";
import { regexProblems } from "./regex-safety.js";

export type RuleOverride = Mode | { mode?: Mode; zone?: Zone; window?: number };

export interface CatalogOptions {
  /** Load the rules shipped in the package (default true). */
  builtin?: boolean;
  /** Extra folders of rule files, loaded after the built-ins. */
  rulesDirs?: readonly string[];
  /** Rule specs passed as data (library callers). */
  ruleSpecs?: readonly RuleSource[];
  /** Switches per rule id. */
  rules?: Readonly<Record<string, RuleOverride>>;
}

export function buildCatalog(options: CatalogOptions = {}): Rule[] {
  const problems: string[] = [];
  const rules: Rule[] = [];
  const add = (sources: readonly RuleSource[], checkRegexes: boolean, fromBundle = false): void => {
    for (const source of sources) {
      try {
        const rule = compileRule(source, { deferMatchers: fromBundle, examplesChecked: fromBundle });
        const slow = checkRegexes ? regexProblems(source) : [];
        if (slow.length > 0) problems.push(...slow);
        else rules.push(rule);
      } catch (error) {
        if (!(error instanceof RuleError)) throw error;
        problems.push(...error.problems);
      }
    }
  };
  const collect = (load: () => RuleSource[]): RuleSource[] => {
    try {
      return load();
    } catch (error) {
      if (!(error instanceof RuleError)) throw error;
      problems.push(...error.problems);
      return [];
    }
  };
  // The built-in catalog's regexes are checked when the package is built (scripts/bundle-rules.ts)
  // and by the test suite, not at every start-up; from a current bundle (builtinPlan), its
  // matchers were compiled there too, and are compiled here only as the documents ask for them,
  // and its examples were checked there.
  if (options.builtin !== false) {
    const sources = collect(loadBuiltinRules);
    add(sources, false, builtinPlan() !== undefined);
  }
  for (const dir of options.rulesDirs ?? []) add(collect(() => loadRuleDir(dir)), true);
  add(options.ruleSpecs ?? [], true);

  const byId = new Map<string, Rule>();
  for (const rule of rules) {
    const twin = byId.get(rule.id);
    if (twin) problems.push(`${rule.file}: id: "${rule.id}" is already defined in ${twin.file}`);
    else byId.set(rule.id, rule);
  }
  for (const [id, override] of Object.entries(options.rules ?? {})) {
    const rule = byId.get(id);
    if (rule === undefined) problems.push(`rules.${id}: no such rule${nearest(id, [...byId.keys()])}`);
    else applyOverride(rule, override, `rules.${id}`, problems);
  }
  if (problems.length > 0) throw new RuleError(problems);
  return catalogOrder([...byId.values()]);
}

/** The plan the build wrote for the catalog `buildCatalog(options)` just built, when that catalog is
 *  the built-in rules alone, loaded from a current bundle; else undefined (the catalog's plan is
 *  then written from its rules). */
export function prebuiltPlan(options: CatalogOptions): PlanSource | undefined {
  const builtinOnly = options.builtin !== false && (options.rulesDirs ?? []).length === 0 && (options.ruleSpecs ?? []).length === 0;
  return builtinOnly ? builtinPlan() : undefined;
}

/** The catalog's rules in its order (by id, in code-unit order), which every plan's slots follow. */
export function catalogOrder(rules: Rule[]): Rule[] {
  return rules.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function applyOverride(rule: Rule, override: RuleOverride, at: string, problems: string[]): void {
  const o = typeof override === "string" ? { mode: override } : override;
  if (typeof o !== "object" || o === null) return void problems.push(`${at}: expected on, report, off or {mode, zone, window}`);
  for (const [key, value] of Object.entries(o)) {
    if (key === "mode" && MODES.includes(value as Mode)) rule.mode = value as Mode;
    else if (key === "zone" && ZONES.includes(value as Zone)) rule.zone = value as Zone;
    else if (key === "window" && Number.isInteger(value) && (value as number) >= 1) rule.window = value as number;
    else problems.push(`${at}.${key}: expected mode (on|report|off), zone (${ZONES.join("|")}) or window (whole number >= 1)`);
  }
}

function nearest(id: string, ids: readonly string[]): string {
  const close = ids.find((k) => k.startsWith(id.slice(0, 5)));
  return close ? ` (did you mean "${close}"?)` : "";
}
