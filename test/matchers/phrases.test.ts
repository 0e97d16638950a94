import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { describe, it } from "node:test";
import fc from "fast-check";
import { escapeRegExp } from "../../src/matchers/escape.js";
import { loadBuiltinRules } from "../../src/rules/load.js";
import { devsetTextDir } from "../helpers/paths.js";
import { firstDevsetLines } from "../helpers/devset.js";
import { spanText, test } from "../helpers/subject.js";

/** The phrases as one alternation, longest first, bounded by no letter, number or underscore. */
function oneAlternation(phrases: readonly string[]): RegExp {
  const body = [...phrases].sort((a, b) => b.length - a.length).map((p) => escapeRegExp(p.trim()).replace(/\s+/gu, "\\s+"));
  return new RegExp(`(?<![\\p{L}\\p{N}_])(?:${body.join("|")})(?![\\p{L}\\p{N}_])`, "iu");
}

const agrees = (phrases: readonly string[], one: RegExp, t: string): void => {
  const m = one.exec(t);
  const hit = test({ phrases: [...phrases] }, t);
  assert.deepEqual(hit === null ? null : [hit.span, hit.evidence], m === null ? null : [[m.index, m.index + m[0].length], { matched: m[0] }], t);
};

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

  it("phrases › reports what one alternation of the phrases, longest first, finds", () => {
    // The matcher tries only the phrases whose longest word the text holds, one regex each.
    // The matcher tries only the phrases whose every whole word the text holds.
    const lists = [
      ["more", "read more", "read", "read more about", "sign in", "sign", "in"],
      ["share", "share on", "share this article", "à lire", "lire", "c++ (news)", "news", "ΣΑΣ"],
      ["for general information purposes only", "information", "views expressed in this", "privacy policy", "cookie-einstellungen", "terms & conditions", "don't miss", "policy policy"],
    ];
    const words = ["read", "READ", "more", "Mòre", "about", "sign", "in", "share", "Share", "on", "this", "article", "à", "À", "lire", "c++", "(news)", "news", "ΣΑΣ", "σας", "ﬅ", "x1", "_"];
    words.push("for", "general", "information", "purposes", "only", "views", "expressed", "privacy", "Policy", "cookie", "einstellungen", "terms", "&", "conditions", "don", "'t", "miss", "İ", "\u212A");
    const seps = [" ", "  ", "\t", ", ", ".", "-", "", "é", "1"];
    const text = fc.array(fc.tuple(fc.constantFrom(...words), fc.constantFrom(...seps)), { maxLength: 12 }).map((ps) => ps.map(([w, s]) => w + s).join(""));
    for (const phrases of lists) {
      const one = oneAlternation(phrases);
      fc.assert(
        fc.property(text, (t) => agrees(phrases, one, t)),
        { seed: 20261202, numRuns: 3000 },
      );
    }
  });

  it("phrases › the catalog's lists find what one alternation finds on dev set lines", { skip: !existsSync(devsetTextDir) && `no dev set at ${devsetTextDir}` }, () => {
    const lists: string[][] = [];
    const walk = (v: unknown): void => {
      if (Array.isArray(v)) v.forEach(walk);
      else if (v !== null && typeof v === "object") {
        const node = v as Record<string, unknown>;
        if (Array.isArray(node["phrases"])) lists.push(node["phrases"] as string[]);
        for (const child of Object.values(node)) walk(child);
      }
    };
    for (const rule of loadBuiltinRules()) walk(rule.data);
    assert.ok(lists.length > 5, "the catalog has phrase lists");
    const lines = firstDevsetLines(80);
    let found = 0;
    for (const phrases of lists) {
      const one = oneAlternation(phrases);
      for (const line of lines) {
        if (one.test(line)) found++;
        agrees(phrases, one, line);
      }
    }
    assert.ok(found > 20, `the lists match dev set lines (${found})`);
  });
});
