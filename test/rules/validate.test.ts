// Error messages are the newcomer's interface, so they are tested as text.
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, it } from "node:test";
import { createCleaner, type CleanerOptions } from "../../src/cleaner.js";
import { vocabulary } from "../../src/matchers/registry.js";
import { RuleError } from "../../src/rules/rule.js";
import type { RuleSource } from "../../src/rules/spec.js";

const EXAMPLES = [
  { input: "Advertisement", output: "" },
  { input: "An advertisement ran in the paper.", keep: true },
];
const good = { id: "ad-label", summary: "Advertisement labels", match: { exact: ["Advertisement"] }, action: "drop", reason: "ad label", examples: EXAMPLES };
const spec = (file: string, data: unknown): RuleSource => ({ file, data });

/** The problems a cleaner with these options reports, or a failure if it builds. */
function problemsOf(options: CleanerOptions): readonly string[] {
  try {
    createCleaner({ builtin: false, ...options });
  } catch (error) {
    if (error instanceof RuleError) return error.problems;
    throw error;
  }
  assert.fail("expected a RuleError, but the cleaner was built");
}

const cases: Array<{ name: string; options: CleanerOptions; problems: string[] }> = [
  {
    name: "unknown key › names the key and suggests the near one",
    options: { ruleSpecs: [spec("t.yaml", { ...good, zome: "tail", examles: [] })] },
    problems: ["t.yaml: zome: unknown key", 't.yaml: examles: unknown key (did you mean "examples"?)'],
  },
  {
    name: "misspelt required key › reported as unknown and as missing",
    options: { ruleSpecs: [spec("t.yaml", { id: good.id, summery: "x", match: good.match, action: good.action, reason: good.reason, examples: good.examples })] },
    problems: ['t.yaml: summery: unknown key (did you mean "summary"?)', "t.yaml: summary: missing"],
  },
  {
    name: "invalid regex › names the key path and the engine's complaint",
    options: { ruleSpecs: [spec("t.yaml", { ...good, match: { regex: "(unclosed" } })] },
    problems: ["t.yaml: match.regex: invalid regular expression (Invalid regular expression: /(unclosed/u: Unterminated group)"],
  },
  {
    name: "invalid regex in a list › names the list index",
    options: { ruleSpecs: [spec("t.yaml", { ...good, match: { any: [{ words: { max: 3 } }, { regex: ["ok", "[z-a]"] }] } })] },
    problems: ["t.yaml: match.any[1].regex[1]: invalid regular expression (Invalid regular expression: /[z-a]/u: Range out of order in character class)"],
  },
  {
    name: "unknown matcher › suggests the near word",
    options: { ruleSpecs: [spec("t.yaml", { ...good, match: { phrase: ["subscribe"] } })] },
    problems: ['t.yaml: match.phrase: unknown matcher (did you mean "phrases"?)'],
  },
  {
    name: "unknown matcher › lists the vocabulary when nothing is near",
    options: { ruleSpecs: [spec("t.yaml", { ...good, match: { glob: "*" } })] },
    problems: [`t.yaml: match.glob: unknown matcher (expected one of: ${Object.keys(vocabulary).join(", ")})`],
  },
  {
    name: "missing keys › each one named",
    options: { ruleSpecs: [spec("bare.yaml", { id: "bare" })] },
    problems: ["bare.yaml: summary: missing", "bare.yaml: match: missing", "bare.yaml: action: missing", "bare.yaml: reason: missing", "bare.yaml: examples: missing"],
  },
  {
    name: "bad enum values › list the allowed ones",
    options: { ruleSpecs: [spec("t.yaml", { ...good, zone: "footer", action: "remove" })] },
    problems: ["t.yaml: zone: expected one of head, body, tail, anywhere", "t.yaml: action: expected one of drop, drop-run, drop-rest, drop-section, trim, extract, keep"],
  },
  {
    name: "page types a rule is off on › an unknown type lists the known ones",
    options: { ruleSpecs: [spec("t.yaml", { ...good, offOnPageTypes: ["listing", "blog"] })] },
    problems: ["t.yaml: offOnPageTypes: expected a list of article, forum, product, documentation, listing, collection, service"],
  },
  {
    name: "examples › a rule without a kept example is refused",
    options: { ruleSpecs: [spec("t.yaml", { ...good, examples: [EXAMPLES[0]] })] },
    problems: ["t.yaml: examples: need at least one example that is removed and one that is kept"],
  },
  {
    name: "duplicate id › names both files",
    options: { ruleSpecs: [spec("a/ad-label.yaml", good), spec("b/ad-label.yaml", good)] },
    problems: ['b/ad-label.yaml: id: "ad-label" is already defined in a/ad-label.yaml'],
  },
  {
    name: "override of an unknown rule › refused",
    options: { ruleSpecs: [spec("ad-label.yaml", good)], rules: { nope: "off" } },
    problems: ["rules.nope: no such rule"],
  },
  {
    name: "override with a typo › suggests the near id",
    options: { ruleSpecs: [spec("ad-label.yaml", good)], rules: { "ad-lable": "off" } },
    problems: ['rules.ad-lable: no such rule (did you mean "ad-label"?)'],
  },
  {
    name: "override with a bad value › explains the allowed switches",
    options: { ruleSpecs: [spec("ad-label.yaml", good)], rules: { "ad-label": { mode: "loud" } as never } },
    problems: ["rules.ad-label.mode: expected mode (on|report|off), zone (head|body|tail|anywhere) or window (whole number >= 1)"],
  },
];

describe("validate", () => {
  for (const c of cases) {
    it(`validate › ${c.name}`, () => {
      assert.deepEqual(problemsOf(c.options), c.problems);
    });
  }

  // Each of these hangs V8 on a line of a few dozen to a few thousand characters; the first two
  // passed the old timing probe, whose sample strings lacked their literals.
  const hanging: Array<[string, RegExp]> = [
    ["^([A-Z]+)+$", /: match\.regex: nested quantifier can backtrack exponentially: \(\[A-Z\]\+\)\+$/u],
    ["Source: (a+)+$", /: match\.regex: nested quantifier can backtrack exponentially: \(a\+\)\+$/u],
    ["(a|a)*$", /: match\.regex: repeated alternatives can match the same text in more than one way, so backtracking is exponential: \(a\|a\)\*$/u],
    ["(\\w+\\s?)*$", /: match\.regex: nested quantifier can backtrack exponentially: \(\\w\+\\s\?\)\*$/u],
    ["a*a*a*b", /: match\.regex: quantifiers can trade the same characters, so backtracking grows as n\^4 \(at most n\^2 allowed\): \(unanchored start\) … a\* … a\* … a\*$/u],
  ];
  for (const [pattern, message] of hanging) {
    it(`validate › ${pattern} is refused, naming the file, the key and the culprit`, () => {
      const problems = problemsOf({ ruleSpecs: [spec("slow.yaml", { ...good, match: { regex: pattern } })] });
      assert.equal(problems.length, 1, problems.join("\n"));
      assert.ok(problems[0]!.startsWith("slow.yaml: match.regex: "), problems[0]);
      assert.match(problems[0]!, message);
    });
  }

  it("validate › a regex nested in any/not and in until is checked under its own key", () => {
    const problems = problemsOf({ ruleSpecs: [spec("deep.yaml", { ...good, action: "drop-section", match: { any: [{ exact: ["Related"] }, { regex: ["^ok$", "(x+)+y"] }] }, until: { not: { regex: "(a|a)*$" } } })] });
    assert.deepEqual(problems.map((p) => p.split(": ").slice(0, 2).join(": ")), ["deep.yaml: match.any[1].regex[1]", "deep.yaml: until.not.regex"]);
  });

  it("validate › a backreference is refused: it cannot be checked", () => {
    const problems = problemsOf({ ruleSpecs: [spec("backref.yaml", { ...good, match: { regex: "^(\\w+) \\1$" } })] });
    assert.deepEqual(problems, ["backref.yaml: match.regex: backreferences cannot be checked for backtracking (\\1); match without them"]);
  });

  it("validate › safe regexes pass: linear, quadratic at most, counted repeats, lookarounds", () => {
    for (const regex of ["^a+$", "\\s*,\\s*", "^(?:\\w+ )*x$", "(?<![\\p{L}])\\d{1,3}\\s*min", "^(?:[a-z]+, ){0,4}end$", "^\\s*sources?\\s*:\\s*(?<source>[\\p{L}\\p{N}][\\p{L}\\p{N} .,&/()-]{1,60}?)\\s*\\.?$"]) {
      assert.doesNotThrow(() => createCleaner({ builtin: false, ruleSpecs: [spec("fast.yaml", { ...good, match: { regex } })] }), regex);
    }
  });

  describe("rules folder", () => {
    const dir = mkdtempSync(join(tmpdir(), "deboil-validate-"));
    after(() => rmSync(dir, { recursive: true, force: true }));

    it("rules folder › a YAML syntax error names the file", () => {
      const folder = join(dir, "broken");
      mkdirSync(join(folder, "tail"), { recursive: true });
      const file = join(folder, "tail", "broken.yaml");
      writeFileSync(file, "id: broken\nsummary: [unclosed\nmatch: {exact: [x]\n");
      const problems = problemsOf({ rulesDirs: [folder] });
      assert.equal(problems.length, 1);
      assert.ok(problems[0]!.startsWith(`${file}: cannot parse (`), problems[0]);
    });

    it("rules folder › a missing folder is named", () => {
      const missing = join(dir, "nowhere");
      const problems = problemsOf({ rulesDirs: [missing] });
      assert.equal(problems.length, 1);
      assert.ok(problems[0]!.startsWith(`${missing}: cannot read rules folder (`), problems[0]);
    });
  });
});
