// createCleaner's options, checked once when the cleaner is built: a plain JS caller can pass
// anything, and a wrong type or range (maxPasses: -1, a guard share of "x") would otherwise
// clean nothing or guard nothing without a word. The cleaner's clean() never throws; building
// it with options that cannot work does, with the option's name.
import type { CleanerOptions } from "./cleaner.js";

const WHOLE_FROM_1 = ["maxPasses", "maxUnitChars", "maxInputChars", "maxInputLines"] as const;
const MAIN_CONTENT = ["auto", "readability", "own", "none"];

export function checkCleanerOptions(options: unknown): CleanerOptions {
  if (options === undefined) return {};
  if (typeof options !== "object" || options === null || Array.isArray(options)) throw new TypeError(`createCleaner: options must be an object, got ${describe(options)}`);
  const o = options as Record<string, unknown>;
  for (const name of WHOLE_FROM_1) {
    const v = o[name];
    if (v !== undefined && !(Number.isInteger(v) && (v as number) >= 1)) throw new RangeError(`createCleaner: ${name} must be a whole number from 1, got ${describe(v)}`);
  }
  const budget = o["timeBudgetMs"];
  if (budget !== undefined && !(typeof budget === "number" && budget > 0)) throw new RangeError(`createCleaner: timeBudgetMs must be a number above 0, got ${describe(budget)}`);
  const guard = o["guard"];
  if (guard !== undefined && guard !== false) {
    const share = typeof guard === "object" && guard !== null ? (guard as Record<string, unknown>)["maxRemovedShare"] : guard;
    if (typeof guard !== "object" || guard === null || (share !== undefined && !(typeof share === "number" && share >= 0 && share <= 1))) {
      throw new RangeError(`createCleaner: guard must be false or { maxRemovedShare } with a share from 0 to 1, got ${describe(share)}`);
    }
  }
  const main = o["mainContent"];
  if (main !== undefined && !MAIN_CONTENT.includes(main as string)) throw new RangeError(`createCleaner: mainContent must be one of ${MAIN_CONTENT.join(", ")}, got ${describe(main)}`);
  const rules = o["rules"];
  if (rules !== undefined && (typeof rules !== "object" || rules === null || Array.isArray(rules))) throw new TypeError(`createCleaner: rules must be an object of rule ids, got ${describe(rules)}`);
  for (const name of ["rulesDirs", "ruleSpecs"]) {
    if (o[name] !== undefined && !Array.isArray(o[name])) throw new TypeError(`createCleaner: ${name} must be a list, got ${describe(o[name])}`);
  }
  return options as CleanerOptions;
}

function describe(v: unknown): string {
  if (typeof v === "string") return JSON.stringify(v);
  if (v === null || Array.isArray(v)) return v === null ? "null" : "a list";
  return typeof v === "object" ? "an object" : String(v);
}
