// Every rule of the default catalog runs its own examples in isolation (only that rule on, plus
// the rules an example names in `with`), the way ESLint's RuleTester does.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { checkExamples } from "../../src/check-examples.js";
import { createCleaner } from "../../src/cleaner.js";
import type { Rule } from "../../src/rules/rule.js";

let rules: readonly Rule[] = [];
let loadError: unknown;
try {
  rules = createCleaner({ guard: false }).rules;
} catch (error) {
  loadError = error;
}

describe("rule examples", () => {
  it("default catalog › loads without errors", () => {
    if (loadError !== undefined) assert.fail(`the default catalog does not load:\n${(loadError as Error).message}`);
    assert.ok(rules.length > 0, "the default catalog has no rules");
  });

  for (const rule of rules) {
    it(`${rule.id} › examples`, () => {
      const failures = checkExamples(rule, {});
      if (failures.length > 0) {
        assert.fail(`${rule.file}\n${failures.map((f) => `  ${f.example}: ${f.problem}`).join("\n")}`);
      }
    });
  }
});
