// A pattern's literal endings (plan/regex-needs.ts endingLiterals) are asked of a line before
// the pattern: they must be a necessary condition. Checked on a table of sources, and for every
// pattern of the catalog that has some, on random lines and the dev set's lines.
import assert from "node:assert/strict";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import fc from "fast-check";
import { createCleaner } from "../../src/cleaner.js";
import { knownPatternReadings } from "../../src/plan/pattern-needs.js";
import { endingLiterals, endsWithOneOf } from "../../src/plan/regex-needs.js";
import { devsetTextDir } from "../helpers/paths.js";

describe("endingLiterals", () => {
  const table: Array<[string, string, string[] | undefined]> = [
    ["[\\p{L}\\p{N},;)”’\"]\\s?(?:\\.\\.\\.|…)\\s*$", "", ["...", "…"]],
    ["(?:a|b)\\.\\s+$", "", ["."]],
    ["read more$", "", ["read more"]],
    ["(?:says|said):\\s*$", "", [":"]],
    // Unknown: no end anchor, the m flag, a class or an optional piece last, letters under i,
    // an ending of white space, one alternative without a literal ending.
    ["\\.\\.\\.", "", undefined],
    ["x\\.\\s*$", "m", undefined],
    ["[.:;,…]\\s*$", "", undefined],
    ["x\\.?\\s*$", "", undefined],
    ["(?:says|said)\\s*$", "i", undefined],
    ["x $", "", undefined],
    ["a\\.$|b\\d$", "", undefined],
    ["(?:a|)$", "", undefined],
  ];
  for (const [source, flags, want] of table) {
    it(`${JSON.stringify(source)} ${flags}`, () => assert.deepEqual(endingLiterals(source, flags), want));
  }

  it("endsWithOneOf reads the text without its trailing white space", () => {
    assert.equal(endsWithOneOf("Here's…  \t", ["...", "…"]), true);
    assert.equal(endsWithOneOf("Here's... more", ["...", "…"]), false);
    assert.equal(endsWithOneOf("", ["."]), false);
  });
});

describe("the catalog's patterns with literal endings", () => {
  createCleaner();
  const patterns = Object.keys(knownPatternReadings())
    .map((key) => ({ flags: key.slice(0, key.indexOf("/")), source: key.slice(key.indexOf("/") + 1) }))
    .map((p) => ({ ...p, re: new RegExp(p.source, `${p.flags}u`), endings: endingLiterals(p.source, p.flags) }))
    .filter((p) => p.endings !== undefined);

  it("some pattern has them (the check is exercised)", () => assert.ok(patterns.length > 0));

  /** Lines the pattern matches but whose tail holds none of its endings. */
  const misses = (lines: readonly string[]): string[] =>
    patterns.flatMap((p) => lines.filter((l) => p.re.test(l) && !endsWithOneOf(l, p.endings!)).map((l) => `${p.source}: ${JSON.stringify(l)}`));

  it("never turn away a line the pattern matches: random lines", () => {
    const piece = fc.constantFrom("word", "Word", " ", "  ", "\t", "\u00a0", ".", "...", "…", ",", ":", ")", "”", "1", "é", "😀", "\n");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (parts) => assert.deepEqual(misses([parts.join("")]), [])),
      { seed: 20261203, numRuns: 3000 },
    );
  });

  it("never turn away a line the pattern matches: the dev set's lines", (t) => {
    if (!existsSync(devsetTextDir)) return t.skip(`no dev set at ${devsetTextDir}`);
    const files = readdirSync(devsetTextDir).filter((f) => f.endsWith(".txt")).sort().filter((_, i) => i % 4 === 0);
    const lines = files.flatMap((f) => readFileSync(join(devsetTextDir, f), "utf8").split("\n"));
    assert.deepEqual(misses(lines), []);
  });
});
