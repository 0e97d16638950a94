// The parsed-catalog bundle written at build time must hold exactly what parsing the YAML gives,
// or start-up would run different rules from the ones on disk.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { builtinRulesDir, loadBuiltinRules, loadRuleDir } from "../../src/rules/load.js";

describe("rules bundle", () => {
  it("rules bundle › equals the parsed rule files", () => {
    assert.deepEqual(loadBuiltinRules(), loadRuleDir(builtinRulesDir));
  });
});
