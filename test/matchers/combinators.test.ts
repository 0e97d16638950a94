import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { SpecError } from "../../src/matchers/matcher.js";
import { spanText, test } from "../helpers/subject.js";

describe("combinators", () => {
  const table: Array<[name: string, spec: Record<string, unknown>, text: string, matches: boolean]> = [
    ["several words in one node must all hold", { phrases: ["share"], words: { max: 2 } }, "Share this", true],
    ["several words in one node: one fails", { phrases: ["share"], words: { max: 2 } }, "Share this story now", false],
    ["all: every part holds", { all: [{ phrases: ["share"] }, { terminal: false }] }, "Share this", true],
    ["all: one part fails", { all: [{ phrases: ["share"] }, { terminal: false }] }, "Share this.", false],
    ["any: one part holds", { any: [{ exact: ["Tweet"] }, { phrases: ["share on"] }] }, "Share on Facebook", true],
    ["any: no part holds", { any: [{ exact: ["Tweet"] }, { phrases: ["share on"] }] }, "Shared widely", false],
    ["not: inverts a match", { not: { phrases: ["share"] } }, "Nothing here", true],
    ["not: inverts a miss", { not: { phrases: ["share"] } }, "share", false],
    ["nested combinators", { all: [{ any: [{ exact: ["a"] }, { exact: ["b"] }] }, { not: { exact: ["a"] } }] }, "b", true],
  ];
  for (const [name, spec, text, matches] of table) {
    it(`combinators › ${name}`, () => assert.equal(test(spec, text) !== null, matches));
  }

  it("combinators › all: the first part with a span decides the span", () => {
    const text = "Read more: the budget";
    assert.equal(spanText(text, test({ all: [{ words: { max: 9 } }, { startsWith: ["Read more:"] }, { regex: "budget" }] }, text)), "Read more:");
  });

  it("combinators › all: captures and evidence merge", () => {
    const hit = test({ all: [{ regex: "^(?<a>\\w+)" }, { regex: "(?<b>\\w+)$" }, { words: { max: 9 } }] }, "left right");
    assert.deepEqual(hit?.captures, { a: "left", b: "right" });
    assert.equal(hit?.evidence?.["words"], 2);
  });

  it("combinators › any: the first matching part's hit is reported", () => {
    const text = "Share on X";
    assert.equal(spanText(text, test({ any: [{ regex: "X" }, { phrases: ["share"] }] }, text)), "X");
  });

  const bad: Array<[name: string, spec: Record<string, unknown>, path: string]> = [
    ["all needs a list", { all: { exact: ["a"] } }, "match.all"],
    ["any needs a non-empty list", { any: [] }, "match.any"],
    ["a part must be a matcher", { any: [{ exact: ["a"] }, "b"] }, "match.any[1]"],
    ["an empty node is refused", { not: {} }, "match.not"],
    ["an unknown word inside is named by path", { all: [{ words: { max: 1 } }, { sentence: true }] }, "match.all[1].sentence"],
  ];
  for (const [name, spec, path] of bad) {
    it(`combinators › ${name}`, () => {
      assert.throws(() => test(spec, "x"), (e: unknown) => e instanceof SpecError && e.path === path);
    });
  }
});
