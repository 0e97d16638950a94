import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { spanText, test } from "../helpers/subject.js";

describe("phrases", () => {
  const table: Array<[name: string, phrases: string[], text: string, span: string | null]> = [
    ["matches a whole word", ["subscribe"], "Please subscribe now", "subscribe"],
    ["ignores case", ["subscribe"], "SUBSCRIBE NOW", "SUBSCRIBE"],
    ["does not match inside a word", ["share"], "Shareholders met today", null],
    ["does not match a word prefix", ["ad"], "Adverts", null],
    ["does not match across underscores or digits", ["ad"], "ad_1 and 2ad", null],
    ["matches next to punctuation", ["share"], "(share)", "share"],
    ["a phrase matches across any white space", ["read more"], "Read\t  more here", "Read\t  more"],
    ["regex characters in phrases are literal", ["c++ (news)"], "All about c++ (news)", "c++ (news)"],
    ["the longest phrase is reported", ["more", "read more"], "read more", "read more"],
    ["matches accented letters as whole words", ["à lire"], "À lire aussi", "À lire"],
    ["an accented letter counts as a word character", ["lire"], "lireé", null],
  ];
  for (const [name, phrases, text, span] of table) {
    it(`phrases › ${name}`, () => {
      const hit = test({ phrases }, text);
      assert.equal(spanText(text, hit) ?? null, span);
    });
  }
});
