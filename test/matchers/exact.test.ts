import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { test } from "../helpers/subject.js";

describe("exact", () => {
  const table: Array<[name: string, list: string[], text: string, matches: boolean]> = [
    ["equal text matches", ["Advertisement"], "Advertisement", true],
    ["case is ignored", ["Advertisement"], "ADVERTISEMENT", true],
    ["white space runs are folded", ["Read more"], "  Read \t more  ", true],
    ["bullets and punctuation at the ends are ignored", ["Read more"], "• Read more »", true],
    ["punctuation in the list is ignored too", ["- Advertisement -"], "Advertisement", true],
    ["punctuation inside is not ignored", ["Read more"], "Read-more", false],
    ["a longer unit does not match", ["Advertisement"], "Advertisement: buy now", false],
    ["a shorter unit does not match", ["Read more"], "Read", false],
    ["any entry of the list may match", ["Tweet", "Share"], "share", true],
    ["a very long unit never matches", ["Advertisement"], "Advertisement" + " ".repeat(100), false],
  ];
  for (const [name, list, text, matches] of table) {
    it(`exact › ${name}`, () => {
      assert.equal(test({ exact: list }, text) !== null, matches);
    });
  }
});
