// Finds rule files on disk and parses them. The only file of the rules room that touches node:fs.
// Parsing the built-in catalog's YAML (and loading the parser) is too slow for a CLI that starts
// per file; `npm run build` therefore writes the parsed catalog to a
// bundle, used only while every rule file still reads as it did then. What the catalog's regexes
// need is written to a file of its own, read only when a regex rule is first compiled; so are the
// plan's code and word table, which a start-up reads only when the package holds no build of
// them (plan/builtin-conditions.ts).
import { readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import type { PlanSource } from "../plan/prefilter.js";
import { rememberPatternReadings, type PatternReading } from "../plan/pattern-needs.js";
import { RuleError } from "./rule.js";
import type { RuleSource } from "./spec.js";

/** The catalog shipped with the package: <package>/rules (this file is at dist/src/rules/load.js). */
export const builtinRulesDir = fileURLToPath(new URL("../../../rules/", import.meta.url));
const bundlePath = fileURLToPath(new URL("../../rules.bundle.json", import.meta.url));
const bytesPath = fileURLToPath(new URL("../../rules.bundle.bytes", import.meta.url));
const needsPath = fileURLToPath(new URL("../../rules.needs.json", import.meta.url));
const planBodyPath = fileURLToPath(new URL("../../rules.plan.json", import.meta.url));

const RULE_FILE = /\.(?:ya?ml|json)$/u;

interface Bundle {
  /** Every built-in rule file, relative to the rules folder with / between folders, in code-unit
   *  order, with its size in bytes: the files' bytes at build time follow each other in that
   *  order in the bundle's second file (rules.bundle.bytes), compared as bytes at start-up. */
  files: Array<{ path: string; bytes: number }>;
  /** The parsed files in load order, each `file` relative to the rules folder. */
  sources: RuleSource[];
  /** The built-in catalog's plan, its rules in catalog order (see plan/prefilter.ts PlanSource),
   *  but for its body (in rules.plan.json). */
  plan: Omit<PlanSource, keyof PlanBody>;
}

/** The parts of the built-in catalog's plan a start-up does without when the build compiled them
 *  into the package: the conditions' code and the word table. */
type PlanBody = Pick<PlanSource, "code" | "table">;

/** What the build writes: the bundle, and what the plan reads of the catalog's regexes, by
 *  "flags/source" (see plan/pattern-needs.ts), in rules.needs.json (readingsFile). */
interface Built {
  regexReadings: Record<string, PatternReading>;
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
      rememberPatternReadings(storedReadings);
      bundledPlan = withBody(bundle.plan);
      return bundle.sources.map((s) => ({ ...s, file: join(builtinRulesDir, s.file) }));
    }
  } catch {
    // No bundle (a source checkout before the first build) or no rules folder: parse the files.
  }
  return loadRuleDir(builtinRulesDir);
}

/** The bundle's plan, its body read from its file when first asked. */
function withBody(plan: Bundle["plan"]): PlanSource {
  let body: PlanBody | undefined;
  const read = (): PlanBody => (body ??= JSON.parse(readFileSync(planBodyPath, "utf8")) as PlanBody);
  return {
    ...plan,
    get code() {
      return read().code;
    },
    get table() {
      return read().table;
    },
  };
}

/** The readings the build stored with the bundle, as JSON text by key; undefined when they cannot
 *  be read (the regexes' sources are then read instead). */
function storedReadings(): Map<string, string> | undefined {
  try {
    return readingTexts(readFileSync(needsPath, "utf8"));
  } catch {
    return undefined;
  }
}

/** The readings file (readingsFile) as each reading's JSON text by its key. */
export function readingTexts(file: string): Map<string, string> {
  const lines = file.split("\n");
  const texts = new Map<string, string>();
  for (let i = 0; i + 1 < lines.length; i += 2) texts.set(JSON.parse(lines[i]!) as string, lines[i + 1]!);
  return texts;
}

/** The readings as a file of lines, each key and each reading on one as JSON (which writes no
 *  line break), so that a run parses only the readings its patterns ask for. */
function readingsFile(readings: Record<string, PatternReading>): string {
  return Object.entries(readings).map(([key, reading]) => `${asciiJson(key)}\n${asciiJson(reading)}\n`).join("");
}

/**
 * Whether the rule files are the ones bundled, compared by content: an installed package has
 * other paths and mtimes than the build machine (npm even resets mtimes), so stamps of those
 * would make every installed copy parse its YAML. Code-unit order, not locale order: the first
 * localeCompare pays for ICU's start-up.
 */
function isCurrent(bundle: Bundle): boolean {
  const paths = ruleFilePaths(builtinRulesDir).sort();
  if (paths.length !== bundle.files.length) return false;
  const bytes = readFileSync(bytesPath);
  let at = 0;
  return bundle.files.every((f, i) => {
    const same = f.path === paths[i] && readFileSync(builtinRulesDir + f.path).equals(bytes.subarray(at, at + f.bytes));
    at += f.bytes;
    return same;
  });
}

/** Writes the bundle of the built-in catalog (run by `npm run build`), with the needs of its
 *  regexes and its plan (its body in a file of its own) (`compile` compiles the parsed files, which reads them). */
export function writeBuiltinBundle(compile: (sources: RuleSource[]) => Built): number {
  const sources = loadRuleDir(builtinRulesDir);
  const rel = (file: string): string => relative(builtinRulesDir, file);
  const read = sources.map((s) => ({ path: rel(s.file).split(sep).join("/"), content: readFileSync(s.file) })).sort((a, b) => (a.path < b.path ? -1 : 1));
  const files = read.map((f) => ({ path: f.path, bytes: f.content.length }));
  const { regexReadings, plan } = compile(sources);
  const { code, table, ...rest } = plan;
  const bundle: Bundle = { files, sources: sources.map((s) => ({ ...s, file: rel(s.file) })), plan: rest };
  writeFileSync(bundlePath, asciiJson(bundle));
  writeFileSync(planBodyPath, asciiJson({ code, table } satisfies PlanBody));
  writeFileSync(needsPath, readingsFile(regexReadings));
  writeFileSync(bytesPath, Buffer.concat(read.map((f) => f.content)));
  return sources.length;
}

/** JSON with every character past ASCII escaped: start-up reads the file as a string, and a
 *  string of ASCII alone takes one byte a character where one accented letter makes it two. */
function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(/[\u007f-\uffff]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/** Rule files below `dir`, sorted so loading never depends on directory order. */
function listRuleFiles(dir: string): string[] {
  return findRuleFiles(dir).sort((a, b) => relative(dir, a).localeCompare(relative(dir, b)));
}

/** Rule files below `dir`, in directory order. */
function findRuleFiles(dir: string): string[] {
  try {
    if (!statSync(dir).isDirectory()) throw new Error("not a directory");
    return ruleFilePaths(dir).map((rel) => join(dir, rel));
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

/** Rule files below `dir` as paths relative to it with / between folders, in directory order.
 *  Strings joined by hand: resolving each path through node:path costs start-up more than reading
 *  the files (see isCurrent). */
function ruleFilePaths(dir: string): string[] {
  const base = dir.endsWith("/") || dir.endsWith(sep) ? dir : dir + sep;
  const out: string[] = [];
  const visit = (rel: string): void => {
    for (const entry of readdirSync(base + rel, { withFileTypes: true })) {
      if (entry.isDirectory()) visit(`${rel}${entry.name}/`);
      else if (entry.isFile() && RULE_FILE.test(entry.name)) out.push(rel + entry.name);
    }
  };
  visit("");
  return out;
}
