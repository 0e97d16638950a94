// The engine's plan (prefilters, results kept across passes by text, rules asked unit by unit)
// against a plain reference that asks every rule about every unit in its zone, on every pass:
// both must report the same hits. Checked on generated pages made of the catalog's own example
// lines and random text, and on dev-set pages (skipped without the dev set).
import assert from "node:assert/strict";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import fc from "fast-check";
import { createCleaner } from "../../src/cleaner.js";
import { applyDecision } from "../../src/engine/apply.js";
import { decide } from "../../src/engine/decide.js";
import { newRunCache, runRules, type UnitMatch } from "../../src/engine/run.js";
import { initialState, spanToRanges, type LineState } from "../../src/engine/state.js";
import { subjectFactory } from "../../src/engine/subjects.js";
import { buildUnits, type Units } from "../../src/engine/units.js";
import { inZone } from "../../src/engine/zones.js";
import { normaliseText } from "../../src/input/normalise-text.js";
import { segmentText } from "../../src/input/segment-text.js";
import { planFor } from "../../src/plan/prefilter.js";
import type { Hit } from "../../src/types.js";
import { devsetTextDir } from "../helpers/paths.js";

const MAX_UNIT_CHARS = 20_000;
const rules = createCleaner().rules.filter((r) => r.mode !== "off" && r.formats.includes("text"));

interface Seen {
  rule: string;
  unit: string;
  hit: Hit;
}

/** Every rule asked about every unit of its kind in its zone: no plan, nothing kept. */
function reference(units: Units): Seen[] {
  const subject = subjectFactory(units);
  const out: Seen[] = [];
  for (const rule of rules) {
    for (const unit of units[rule.unit]) {
      if (unit.text.length > MAX_UNIT_CHARS || !inZone(rule.zone, rule.window, unit.blockPos, units.block.length)) continue;
      const hit = rule.test(subject(unit));
      if (hit === null) continue;
      // As the engine does: a trim whose span covers nothing kept is no match.
      if (rule.action === "trim" && spanToRanges(unit.lines[0]!, hit.span ?? [0, unit.text.length]).length === 0) continue;
      out.push({ rule: rule.id, unit: unit.id, hit });
    }
  }
  return out;
}

const seen = (ms: readonly UnitMatch[]): Seen[] => ms.map((m) => ({ rule: m.rule.id, unit: m.unit.id, hit: m.hit }));

/** Runs the passes as processDoc does, comparing each pass's hits with the reference's; returns
 *  the number of block rules' hits. */
function agreeOn(text: string): number {
  const doc = segmentText(normaliseText(text), {});
  const states: LineState[] = initialState(doc);
  const cache = newRunCache(planFor(rules));
  let blockHits = 0;
  for (let pass = 1; pass <= 4; pass++) {
    const units = buildUnits(states, doc.blocks);
    const matches = runRules(rules, units, pass, { maxUnitChars: MAX_UNIT_CHARS }, [], cache);
    assert.deepEqual(seen(matches), reference(units), `pass ${pass} of:\n${text.slice(0, 2000)}`);
    blockHits += matches.filter((m) => m.unit.kind === "block").length;
    if (applyDecision(states, decide(matches, units), pass, doc.text).length === 0) break;
  }
  return blockHits;
}

// Lines that make rules fire: every example input of the catalog, line by line.
const exampleInputs = [...new Set(rules.flatMap((r) => r.examples.map((e) => e.input)))];
const exampleLines = [...new Set(exampleInputs.flatMap((input) => input.split("\n")).filter((l) => l.trim() !== ""))];
const prose = [
  "The council approved the new budget on Monday after a long debate about the bridge, officials said.",
  "Residents told reporters they had waited years for the road to be repaired, and that it was time.",
  "Prices rose by 3.2 per cent in the year to March, the statistics office said in its monthly report.",
];

describe("engine plan › agrees with a plain evaluation of every rule", () => {
  it("on generated pages of example lines, prose and random text", () => {
    // Emoji and other astral characters end a word to the regexes (lexicon/fold.ts inertPairAt).
    const astral = fc.constantFrom("🎉", "👉 ", "📷", "𝐀", "𠀀", "𝟙");
    const withAstral = fc.tuple(fc.constantFrom(...exampleLines), astral, fc.nat()).map(([l, a, k]) => {
      const at = k % (l.length + 1);
      return l.slice(0, at) + a + l.slice(at);
    });
    // A letter, digit or underscore right after a word: a regex's `\b` after a literal lets
    // "writeré" through, where the word is only the start of the text's letter run.
    const after = fc.constantFrom("é", "ß", "ſ", "K", "İ", "ı", "\u0301", "1", "_", "s", "ing");
    const ends = (l: string): number[] => [...l.matchAll(/\p{L}(?!\p{L})/gu)].map((m) => m.index + 1);
    const withTail = fc.tuple(fc.constantFrom(...exampleLines.filter((l) => ends(l).length > 0)), after, fc.nat()).map(([l, a, k]) => {
      const at = ends(l)[k % ends(l).length]!;
      return l.slice(0, at) + a + l.slice(at);
    });
    const line = fc.oneof(fc.constantFrom(...exampleLines), withAstral, withTail, fc.constantFrom(...prose), fc.string({ maxLength: 40 }), fc.constantFrom("", "", "  "));
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 40 }), (lines) => {
        agreeOn(lines.join("\n"));
      }),
      { seed: 20261202, numRuns: 150 },
    );
  });

  it("on generated pages of whole examples, their blocks kept apart, among the lines above", () => {
    // The block rules' examples are blocks of several lines, which lines drawn one by one rarely
    // make. A block no block rule's conditions meet is asked nothing: the hits must still agree.
    const apart = (inputs: readonly string[]) => fc.constantFrom(...inputs).map((input) => `\n${input.trim()}\n`);
    const blockExamples = rules.filter((r) => r.unit === "block").flatMap((r) => r.examples.map((e) => e.input));
    const line = fc.oneof(apart(blockExamples), apart(exampleInputs), fc.constantFrom(...exampleLines), fc.constantFrom(...prose), fc.string({ maxLength: 40 }), fc.constantFrom("", "  "));
    let blockHits = 0;
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 20 }), (lines) => {
        blockHits += agreeOn(lines.join("\n"));
      }),
      { seed: 20261204, numRuns: 100 },
    );
    assert.ok(blockHits > 20, `block rules hit generated blocks (${blockHits})`);
  });

  const files = existsSync(devsetTextDir) ? readdirSync(devsetTextDir).filter((f) => f.endsWith(".txt")).sort() : [];
  it("on dev-set pages", { skip: files.length === 0 && "no dev set (../shared/devset)" }, () => {
    // Every twentieth page keeps the test short; the fingerprint script covers the whole set.
    for (const f of files.filter((_, i) => i % 20 === 0)) agreeOn(readFileSync(join(devsetTextDir, f), "utf8"));
  });
});
