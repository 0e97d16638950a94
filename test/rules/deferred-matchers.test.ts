// The built-in catalog from a current bundle compiles each matcher when a document first asks
// for it (need.ts deferMatcher): a run that meets few rules does not pay for all of them. The
// results must be those of matchers compiled up front.
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { createCleaner } from "../../src/cleaner.js";
import { makeSubject } from "../helpers/subject.js";
import { deferMatcher, infoOf, isDeferred, needKey } from "../../src/plan/need.js";
import { checkOf, planFor } from "../../src/plan/prefilter.js";
import { compileRule } from "../../src/rules/compile.js";
import { builtinRulesDir } from "../../src/rules/load.js";
import type { Subject } from "../../src/matchers/matcher.js";
import { repoRoot } from "../helpers/paths.js";

const source = (match: unknown) => ({
  file: "test.yaml",
  data: {
    id: "deferred",
    summary: "a deferred rule",
    match,
    action: "drop",
    reason: "matched",
    examples: [{ input: "Share this\n\nText.", output: "Text." }, { input: "Text.", keep: true }],
  },
});

const lineSubject = (text: string): Subject =>
  makeSubject({ kind: "line", id: "l0", text, lineCount: 1, prev: () => undefined, next: () => undefined, position: () => 0, classify: () => ({ label: "content", evidence: {} }), region: () => ({ part: "none", why: "", evidence: {} }) });

describe("deferred matchers", () => {
  it("a deferred matcher is compiled on its first test, and the rule then holds the compiled one", () => {
    const rule = compileRule(source({ exact: ["share this"] }), { deferMatchers: true });
    const wrapper = rule.test;
    assert.notEqual(rule.test(lineSubject("Share this")), null);
    assert.notEqual(rule.test, wrapper, "the rule still calls through the wrapper");
    assert.equal(rule.test(lineSubject("Text.")), null);
    assert.equal(wrapper(lineSubject("Text.")), null);
  });

  it("a fault in a deferred matcher surfaces when it is compiled, not before, and it is compiled once", () => {
    const rule = compileRule(source({ nosuchword: 1 }), { deferMatchers: true });
    assert.throws(() => rule.test(lineSubject("Share this")), /unknown matcher/u);
    assert.throws(() => compileRule(source({ nosuchword: 1 })), /unknown matcher/u);
    let compiles = 0;
    const failing = deferMatcher(() => {
      compiles++;
      throw new SyntaxError("Invalid regular expression flags");
    }, () => assert.fail("a failed compile handed on a matcher"));
    for (let i = 0; i < 3; i++) assert.throws(() => failing(lineSubject("Share this")), /Invalid regular expression flags/u);
    assert.equal(compiles, 1);
  });

  it("asking what a deferred matcher needs compiles it and answers as the compiled matcher", () => {
    const eager = compileRule(source({ all: [{ exact: ["share this"] }, { words: { max: 3 } }] }));
    const deferred = compileRule(source({ all: [{ exact: ["share this"] }, { words: { max: 3 } }] }), { deferMatchers: true });
    assert.deepEqual(infoOf(deferred.test), infoOf(eager.test));
  });

  it("the plan finds a check by what it asks, for a need object it has not met", () => {
    const rule = compileRule(source({ exact: ["share this", "tweet"] }));
    const plan = planFor([rule]);
    for (const need of infoOf(rule.test).checks) {
      const twin = JSON.parse(JSON.stringify(need)) as typeof need;
      assert.notEqual(twin, need);
      assert.equal(needKey(twin), needKey(need));
      assert.equal(checkOf(plan, twin), checkOf(plan, need));
      assert.notEqual(checkOf(plan, need), undefined);
    }
  });

  it("needs that differ only in an infinite or missing bound have different keys", () => {
    assert.notEqual(needKey({ kind: "words", min: 0, max: Infinity }), needKey({ kind: "words", min: 0, max: Number.NaN }));
    assert.notEqual(needKey({ kind: "words", min: -Infinity, max: 3 }), needKey({ kind: "words", min: Infinity, max: 3 }));
  });

  it("the built-in catalog cleans the seeds as the same rules compiled up front do", () => {
    const deferred = createCleaner();
    const waiting = (): number => deferred.rules.filter((r) => isDeferred(r.test)).length;
    assert.equal(waiting(), deferred.rules.length, "a built-in rule was compiled before any document asked for it");
    // The same files as a rules folder: parsed and compiled at once, with the plan written from them.
    const eager = createCleaner({ builtin: false, rulesDirs: [builtinRulesDir] });
    const seeds = join(repoRoot, "seeds");
    const texts = readdirSync(seeds).map((name) => readFileSync(join(seeds, name, "input.txt"), "utf8"));
    assert.ok(texts.length > 0);
    for (const text of texts) {
      const a = deferred.clean(text);
      const b = eager.clean(text);
      assert.equal(a.text, b.text);
      assert.deepEqual(a.removed.map((r) => [r.ruleId, r.range]), b.removed.map((r) => [r.ruleId, r.range]));
      assert.deepEqual(a.metadata, b.metadata);
    }
    assert.ok(waiting() < deferred.rules.length, "cleaning compiled no rule");
  });
});
