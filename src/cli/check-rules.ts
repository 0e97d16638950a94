// --check-rules [DIR]: loads the catalog (which validates every file, refuses slow regexes in user
// folders and duplicate ids), runs each rule's own examples in isolation, and checks the hygiene
// the built-in catalog is held to (id = file name, one-line summary, examples both ways).
// With DIR, only the rules from DIR are checked, but against the whole catalog.
import { basename, resolve, sep } from "node:path";
import { checkExamples } from "../check-examples.js";
import type { CatalogOptions, Rule } from "../index.js";
import { loadCleaner } from "./catalog.js";

export interface CheckOutcome {
  failures: string[];
  checked: number;
}

export function checkRules(catalog: CatalogOptions, dir: string | undefined): CheckOutcome {
  const withDir: CatalogOptions = dir ? { ...catalog, rulesDirs: [...(catalog.rulesDirs ?? []), dir] } : catalog;
  const loaded = loadCleaner(withDir);
  if ("problems" in loaded) return { failures: loaded.problems, checked: 0 };
  const inDir = (r: Rule): boolean => dir === undefined || resolve(r.file).startsWith(resolve(dir) + sep);
  const rules = loaded.cleaner.rules.filter(inDir);
  const failures: string[] = [];
  for (const rule of rules) {
    failures.push(...hygiene(rule).map((p) => `${rule.file}: ${p}`));
    for (const f of checkExamples(rule, { rulesDirs: withDir.rulesDirs ?? [], builtin: withDir.builtin ?? true })) {
      failures.push(`${rule.file}: examples › ${f.example}: ${f.problem}`);
    }
  }
  return { failures, checked: rules.length };
}

function hygiene(rule: Rule): string[] {
  const problems: string[] = [];
  const name = basename(rule.file).replace(/\.(?:ya?ml|json)$/u, "");
  // Scoped ids ("acme/promo-code") are named by their last part.
  if (rule.file !== "(api)" && name !== rule.id.split("/").pop()) problems.push(`id: "${rule.id}" differs from the file name "${name}"`);
  const summary = rule.summary.trim();
  if (summary.includes("\n") || summary.length > 80) problems.push(`summary: must be one line of at most 80 characters (has ${summary.length})`);
  const kept = rule.examples.filter((e) => e.keep === true).length;
  if (rule.action !== "keep") {
    if (rule.examples.length - kept < 1) problems.push("examples: needs at least one example that removes something (output)");
    if (kept < 1) problems.push("examples: needs at least one example that is kept (keep: true)");
  }
  return problems;
}
