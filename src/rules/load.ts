// Finds rule files on disk and parses them. The only file of the rules room that touches node:fs.
// Parsing the built-in catalog's YAML costs ~100 ms (plus ~35 ms to load the parser), too much
// for a CLI that starts per file; `npm run build` therefore writes the parsed catalog to a
// bundle, used only while every rule file still has the size and mtime recorded in it.
import { readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { RuleError } from "./rule.js";
import type { RuleSource } from "./spec.js";

/** The catalog shipped with the package: <package>/rules (this file is at dist/src/rules/load.js). */
export const builtinRulesDir = fileURLToPath(new URL("../../../rules/", import.meta.url));
const bundlePath = fileURLToPath(new URL("../../rules.bundle.json", import.meta.url));

const RULE_FILE = /\.(?:ya?ml|json)$/u;

interface Bundle {
  stamps: string[];
  sources: RuleSource[];
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
  const stamps = stampsOf(findRuleFiles(builtinRulesDir)).sort();
  try {
    const bundle = JSON.parse(readFileSync(bundlePath, "utf8")) as Bundle;
    if (bundle.stamps.length === stamps.length && bundle.stamps.every((s, i) => s === stamps[i])) return bundle.sources;
  } catch {
    // No bundle (a source checkout before the first build): parse the files.
  }
  return loadRuleDir(builtinRulesDir);
}

/** Writes the bundle of the built-in catalog (run by `npm run build`). */
export function writeBuiltinBundle(): number {
  const sources = loadRuleDir(builtinRulesDir);
  // Stamps are kept in code-unit order, not load order: see findRuleFiles.
  const bundle: Bundle = { stamps: stampsOf(sources.map((s) => s.file)).sort(), sources };
  writeFileSync(bundlePath, JSON.stringify(bundle));
  return sources.length;
}

function stampsOf(files: readonly string[]): string[] {
  return files.map((f) => {
    const st = statSync(f);
    return `${f}:${st.size}:${st.mtimeMs}`;
  });
}

/** Rule files below `dir`, sorted so loading never depends on directory order. */
function listRuleFiles(dir: string): string[] {
  return findRuleFiles(dir).sort((a, b) => relative(dir, a).localeCompare(relative(dir, b)));
}

/**
 * Rule files below `dir`, in directory order. The bundle check needs no order of its own: the
 * first localeCompare costs ~14 ms of ICU start-up, a quarter of a small run's catalog load.
 */
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
