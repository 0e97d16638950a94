// Line memos share equal facts (src/plan/shared-facts.ts): a shared object must be equal in
// every field to the facts the scan measured, and facts that differ in any field must stay apart.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import { createCleaner } from "../../src/cleaner.js";
import { scanLine } from "../../src/plan/line-scan.js";
import { planFor } from "../../src/plan/prefilter.js";
import { SharedFacts } from "../../src/plan/shared-facts.js";

const rules = createCleaner().rules.filter((r) => r.mode !== "off");
const plan = planFor(rules);

// Lines that differ in one field of their facts at a time: words, length, conditions met (in
// either order), marks, an uncertain folding, a letter run.
const lines = ["Share this", "Share that", "Share  this", "this Share", "Read more", "more Read", "Share this!", "Share this %", "ﬅ Share", "12 34", "", "Accept all cookies", "cookies Accept all"];

describe("shared facts", () => {
  it("shared facts › a line's facts are equal to its own scan's, shared or not", () => {
    const shared = new SharedFacts();
    for (const t of [...lines, ...lines]) assert.deepEqual(scanLine(t, plan, shared).facts, scanLine(t, plan).facts, t);
  });

  it("shared facts › equal facts are one object, different ones stay apart", () => {
    const shared = new SharedFacts();
    const first = lines.map((t) => scanLine(t, plan, shared).facts!);
    lines.forEach((t, i) => assert.equal(scanLine(t, plan, shared).facts, first[i], t));
    for (let i = 0; i < lines.length; i++) {
      for (let j = 0; j < lines.length; j++) {
        if (first[i] === first[j]) assert.deepEqual(scanLine(lines[i]!, plan).facts, scanLine(lines[j]!, plan).facts, `${lines[i]} / ${lines[j]}`);
      }
    }
  });

  it("shared facts › facts that differ only in length share their condition bits", () => {
    const shared = new SharedFacts();
    const a = scanLine("Share this", plan, shared).facts!;
    const b = scanLine("Share  this", plan, shared).facts!;
    assert.notEqual(a, b);
    assert.ok(a.bits.some((w) => w !== 0), "the line meets some word condition");
    assert.equal(a.bits, b.bits);
  });

  it("shared facts › on any text, a shared object equals what was measured", () => {
    const shared = new SharedFacts();
    const word = fc.constantFrom("Share", "share", "Read", "more", "cookies", "Accept", "all", "the", "©", "7", ".", " ", "ﬅ", "|");
    fc.assert(
      fc.property(fc.array(word, { maxLength: 8 }), (parts) => {
        const t = parts.join(" ");
        assert.deepEqual(scanLine(t, plan, shared).facts, scanLine(t, plan).facts, t);
      }),
      { seed: 20261204, numRuns: 3000 },
    );
  });
});
