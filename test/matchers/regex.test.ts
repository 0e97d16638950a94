import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { SpecError } from "../../src/matchers/matcher.js";
import { spanText, test } from "../helpers/subject.js";

describe("regex", () => {
  const table: Array<{ name: string; spec: Record<string, unknown>; text: string; span: string | null; captures?: Record<string, string> }> = [
    { name: "finds a match anywhere in the unit", spec: { regex: "Advert" }, text: "An Advertisement", span: "Advert" },
    { name: "is case-sensitive without flags", spec: { regex: "advert" }, text: "Advertisement", span: null },
    { name: "flag i ignores case", spec: { regex: "advert", flags: "i" }, text: "ADVERTISEMENT", span: "ADVERT" },
    { name: "flag m anchors at line starts", spec: { regex: "^b$", flags: "m" }, text: "a\nb", span: "b" },
    { name: "flag s lets dot cross lines", spec: { regex: "a.b", flags: "s" }, text: "a\nb", span: "a\nb" },
    { name: "always Unicode mode (\\p{L})", spec: { regex: "^\\p{Lu}+$" }, text: "ÉCOLE", span: "ÉCOLE" },
    { name: "a list matches when any pattern does", spec: { regex: ["^x$", "^Ad"] }, text: "Ad here", span: "Ad" },
    { name: "named groups become trimmed captures", spec: { regex: "^Source:(?<source>.+)$" }, text: "Source:  Anadolu ", span: "Source:  Anadolu ", captures: { source: "Anadolu" } },
    { name: "a group named cut narrows the span and is not a capture", spec: { regex: "^(?<who>\\w+) (?<cut>\\(Reuters\\) - )" }, text: "LONDON (Reuters) - The pound fell.", span: "(Reuters) - ", captures: { who: "LONDON" } },
    { name: "an unmatched optional group is left out of captures", spec: { regex: "^By (?<author>\\w+)(?: and (?<second>\\w+))?" }, text: "By Ana", span: "By Ana", captures: { author: "Ana" } },
  ];
  for (const row of table) {
    it(`regex › ${row.name}`, () => {
      const hit = test(row.spec, row.text);
      assert.equal(spanText(row.text, hit) ?? null, row.span);
      if (row.captures) assert.deepEqual(hit?.captures, row.captures);
    });
  }

  it("regex › evidence names the matched text, cut to 60 characters", () => {
    const hit = test({ regex: "x+" }, "x".repeat(100));
    assert.equal(hit?.evidence?.["matched"], "x".repeat(60));
  });

  const bad: Array<{ name: string; spec: Record<string, unknown>; path: string }> = [
    { name: "flag g is refused", spec: { regex: "a", flags: "g" }, path: "match.flags" },
    { name: "flag x is refused", spec: { regex: "a", flags: "x" }, path: "match.flags" },
    { name: "an empty pattern is refused", spec: { regex: "" }, path: "match.regex" },
    { name: "flags without regex are refused", spec: { flags: "i", words: { max: 3 } }, path: "match.flags" },
  ];
  for (const row of bad) {
    it(`regex › ${row.name}`, () => {
      assert.throws(() => test(row.spec, "a"), (e: unknown) => e instanceof SpecError && e.path === row.path);
    });
  }
});
