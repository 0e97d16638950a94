// Finds rule files on disk and parses them. The only file of the rules room that touches node:fs.
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { RuleError } from "./rule.js";
import type { RuleSource } from "./spec.js";

/** The catalog shipped with the package: <package>/rules (this file is at dist/src/rules/load.js). */
export const builtinRulesDir = fileURLToPath(new URL("../../../rules/", import.meta.url));

const RULE_FILE = /\.(?:ya?ml|json)$/u;

export function loadRuleDir(dir: string): RuleSource[] {
  const problems: string[] = [];
  const sources: RuleSource[] = [];
  let files: string[];
  try {
    if (!statSync(dir).isDirectory()) throw new Error("not a directory");
    files = walk(dir);
  } catch (error) {
    throw new RuleError([`${dir}: cannot read rules folder (${(error as Error).message})`]);
  }
  for (const file of files) {
    try {
      const raw = readFileSync(file, "utf8");
      sources.push({ file, data: file.endsWith(".json") ? JSON.parse(raw) : parse(raw, { prettyErrors: true }) });
    } catch (error) {
      problems.push(`${file}: cannot parse (${(error as Error).message.split("\n")[0]})`);
    }
  }
  if (problems.length > 0) throw new RuleError(problems);
  return sources;
}

/** Rule files below `dir`, sorted so loading never depends on directory order. */
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
  return out.sort((a, b) => relative(dir, a).localeCompare(relative(dir, b)));
}
