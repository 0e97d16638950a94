// A rule's condition is asked of a unit only when one of its triggers holds (src/plan/triggers.ts):
// the triggers must hold wherever the condition can, and be as few as the need allows.
import assert from "node:assert/strict";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { createCleaner } from "../../src/cleaner.js";
import { markBit } from "../../src/lexicon/fold.js";
import type { Need } from "../../src/plan/need.js";
import { factsOfText, planFor } from "../../src/plan/prefilter.js";
import { triggerMasks, triggerOf } from "../../src/plan/triggers.js";
import { devsetTextDir } from "../helpers/paths.js";

// Word conditions numbered as they are first asked for, like the plan's source; "?" cannot be hashed.
function numbering(): (need: Extract<Need, { kind: "firstRun" | "someRun" | "firstPrefix" | "somePrefix" }>) => number | undefined {
  const ids = new Map<string, number>();
  return (need) => {
    const words = "runs" in need ? need.runs : need.prefixes;
    if (words.includes("?")) return undefined;
    const key = `${need.kind}:${words.join("|")}`;
    if (!ids.has(key)) ids.set(key, ids.size);
    return ids.get(key);
  };
}

const mark = (ch: string): number => -(31 - Math.clz32(markBit(ch))) - 1;

describe("triggers", () => {
  it("triggers › a word need is its condition; a list of marks, one of them", () => {
    const id = numbering();
    assert.deepEqual(triggerOf({ kind: "someRun", runs: ["share"] }, id), [0]);
    assert.deepEqual(triggerOf({ kind: "firstPrefix", prefixes: ["photo"] }, id), [1]);
    assert.deepEqual(triggerOf({ kind: "someRun", runs: ["?"] }, id), null, "words that cannot be hashed are no condition");
    assert.deepEqual(triggerOf({ kind: "marks", marks: ["|"] }, id), [mark("|")]);
    const both = triggerOf({ kind: "marks", marks: ["(", ")"] }, id)!;
    assert.equal(both.length, 1);
    assert.ok([mark("("), mark(")")].includes(both[0]!), "either mark of the pair");
    for (const kind of ["none", "noRun"] as const) assert.equal(triggerOf({ kind }, id), null, kind);
    assert.equal(triggerOf({ kind: "words", min: 0, max: 12 }, id), null, "a bound on words");
    assert.equal(triggerOf({ kind: "prev", need: { kind: "someRun", runs: ["related"] } }, id), null, "the candidates leave neighbours out");
  });

  it("triggers › a conjunction takes one part's, words before marks; a disjunction needs every part's", () => {
    const id = numbering();
    const share: Need = { kind: "someRun", runs: ["share"] };
    const digit: Need = { kind: "marks", marks: ["0"] };
    const short: Need = { kind: "words", min: 0, max: 12 };
    assert.deepEqual(triggerOf({ kind: "all", parts: [digit, short, share] }, id), [0], "the word, not the mark");
    assert.deepEqual(triggerOf({ kind: "all", parts: [short, digit] }, id), [mark("0")]);
    assert.equal(triggerOf({ kind: "all", parts: [short, { kind: "noRun" }] }, id), null);
    assert.deepEqual(triggerOf({ kind: "any", parts: [share, digit, share] }, id), [0, mark("0")], "each once");
    assert.equal(triggerOf({ kind: "any", parts: [share, short] }, id), null, "one part holds without any");
    assert.equal(triggerOf({ kind: "any", parts: [] }, id), null);
    assert.deepEqual(triggerMasks([0, 33, 35, mark("|")]), { words: new Map([[0, 1], [1, 10]]), marks: markBit("|") });
  });

  const dir = devsetTextDir;
  it("triggers › on dev-set lines, the catalog's line candidates hold wherever a line rule's condition does", { skip: !existsSync(dir) && "no dev set (../shared/devset)" }, () => {
    const cleaner = createCleaner();
    const rules = cleaner.rules.filter((r) => r.mode !== "off");
    const plan = planFor(rules);
    const lineRules = [...rules.entries()].filter(([, r]) => r.unit === "line");
    const files = readdirSync(dir).filter((f) => f.endsWith(".txt")).sort().filter((_, k) => k % 8 === 0);
    let asked = 0;
    let held = 0;
    for (const file of files) {
      const lines = readFileSync(join(dir, file), "utf8").split("\n");
      const facts = lines.map((l) => factsOfText(plan, l, 1));
      for (const [i, f] of facts.entries()) {
        const got = plan.candidates.line(f);
        for (const [slot, rule] of lineRules) {
          const pre = plan.rules.get(rule)!.pre;
          if (pre === null) continue;
          asked++;
          // The whole condition, neighbours included, implies the candidates' one.
          if (!pre(f, (k) => facts[i + k])) continue;
          held++;
          assert.notEqual(got[slot >> 5]! & (1 << (slot & 31)), 0, `${rule.id} on ${JSON.stringify(lines[i])}`);
        }
      }
    }
    assert.ok(held > 100 && held < asked, `conditions held ${held} times of ${asked}`);
  });
});
