// Line memos share equal facts and stop-word counts (src/plan/shared-measures.ts): a shared object
// must be equal in every field to what the scan measured, and measures that differ in any field
// must stay apart.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import { createCleaner } from "../../src/cleaner.js";
import { scanLine } from "../../src/plan/line-scan.js";
import { planFor } from "../../src/plan/prefilter.js";
import { SharedMeasures } from "../../src/plan/shared-measures.js";

const rules = createCleaner().rules.filter((r) => r.mode !== "off");
const plan = planFor(rules);

// Lines that differ in one field of their facts at a time: words, length, conditions met (in
// either order), marks, an uncertain folding, a letter run.
const lines = ["Share this", "Share that", "Share  this", "this Share", "Read more", "more Read", "Share this!", "Share this %", "ﬅ Share", "12 34", "", "Accept all cookies", "cookies Accept all"];

describe("shared measures", () => {
  it("shared measures › a line's facts are equal to its own scan's, shared or not", () => {
    const shared = new SharedMeasures();
    for (const t of [...lines, ...lines]) assert.deepEqual(scanLine(t, plan, shared).facts, scanLine(t, plan).facts, t);
  });

  it("shared measures › equal facts are one object, different ones stay apart", () => {
    const shared = new SharedMeasures();
    const first = lines.map((t) => scanLine(t, plan, shared).facts!);
    lines.forEach((t, i) => assert.equal(scanLine(t, plan, shared).facts, first[i], t));
    for (let i = 0; i < lines.length; i++) {
      for (let j = 0; j < lines.length; j++) {
        if (first[i] === first[j]) assert.deepEqual(scanLine(lines[i]!, plan).facts, scanLine(lines[j]!, plan).facts, `${lines[i]} / ${lines[j]}`);
      }
    }
  });

  it("shared measures › facts that differ only in length share their condition bits", () => {
    const shared = new SharedMeasures();
    const a = scanLine("Share this", plan, shared).facts!;
    const b = scanLine("Share  this", plan, shared).facts!;
    assert.notEqual(a, b);
    assert.ok(a.bits.some((w) => w !== 0), "the line meets some word condition");
    assert.equal(a.bits, b.bits);
  });

  it("shared measures › equal stop-word counts are one array, different ones stay apart", () => {
    const shared = new SharedMeasures();
    const texts = ["the cat and the dog", "the dog and the cat", "a cat and the dog", "der Hund und die Katze", "die Katze und der Hund", "Share this"];
    const hits = texts.map((t) => scanLine(t, plan, shared).features.stopwordHits);
    texts.forEach((t, i) => assert.deepEqual(hits[i], scanLine(t, plan).features.stopwordHits, t));
    assert.equal(hits[0], hits[1]);
    assert.equal(hits[3], hits[4]);
    assert.notDeepEqual(hits[0], hits[2]);
    for (let i = 0; i < texts.length; i++) for (let j = 0; j < texts.length; j++) if (hits[i] === hits[j]) assert.deepEqual(scanLine(texts[i]!, plan).features.stopwordHits, scanLine(texts[j]!, plan).features.stopwordHits);
  });

  it("shared measures › on any text, a shared object equals what was measured", () => {
    const shared = new SharedMeasures();
    const word = fc.constantFrom("Share", "share", "Read", "more", "cookies", "Accept", "all", "the", "and", "und", "die", "le", "de", "©", "7", ".", " ", "ﬅ", "|");
    fc.assert(
      fc.property(fc.array(word, { maxLength: 8 }), (parts) => {
        const t = parts.join(" ");
        const scan = scanLine(t, plan, shared);
        assert.deepEqual(scan.facts, scanLine(t, plan).facts, t);
        assert.deepEqual(scan.features, scanLine(t, plan).features, t);
      }),
      { seed: 20261204, numRuns: 3000 },
    );
  });
});
