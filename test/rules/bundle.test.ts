// The parsed-catalog bundle written at build time must hold exactly what parsing the YAML gives,
// or start-up would run different rules from the ones on disk.
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { describe, it } from "node:test";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { compiledAtBuild, type PatternReading } from "../../src/plan/pattern-needs.js";
import { readPattern } from "../../src/plan/regex-needs.js";
import { builtinConditions } from "../../src/plan/builtin-conditions.js";
import { planSource } from "../../src/plan/prefilter.js";
import { buildCatalog, catalogOrder } from "../../src/rules/configure.js";
import { compileRule } from "../../src/rules/compile.js";
import { builtinPlan, builtinRulesDir, loadBuiltinRules, loadRuleDir, readingTexts } from "../../src/rules/load.js";
import { repoRoot } from "../helpers/paths.js";

/** What the build stored of the catalog's regexes, beside the bundle (read when a regex rule is first compiled). */
const storedReadings = (): Record<string, PatternReading> =>
  Object.fromEntries([...readingTexts(readFileSync(join(repoRoot, "dist/rules.needs.json"), "utf8"))].map(([key, text]) => [key, JSON.parse(text) as PatternReading]));

describe("rules bundle", () => {
  it("rules bundle › equals the parsed rule files", () => {
    assert.deepEqual(loadBuiltinRules(), loadRuleDir(builtinRulesDir));
  });

  it("rules bundle › holds the need and endings of every catalog regex, as reading its source gives them", () => {
    const stored = Object.entries(storedReadings());
    assert.ok(stored.length > 30, `the catalog's regexes are there (${stored.length})`);
    assert.ok(stored.some(([, r]) => r.endings !== undefined), "some pattern has literal endings (the check is exercised)");
    for (const [key, reading] of stored) {
      const slash = key.indexOf("/");
      assert.deepEqual(reading, readPattern(key.slice(slash + 1), key.slice(0, slash)), key);
    }
  });

  it("rules bundle › holds the plan of the built-in catalog, as the catalog parsed from its files writes it", () => {
    loadBuiltinRules();
    const stored = builtinPlan();
    assert.ok(stored !== undefined, "the bundle is current, so its plan is used");
    // Rules compiled from the YAML files, as a catalog without a current bundle starts.
    const fresh = planSource(catalogOrder(loadRuleDir(builtinRulesDir).map((s) => compileRule(s))));
    const { digest, ...plan } = stored;
    assert.deepEqual(plan, fresh);
    assert.equal(digest, createHash("sha256").update(fresh.code).update(JSON.stringify(fresh.table)).digest("hex"), "the digest names the plan's code and word table");
  });

  it("rules bundle › keeps the plan's code and word table out of the file a start-up parses", () => {
    const bundle = JSON.parse(readFileSync(join(repoRoot, "dist/rules.bundle.json"), "utf8")) as { plan: Record<string, unknown> };
    assert.ok(!("code" in bundle.plan) && !("table" in bundle.plan));
    const body = JSON.parse(readFileSync(join(repoRoot, "dist/rules.plan.json"), "utf8")) as { code: string; table: unknown };
    loadBuiltinRules();
    assert.equal(builtinPlan()?.code, body.code);
    assert.deepEqual(builtinPlan()?.table, body.table);
  });

  it("rules bundle › names the conditions the build compiled into the package", () => {
    loadBuiltinRules();
    assert.ok(builtinConditions !== undefined, "the build wrote the built-in conditions");
    assert.equal(builtinConditions.digest, builtinPlan()?.digest);
    assert.equal(builtinConditions.conditions().pre.length, builtinPlan()?.ids.length);
  });

  it("rules bundle › a catalog from the bundle, its examples unchecked, has the examples of the rules compiled from the files", () => {
    const fromBundle = buildCatalog();
    assert.ok(builtinPlan() !== undefined, "the catalog came from a current bundle");
    const fromFiles = catalogOrder(loadRuleDir(builtinRulesDir).map((s) => compileRule(s)));
    assert.deepEqual(
      fromBundle.map((r) => [r.id, r.examples]),
      fromFiles.map((r) => [r.id, r.examples]),
    );
  });

  it("rules bundle › holds every rule file's bytes, in the order and sizes it lists them", () => {
    const bundle = JSON.parse(readFileSync(join(repoRoot, "dist/rules.bundle.json"), "utf8")) as { files: Array<{ path: string; bytes: number }> };
    const bytes = readFileSync(join(repoRoot, "dist/rules.bundle.bytes"));
    assert.equal(bundle.files.length, loadRuleDir(builtinRulesDir).length);
    let at = 0;
    for (const { path, bytes: size } of bundle.files) {
      assert.ok(readFileSync(join(builtinRulesDir, path)).equals(bytes.subarray(at, at + size)), path);
      at += size;
    }
    assert.equal(at, bytes.length);
  });

  it("rules bundle › every stored pattern compiles, so start-up may build the catalog's regexes on first use", () => {
    for (const key of Object.keys(storedReadings())) {
      const slash = key.indexOf("/");
      assert.doesNotThrow(() => new RegExp(key.slice(slash + 1), `${key.slice(0, slash)}ud`), key);
    }
  });

  it("rules bundle › the stored needs are taken when a pattern first asks, after the bundle is loaded", () => {
    loadBuiltinRules();
    const [key] = Object.keys(storedReadings());
    const slash = key!.indexOf("/");
    assert.equal(compiledAtBuild(key!.slice(slash + 1), key!.slice(0, slash)), true);
    assert.equal(compiledAtBuild("no rule of the catalog has this (pattern)", "i"), false);
  });
});
