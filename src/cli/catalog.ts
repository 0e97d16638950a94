// The cleaner options shared by cleaning, --list-rules and --check-rules (the rules, and the
// input limits), and the one place a RuleError becomes a command-line message.
// From their modules, not ../index.js: the index also loads the worker pool and the HTML decoder.
import { createCleaner, type Cleaner, type CleanerOptions } from "../cleaner.js";
import { RuleError } from "../rules/rule.js";
import type { CliOptions } from "./args.js";
import { UsageError } from "./exit-codes.js";
import { formatOfPath } from "./output-format.js";
import { parseRuleFlags } from "./rule-flags.js";

export function catalogOptions(options: CliOptions): CleanerOptions {
  const limits = { ...(options.maxInputChars !== undefined ? { maxInputChars: options.maxInputChars } : {}), ...(options.maxInputLines !== undefined ? { maxInputLines: options.maxInputLines } : {}) };
  const catalog: CleanerOptions = { builtin: options.builtin, rulesDirs: options.rulesDirs, rules: parseRuleFlags(options.ruleFlags), ...limits };
  // Markdown and HTML outputs render the kept blocks' structure; the other outputs never read it.
  if (rendersMarkup(options)) catalog.markup = true;
  if (options.guard !== undefined) catalog.guard = options.guard === false ? false : { maxRemovedShare: options.guard };
  return catalog;
}

function rendersMarkup(options: CliOptions): boolean {
  if (options.format !== undefined) return options.format === "markdown" || options.format === "html";
  const asked = options.output === undefined ? undefined : formatOfPath(options.output);
  return asked === "markdown" || asked === "html";
}

/** The cleaner, or the catalog's problems as data (--check-rules lists them as failures). */
export function loadCleaner(catalog: CleanerOptions): { cleaner: Cleaner } | { problems: string[] } {
  try {
    return { cleaner: createCleaner(catalog) };
  } catch (error) {
    if (error instanceof RuleError) return { problems: error.problems.map(forCli) };
    throw error;
  }
}

export function buildCleaner(catalog: CleanerOptions): Cleaner {
  const loaded = loadCleaner(catalog);
  if ("problems" in loaded) throw new UsageError(`bad rules:\n${loaded.problems.map((p) => `  ${p}`).join("\n")}`);
  return loaded.cleaner;
}

/** The library names an unknown id by its option key ("rules.nope"); the user typed "--rule nope=...". */
function forCli(problem: string): string {
  return problem.replace(/^rules\.([^:]+):/u, "--rule $1:");
}
