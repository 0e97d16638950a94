// createCleaner's options are checked when the cleaner is built: a wrong type or range throws
// with the option's name instead of a cleaner that cleans or guards nothing.
import assert from "node:assert/strict";
import { test } from "node:test";
import { createCleaner, type CleanerOptions } from "../../src/cleaner.js";

const bad: Array<[unknown, RegExp]> = [
  [null, /options must be an object, got null/u],
  [[], /options must be an object, got a list/u],
  [{ maxPasses: -1 }, /maxPasses must be a whole number from 1, got -1/u],
  [{ maxPasses: Number.NaN }, /maxPasses must be a whole number from 1, got NaN/u],
  [{ maxUnitChars: 0 }, /maxUnitChars must be a whole number from 1/u],
  [{ maxInputChars: "5" }, /maxInputChars must be a whole number from 1, got "5"/u],
  [{ maxInputLines: 2.5 }, /maxInputLines must be a whole number from 1, got 2.5/u],
  [{ timeBudgetMs: -5 }, /timeBudgetMs must be a number above 0, got -5/u],
  [{ guard: { maxRemovedShare: "x" } }, /guard must be false or \{ maxRemovedShare \} with a share from 0 to 1, got "x"/u],
  [{ guard: { maxRemovedShare: 1.5 } }, /share from 0 to 1, got 1.5/u],
  [{ guard: true }, /guard must be false/u],
  [{ mainContent: "best" }, /mainContent must be one of auto, readability, own, none, got "best"/u],
  [{ rules: 5 }, /rules must be an object of rule ids, got 5/u],
  [{ rulesDirs: "rules" }, /rulesDirs must be a list, got "rules"/u],
];

for (const [options, message] of bad) {
  test(`createCleaner(${JSON.stringify(options) ?? String(options)}) throws naming the option`, () => {
    assert.throws(() => createCleaner(options as CleanerOptions), (error: Error) => (error instanceof TypeError || error instanceof RangeError) && message.test(error.message));
  });
}

test("options in range build a cleaner that uses them", () => {
  const text = "The council approved the budget for the new bridge on Monday after a long debate.";
  assert.equal(createCleaner(undefined).clean(text).status, "ok");
  assert.equal(createCleaner({ guard: false, maxPasses: 1, mainContent: "own", timeBudgetMs: 500 }).clean(text).status, "ok");
  assert.equal(createCleaner({ guard: { maxRemovedShare: 0.95 } }).clean(text).status, "ok");
  const tiny = createCleaner({ maxInputChars: 10 });
  assert.deepEqual(tiny.clean(text).warnings.map((w) => w.code), ["input-too-large"]);
});
