// Finds rule files on disk and parses them. The only file of the rules room that touches node:fs.
// Parsing the built-in catalog's YAML (and loading the parser) is too slow for a CLI that starts
// per file; `npm run build` therefore writes the parsed catalog to a
// bundle, used only while every rule file still reads as it did then.
import { readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import type { Need } from "../plan/need.js";
import type { PlanSource } from "../plan/prefilter.js";
import { rememberPatternNeeds } from "../plan/pattern-needs.js";
import { RuleError } from "./rule.js";
import type { RuleSource } from "./spec.js";

/** The catalog shipped with the package: <package>/rules (this file is at dist/src/rules/load.js). */
export const builtinRulesDir = fileURLToPath(new URL("../../../rules/", import.meta.url));
const bundlePath = fileURLToPath(new URL("../../rules.bundle.json", import.meta.url));

const RULE_FILE = /\.(?:ya?ml|json)$/u;

interface Bundle {
  /** Every built-in rule file, relative to the rules folder, in code-unit order, with its text at build time. */
  files: Array<{ path: string; text: string }>;
  /** The parsed files in load order, each `file` relative to the rules folder. */
  sources: RuleSource[];
  /** What the catalog's regexes need, by "flags/source" (see plan/pattern-needs.ts). */
  regexNeeds: Record<string, Need>;
  /** The built-in catalog's plan, its rules in catalog order (see plan/prefilter.ts PlanSource). */
  plan: PlanSource;
}

/** The plan in the bundle the built-in rules were last loaded from; undefined when they were
 *  parsed from their files. */
let bundledPlan: PlanSource | undefined;

/** The built-in catalog's plan, as the build wrote it, when the rules last loaded came from the bundle. */
export function builtinPlan(): PlanSource | undefined {
  return bundledPlan;
}

export function loadRuleDir(dir: string): RuleSource[] {
  const files = listRuleFiles(dir);
  const problems: string[] = [];
  const sources: RuleSource[] = [];
  for (const file of files) {
    try {
      const raw = readFileSync(file, "utf8");
      sources.push({ file, data: file.endsWith(".json") ? JSON.parse(raw) : parseYaml(raw) });
    } catch (error) {
      problems.push(`${file}: cannot parse (${(error as Error).message.split("\n")[0]})`);
    }
  }
  if (problems.length > 0) throw new RuleError(problems);
  return sources;
}

/** The built-in catalog: from the bundle while it is current, else from the YAML files. */
export function loadBuiltinRules(): RuleSource[] {
  bundledPlan = undefined;
  try {
    const bundle = JSON.parse(readFileSync(bundlePath, "utf8")) as Bundle;
    if (isCurrent(bundle)) {
      rememberPatternNeeds(bundle.regexNeeds);
      bundledPlan = bundle.plan;
      return bundle.sources.map((s) => ({ ...s, file: join(builtinRulesDir, s.file) }));
    }
  } catch {
    // No bundle (a source checkout before the first build) or no rules folder: parse the files.
  }
  return loadRuleDir(builtinRulesDir);
}

/**
 * Whether the rule files are the ones bundled, compared by content: an installed package has
 * other paths and mtimes than the build machine (npm even resets mtimes), so stamps of those
 * would make every installed copy parse its YAML. Code-unit order, not locale order: the first
 * localeCompare pays for ICU's start-up.
 */
function isCurrent(bundle: Bundle): boolean {
  const paths = findRuleFiles(builtinRulesDir).map((f) => relative(builtinRulesDir, f)).sort();
  return paths.length === bundle.files.length && bundle.files.every((f, i) => f.path === paths[i] && readFileSync(join(builtinRulesDir, f.path), "utf8") === f.text);
}

/** Writes the bundle of the built-in catalog (run by `npm run build`), with the needs of its
 *  regexes and its plan (`compile` compiles the parsed files, which reads them). */
export function writeBuiltinBundle(compile: (sources: RuleSource[]) => Pick<Bundle, "regexNeeds" | "plan">): number {
  const sources = loadRuleDir(builtinRulesDir);
  const rel = (file: string): string => relative(builtinRulesDir, file);
  const files = sources.map((s) => ({ path: rel(s.file), text: readFileSync(s.file, "utf8") })).sort((a, b) => (a.path < b.path ? -1 : 1));
  const bundle: Bundle = { files, sources: sources.map((s) => ({ ...s, file: rel(s.file) })), ...compile(sources) };
  writeFileSync(bundlePath, JSON.stringify(bundle));
  return sources.length;
}

/** Rule files below `dir`, sorted so loading never depends on directory order. */
function listRuleFiles(dir: string): string[] {
  return findRuleFiles(dir).sort((a, b) => relative(dir, a).localeCompare(relative(dir, b)));
}

/** Rule files below `dir`, in directory order. */
function findRuleFiles(dir: string): string[] {
  try {
    if (!statSync(dir).isDirectory()) throw new Error("not a directory");
    return walk(dir);
  } catch (error) {
    throw new RuleError([`${dir}: cannot read rules folder (${(error as Error).message})`]);
  }
}

/** yaml is loaded on first use: a current bundle never needs it. */
let yamlParse: ((src: string, options: { prettyErrors: boolean }) => unknown) | undefined;
function parseYaml(raw: string): unknown {
  yamlParse ??= (createRequire(import.meta.url)("yaml") as { parse: NonNullable<typeof yamlParse> }).parse;
  return yamlParse(raw, { prettyErrors: true });
}

function walk(dir: string): string[] {
  const out: string[] = [];
  const visit = (d: string): void => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) visit(path);
      else if (entry.isFile() && RULE_FILE.test(entry.name)) out.push(path);
    }
  };
  visit(dir);
  return out;
}
