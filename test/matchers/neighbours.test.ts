import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { test } from "../helpers/subject.js";

describe("neighbours", () => {
  const table: Array<[name: string, spec: Record<string, unknown>, text: string, around: { prev?: string; next?: string }, matches: boolean]> = [
    ["prev: the previous unit matches", { prev: { exact: ["Related"] } }, "A teaser", { prev: "Related" }, true],
    ["prev: the previous unit does not match", { prev: { exact: ["Related"] } }, "A teaser", { prev: "Other" }, false],
    ["prev: no previous unit never matches", { prev: { exact: ["Related"] } }, "A teaser", {}, false],
    ["prev: not of a missing neighbour still fails", { prev: { not: { exact: ["x"] } } }, "A teaser", {}, false],
    ["next: the next unit matches", { next: { words: { min: 5 } } }, "Heading", { next: "a long paragraph of many words" }, true],
    ["next: no next unit never matches", { next: { words: { min: 5 } } }, "Heading", {}, false],
    ["next: combined with a test of the unit itself", { exact: ["Heading"], next: { words: { min: 5 } } }, "Other", { next: "a long paragraph of many words" }, false],
  ];
  for (const [name, spec, text, around, matches] of table) {
    it(`neighbours › ${name}`, () => assert.equal(test(spec, text, around) !== null, matches));
  }

  it("neighbours › classifier: reads the label of the unit", () => {
    assert.notEqual(test({ classifier: { label: "boilerplate" } }, "Home", { label: "boilerplate" }), null);
    assert.equal(test({ classifier: { label: "boilerplate" } }, "Home", { label: "content" }), null);
  });
});
