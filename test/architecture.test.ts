// Layering, checked by reading import specifiers in src/.
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { describe, it } from "node:test";
import { repoRoot, srcDir } from "./helpers/paths.js";

interface Source {
  /** Path relative to the repository root, with forward slashes: "src/engine/run.ts". */
  file: string;
  /** Import specifiers: static imports, re-exports, dynamic import() and require(). */
  imports: string[];
}

const IMPORT = /(?:^|[;\s])(?:import|export)\s+(?:type\s+)?(?:[\w*{}\s,$]+?\s+from\s+)?["']([^"']+)["']|\bimport\s*\(\s*["']([^"']+)["']\s*\)|\brequire\s*\(\s*["']([^"']+)["']\s*\)/gu;

function sources(): Source[] {
  const out: Source[] = [];
  const visit = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) visit(path);
      else if (/\.(?:ts|mts|js)$/u.test(entry.name) && !entry.name.endsWith(".d.ts")) {
        const text = readFileSync(path, "utf8").replace(/\/\*[\s\S]*?\*\/|(?<![:"'])\/\/.*$/gmu, "");
        const imports = [...text.matchAll(IMPORT)].map((m) => (m[1] ?? m[2] ?? m[3])!);
        out.push({ file: relative(repoRoot, path).split(sep).join("/"), imports });
      }
    }
  };
  visit(srcDir);
  return out;
}

/** A relative specifier resolved to a repository path without extension ("src/engine/run"); bare ones as written. */
function target(from: string, spec: string): string {
  if (!spec.startsWith(".")) return spec;
  return relative(repoRoot, resolve(repoRoot, dirname(from), spec)).split(sep).join("/").replace(/\.(?:js|ts|mjs)$/u, "");
}

const all = sources();
const under = (prefix: string) => all.filter((s) => s.file.startsWith(prefix));
/** Imports of the files under `prefix` that satisfy `bad`, as "file -> specifier". */
const offenders = (files: Source[], bad: (target: string, spec: string, file: string) => boolean): string[] =>
  files.flatMap((s) => s.imports.filter((spec) => bad(target(s.file, spec), spec, s.file)).map((spec) => `${s.file} -> ${spec}`));
const isNodeFs = (spec: string): boolean => /^(?:node:)?fs(?:\/promises)?$/u.test(spec);

describe("architecture", () => {
  it("architecture › the import scanner sees imports", () => {
    const cleaner = all.find((s) => s.file === "src/cleaner.ts");
    assert.ok(cleaner, "src/cleaner.ts not found");
    assert.ok(cleaner.imports.includes("./engine/process.js"), `cleaner imports: ${cleaner.imports.join(", ")}`);
    assert.ok(under("src/matchers/").length > 0 && under("src/engine/").length > 0);
  });

  it("architecture › src/matchers imports nothing from engine, rules or cleaner", () => {
    assert.deepEqual(offenders(under("src/matchers/"), (t) => /^src\/(?:engine|rules)\/|^src\/cleaner$/u.test(t)), []);
  });

  it("architecture › src/plan (the speed room) imports nothing from the engine, the front ends, the region model, metadata or the cleaner", () => {
    assert.ok(under("src/plan/").length >= 5, "the plan's files are found");
    assert.deepEqual(offenders(under("src/plan/"), (t) => /^src\/(?:engine|input|region|metadata|cli|batch|queue)\/|^src\/cleaner$/u.test(t)), []);
  });

  it("architecture › src/engine does not import node:fs, cheerio, jsdom or yargs", () => {
    assert.deepEqual(offenders(under("src/engine/"), (_t, spec) => isNodeFs(spec) || /^(?:cheerio|jsdom|yargs)(?:\/|$)/u.test(spec)), []);
  });

  it("architecture › only src/io/**, src/rules/load.ts and src/input/html/vocabulary-files.ts import node:fs", () => {
    // The two loaders of data files the library ships: the rule catalog and the HTML vocabulary.
    const allowed = (file: string): boolean => file.startsWith("src/io/") || file === "src/rules/load.ts" || file === "src/input/html/vocabulary-files.ts";
    assert.deepEqual(offenders(all, (_t, spec, file) => isNodeFs(spec) && !allowed(file)), []);
  });

  it("architecture › src/metadata imports nothing from src/input (the HTML front end reads the page, metadata resolves)", () => {
    assert.deepEqual(offenders(under("src/metadata/"), (t) => /^src\/input\//u.test(t)), []);
  });

  it("architecture › src/batch does not import the library entry or the CLI (the library renders no CLI output)", () => {
    assert.deepEqual(offenders(under("src/batch/"), (t) => t === "src/index" || t.startsWith("src/cli/")), []);
  });

  it("architecture › only src/cli imports yargs", () => {
    assert.deepEqual(offenders(all, (_t, spec, file) => /^yargs(?:\/|$)/u.test(spec) && !file.startsWith("src/cli/")), []);
  });

  it("architecture › the library entry does not reach src/cli or src/io", () => {
    // Follow relative imports from src/index.ts through the whole graph.
    const byPath = new Map(all.map((s) => [s.file.replace(/\.(?:ts|mts|js)$/u, ""), s]));
    const seen = new Set<string>();
    const path: Map<string, string> = new Map();
    const queue = ["src/index"];
    const reached: string[] = [];
    while (queue.length > 0) {
      const node = queue.shift()!;
      if (seen.has(node)) continue;
      seen.add(node);
      if (/^src\/(?:cli|io)(?:\/|$)/u.test(node)) reached.push(`${node} (via ${path.get(node)})`);
      const source = byPath.get(node) ?? byPath.get(`${node}/index`);
      for (const spec of source?.imports ?? []) {
        const t = target(source!.file, spec);
        if (!t.startsWith("src/")) continue;
        if (!path.has(t)) path.set(t, source!.file);
        queue.push(t);
      }
    }
    assert.ok(seen.has("src/engine/process"), "the walk did not reach the engine: the scanner is broken");
    assert.deepEqual(reached, []);
  });
});
