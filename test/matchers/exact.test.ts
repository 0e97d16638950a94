import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import { infoOf } from "../../src/plan/need.js";
import { compileMatcher } from "../../src/matchers/registry.js";
import { loadBuiltinRules } from "../../src/rules/load.js";
import { planHolds } from "../helpers/plan-check.js";
import { subject, test } from "../helpers/subject.js";

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

  it("exact › the need (length, first word, a later word) holds on every text the list matches", () => {
    const lists: string[][] = [["you may be interested in", "editor’s picks", "don't miss", "à lire aussi", "top", "read more", "c++ (news)", "e-mail", "ΣΑΣ νέα"]];
    const walk = (v: unknown): void => {
      if (Array.isArray(v)) v.forEach(walk);
      else if (v !== null && typeof v === "object") {
        const node = v as Record<string, unknown>;
        if (Array.isArray(node["exact"])) lists.push((node["exact"] as unknown[]).map(String));
        for (const child of Object.values(node)) walk(child);
      }
    };
    for (const rule of loadBuiltinRules()) walk(rule.data);
    assert.ok(lists.length > 5, "the catalog has exact lists");
    const edge = fc.constantFrom("", " ", "• ", "  * ", "— ", "»", ":", "…", "_", "_ ", "🎉 ", "(", ")", ".", "!", "\t");
    for (const list of lists) {
      const matcher = compileMatcher({ exact: list }, "match");
      const need = infoOf(matcher).need;
      const entry = fc.constantFrom(...list).chain((e) =>
        fc.oneof(fc.constant(e), fc.constant(e.toUpperCase()), fc.constant(e.replace(/ /gu, "  \t")), fc.constant(e.replace(/k/gu, "\u212A").replace(/s/gu, "ſ"))),
      );
      const texts = fc.tuple(edge, entry, edge).map(([a, e, b]) => a + e + b);
      let matched = 0;
      fc.assert(
        fc.property(texts, (t) => {
          if (matcher(subject(t)) === null) return true;
          matched++;
          return planHolds(need, t);
        }),
        { seed: 20261207, numRuns: 400 },
      );
      assert.ok(matched > 100, `${list[0]}: ${matched} matched`);
    }
  });

  it("exact › the need turns away a line that starts like an entry but holds no later word of one", () => {
    const matcher = compileMatcher({ exact: ["you may be interested in", "what to read next", "top stories"] }, "match");
    const need = infoOf(matcher).need;
    for (const text of ["What Is a No-Sugar Diet", "You have peace of mind", "Top Programming Languages of 2025"]) assert.equal(planHolds(need, text), false, text);
    for (const text of ["• You may be interested in:", "WHAT TO READ NEXT", "Top stories"]) assert.equal(planHolds(need, text), true, text);
  });
});
