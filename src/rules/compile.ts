// Validates one rule file and turns it into a Rule. Reports every fault it can find at once,
// each with the file and the key path, so a rule author fixes a file in one round.
import { compileMatcher } from "../matchers/registry.js";
import { SpecError, type Matcher } from "../matchers/matcher.js";
import type { Action, Doc, Mode, PageType, Unit, Zone } from "../types.js";
import { compileReason } from "./reason.js";
import { deferMatcher } from "../plan/need.js";
import { RuleError, type Rule } from "./rule.js";
import type { ExampleSpec, RuleSource } from "./spec.js";

const KEYS = ["id", "summary", "description", "mode", "unit", "zone", "window", "minRun", "formats", "offOnPageTypes", "match", "until", "action", "priority", "capture", "reason", "examples"];
const EXAMPLE_KEYS = ["name", "input", "output", "keep", "metadata", "with"];
export const MODES: readonly Mode[] = ["on", "report", "off"];
export const ZONES: readonly Zone[] = ["head", "body", "tail", "anywhere"];
const UNITS: readonly Unit[] = ["line", "block"];
const FORMATS: readonly Doc["format"][] = ["text", "html"];
const PAGE_TYPES: readonly PageType[] = ["article", "forum", "product", "documentation", "listing", "collection", "service"];
const ACTIONS: readonly Action[] = ["drop", "drop-run", "drop-rest", "drop-section", "trim", "extract", "keep"];
export const CAPTURE_FIELDS = ["title", "author", "publishedAt", "modifiedAt", "source", "dateline", "credits", "readingTime"];
export const RULE_ID = /^[a-z][a-z0-9-]*(?:\/[a-z0-9-]+)?$/u;
const DEFAULT_WINDOW = 3;

export interface CompileOptions {
  /** Compile the matchers when first asked (need.ts deferMatcher): for rule files already
   *  checked, the built-in catalog from a current bundle. Their faults would surface late. */
  deferMatchers?: boolean;
  /** Take the examples as they are, unchecked: for rule files whose examples were checked when
   *  the package was built (the built-in catalog from a current bundle). */
  examplesChecked?: boolean;
}

export function compileRule(source: RuleSource, options: CompileOptions = {}): Rule {
  const problems: string[] = [];
  const fault = (path: string, message: string): void => void problems.push(`${source.file}: ${path}: ${message}`);
  const data = source.data;
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    throw new RuleError([`${source.file}: expected a mapping of rule keys (id, summary, match, action, reason, examples)`]);
  }
  const spec = data as Record<string, unknown>;
  for (const key of Object.keys(spec)) if (!KEYS.includes(key)) fault(key, `unknown key${suggest(key, KEYS)}`);
  for (const key of ["id", "summary", "match", "action", "reason", "examples"]) if (!(key in spec)) fault(key, "missing");

  const id = str(spec["id"]);
  if (id !== undefined && !RULE_ID.test(id)) fault("id", "expected kebab-case, optionally scoped (my-scope/rule-name)");
  const summary = str(spec["summary"]);
  if ("summary" in spec && (summary === undefined || summary.length > 100)) fault("summary", "expected one line of at most 100 characters");
  const mode = oneOf(spec, "mode", MODES, "on", fault);
  const unit = oneOf(spec, "unit", UNITS, "line", fault);
  const zone = oneOf(spec, "zone", ZONES, "anywhere", fault);
  const action = oneOf(spec, "action", ACTIONS, "drop", fault);
  const window = count(spec, "window", DEFAULT_WINDOW, fault);
  const minRun = count(spec, "minRun", 2, fault);
  const formats = spec["formats"] ?? FORMATS;
  if (!Array.isArray(formats) || formats.length === 0 || !formats.every((f) => FORMATS.includes(f))) fault("formats", `expected a list of ${FORMATS.join(", ")}`);
  const offOnPageTypes = spec["offOnPageTypes"] ?? [];
  if (!Array.isArray(offOnPageTypes) || !offOnPageTypes.every((t) => PAGE_TYPES.includes(t))) fault("offOnPageTypes", `expected a list of ${PAGE_TYPES.join(", ")}`);
  const priority = spec["priority"] ?? 0;
  if (typeof priority !== "number" || !Number.isInteger(priority)) fault("priority", "expected a whole number");
  if (action === "trim" && unit !== "line") fault("unit", "action trim works on lines");

  let test: Matcher | undefined;
  if ("match" in spec && options.deferMatchers === true) {
    test = deferMatcher(() => compileMatcher(spec["match"], "match"), (m) => (rule.test = m));
  } else if ("match" in spec) {
    try {
      test = compileMatcher(spec["match"], "match");
    } catch (error) {
      if (!(error instanceof SpecError)) throw error;
      fault(error.path, error.message);
    }
  }

  let until: Matcher | undefined;
  if (action === "drop-section") {
    if (!("until" in spec)) fault("until", "action drop-section needs until: a matcher for the first unit after the section");
    else if (options.deferMatchers === true) until = deferMatcher(() => compileMatcher(spec["until"], "until"), (m) => (rule.until = m));
    else {
      try {
        until = compileMatcher(spec["until"], "until");
      } catch (error) {
        if (!(error instanceof SpecError)) throw error;
        fault(error.path, error.message);
      }
    }
  } else if ("until" in spec) fault("until", "only allowed with action drop-section");

  const capture = spec["capture"];
  if (capture !== undefined) {
    if (action === "drop-run" || action === "drop-rest" || action === "drop-section") fault("capture", `not allowed with action ${action}`);
    if (typeof capture !== "object" || capture === null || Array.isArray(capture)) fault("capture", "expected field: template pairs");
    else {
      for (const [field, template] of Object.entries(capture)) {
        if (!CAPTURE_FIELDS.includes(field)) fault(`capture.${field}`, `unknown metadata field (expected one of ${CAPTURE_FIELDS.join(", ")})`);
        if (typeof template !== "string") fault(`capture.${field}`, 'expected a template such as "$<source>"');
      }
    }
  } else if (action === "extract") fault("capture", "action extract needs capture: {field: template}");

  let reason: Rule["reason"] | undefined;
  if (typeof spec["reason"] === "string" && spec["reason"].trim() !== "") reason = compileReason(spec["reason"], { zone, window });
  else if ("reason" in spec) fault("reason", "expected a non-empty string");

  const examples = options.examplesChecked === true ? ((spec["examples"] ?? []) as ExampleSpec[]) : checkExamples(spec["examples"], action, fault);

  if (problems.length > 0 || id === undefined || summary === undefined || test === undefined || reason === undefined) {
    throw new RuleError(problems);
  }
  // Every rule has every field, set or undefined: the engine's loops then see rules of one shape.
  const rule: Rule = {
    id,
    summary,
    file: source.file,
    mode,
    unit,
    zone,
    window,
    minRun,
    formats: formats as Doc["format"][],
    offOnPageTypes: offOnPageTypes as PageType[],
    action,
    priority: priority as number,
    test,
    until,
    reason,
    capture: capture as Record<string, string> | undefined,
    examples,
  };
  return rule;
}

function checkExamples(value: unknown, action: Action, fault: (path: string, message: string) => void): ExampleSpec[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || value.length === 0) {
    fault("examples", "expected a list with at least one example that is removed and one that is kept");
    return [];
  }
  const seen = new Set<string>();
  let removes = 0;
  let keeps = 0;
  value.forEach((ex: unknown, i) => {
    const at = `examples[${i}]`;
    if (typeof ex !== "object" || ex === null) return fault(at, "expected a mapping with input and output (or keep: true)");
    const e = ex as Record<string, unknown>;
    for (const key of Object.keys(e)) if (!EXAMPLE_KEYS.includes(key)) fault(`${at}.${key}`, `unknown key${suggest(key, EXAMPLE_KEYS)}`);
    if (typeof e["input"] !== "string") fault(`${at}.input`, "expected the example text");
    else if (seen.has(e["input"])) fault(`${at}.input`, "duplicate example input");
    else seen.add(e["input"]);
    const keep = e["keep"] === true;
    if (keep && "output" in e) fault(at, "a keep example has no output");
    if (!keep && typeof e["output"] !== "string") fault(`${at}.output`, "expected the clean text (or keep: true)");
    if ("with" in e && !(Array.isArray(e["with"]) && e["with"].every((w) => typeof w === "string"))) fault(`${at}.with`, "expected a list of rule ids");
    if (keep) keeps++;
    else removes++;
  });
  // A keep rule's examples show what it protects (with another rule on) and what it leaves alone.
  if (action !== "keep" && (removes === 0 || keeps === 0)) fault("examples", "need at least one example that is removed and one that is kept");
  return value as ExampleSpec[];
}

function str(v: unknown): string | undefined {
  return typeof v === "string" && v.trim() !== "" ? v.trim() : undefined;
}

function oneOf<T extends string>(
  spec: Record<string, unknown>,
  key: string,
  allowed: readonly T[],
  fallback: T,
  fault: (path: string, message: string) => void,
): T {
  const v = spec[key];
  if (v === undefined) return fallback;
  if (typeof v === "string" && (allowed as readonly string[]).includes(v)) return v as T;
  fault(key, `expected one of ${allowed.join(", ")}`);
  return fallback;
}

function count(spec: Record<string, unknown>, key: string, fallback: number, fault: (path: string, message: string) => void): number {
  const v = spec[key];
  if (v === undefined) return fallback;
  if (typeof v === "number" && Number.isInteger(v) && v >= 1) return v;
  fault(key, "expected a whole number >= 1");
  return fallback;
}

function suggest(key: string, known: readonly string[]): string {
  const close = known.find((k) => k.toLowerCase() === key.toLowerCase() || k.startsWith(key.slice(0, 4)));
  return close ? ` (did you mean "${close}"?)` : "";
}
