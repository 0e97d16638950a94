import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { SpecError } from "../../src/matchers/matcher.js";
import { test } from "../helpers/subject.js";

describe("measures", () => {
  const table: Array<[name: string, spec: Record<string, unknown>, text: string, matches: boolean]> = [
    ["words: max is inclusive", { words: { max: 3 } }, "one two three", true],
    ["words: above max fails", { words: { max: 3 } }, "one two three four", false],
    ["words: min is inclusive", { words: { min: 2 } }, "one two", true],
    ["words: below min fails", { words: { min: 2 } }, "one", false],
    ["words: punctuation is not a word", { words: { max: 1 } }, "— one —", true],
    ["words: digits are words", { words: { min: 3 } }, "1 2 3", true],
    ["words: apostrophes split words", { words: { min: 2, max: 2 } }, "don't", true],
    ["chars: counts after trimming", { chars: { max: 3 } }, "  abc  ", true],
    ["chars: above max fails", { chars: { max: 3 } }, "abcd", false],
    ["lines: a single line", { lines: { max: 1 } }, "one", true],
    ["lines: counts lines of a block", { lines: { min: 3 } }, "a\nb\nc", true],
    ["lines: too few lines fail", { lines: { min: 3 } }, "a\nb", false],
    ["caps: all capitals", { caps: { min: 0.8 } }, "BREAKING NEWS", true],
    ["caps: sentence case fails a high min", { caps: { min: 0.8 } }, "Breaking news", false],
    ["caps: non-letters do not count", { caps: { min: 1 } }, "ABC 123 !!!", true],
    ["caps: no letters never matches", { caps: { max: 1 } }, "123 !!!", false],
    ["caps: other scripts count", { caps: { min: 1 } }, "ÜBER ÉTÉ", true],
    ["terminal true: ends with a full stop", { terminal: true }, "A sentence.", true],
    ["terminal true: trailing spaces are ignored", { terminal: true }, "A sentence!  ", true],
    ["terminal true: a closing quote ends a sentence", { terminal: true }, "He said “yes”", true],
    ["terminal true: a bare heading does not", { terminal: true }, "A heading", false],
    ["terminal false: a bare heading", { terminal: false }, "A heading", true],
    ["terminal false: a sentence does not", { terminal: false }, "A sentence.", false],
  ];
  for (const [name, spec, text, matches] of table) {
    it(`measures › ${name}`, () => {
      assert.equal(test(spec, text) !== null, matches);
    });
  }

  it("measures › evidence reports the measured value", () => {
    assert.deepEqual(test({ words: { max: 9 } }, "one two")?.evidence, { words: 2 });
    assert.deepEqual(test({ caps: { min: 0 } }, "ABcd")?.evidence, { caps: 0.5 });
    assert.deepEqual(test({ chars: { min: 0 } }, " ab ")?.evidence, { chars: 2 });
  });

  const bad: Array<[name: string, spec: Record<string, unknown>, path: string]> = [
    ["bounds must be an object", { words: 3 }, "match.words"],
    ["bounds accept only min and max", { words: { most: 3 } }, "match.words.most"],
    ["bounds must be numbers", { chars: { max: "3" } }, "match.chars.max"],
    ["min above max is refused", { lines: { min: 3, max: 1 } }, "match.lines"],
    ["terminal must be a boolean", { terminal: "yes" }, "match.terminal"],
  ];
  for (const [name, spec, path] of bad) {
    it(`measures › ${name}`, () => {
      assert.throws(() => test(spec, "x"), (e: unknown) => e instanceof SpecError && e.path === path);
    });
  }
});
