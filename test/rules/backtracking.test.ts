// The backtracking verdicts the rule check relies on, and the catalog lines that hung before
// their regexes were rewritten.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { createCleaner } from "../../src/cleaner.js";
import { backtracking } from "../../src/rules/backtracking.js";

const degree = (source: string, flags = ""): number | string => {
  const v = backtracking(source, flags);
  return v.kind === "polynomial" ? v.degree : v.kind;
};

describe("backtracking", () => {
  it("backtracking › exponential when a repeat can read the same text two ways, multi-character included", () => {
    for (const source of ["(a+)+", "(a|a)*$", "^(?:ab|abab)*$", "^(a*)*$", "(?=(a+)+b)", "^(?:a{1,3})+$"]) assert.equal(degree(source), "exponential", source);
  });

  it("backtracking › the degree counts the loops that can trade text, the unanchored start included", () => {
    assert.equal(degree("^a+$"), 1);
    assert.equal(degree("^abc$"), 0);
    assert.equal(degree("^(ab)*(ab)*$"), 2);
    assert.equal(degree("\\s*,\\s*"), 2);
    assert.equal(degree("^\\s*,\\s*"), 1);
    assert.equal(degree("^\\s*,\\s*", "m"), 2);
    assert.equal(degree("a*a*a*b"), 4);
  });

  it("backtracking › counted repeats of one class are a constant; short complex ones are spelled out", () => {
    assert.equal(degree("^\\d{1,4}\\d{1,4}\\d{1,4}$"), 0);
    assert.equal(degree("^\\w+(?:, \\w+){0,4}$"), 1);
    assert.equal(degree("^\\p{L}+(?:\\s*(?:,|and|&)\\s*\\p{L}+){0,4}$", "i"), 5);
  });

  it("backtracking › nothing follows $ and nothing precedes ^", () => {
    assert.equal(degree("^a.*\\s*$"), 2);
    assert.equal(degree("^a.*$\\s*"), 1);
    assert.equal(degree("x|\\s*y"), 2);
    assert.equal(degree("x|^\\s*y"), 1);
  });
});

describe("catalog regexes on hostile lines", () => {
  const cleaner = createCleaner();
  // Each of these took seconds to minutes before (measured on the regex alone: share-line 129 s on
  // the 404-character line, updated-line 14 s, credit-trailer 2 s).
  const lines = [
    "Follow us on " + "xand".repeat(100) + "x#",
    "Updated " + "1".repeat(1_000) + " ".repeat(1_000) + "|",
    "With inputs from AB" + " ".repeat(4_000) + "x",
  ];
  for (const line of lines) {
    it(`catalog › cleans ${JSON.stringify(line.slice(0, 24))}… (${line.length} characters) in well under a second`, () => {
      const started = performance.now();
      cleaner.clean(`A first paragraph of the article, long enough to be kept as prose.\n\n${line}\n\nThe last paragraph of the article, also long enough to stay.`);
      assert.ok(performance.now() - started < 1_000, `${Math.round(performance.now() - started)} ms`);
    });
  }
});
