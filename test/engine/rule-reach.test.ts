// The rules a unit is asked about for where it stands (plan/rule-reach.ts) against the plain
// reading: a rule's zone holds at the unit's block and each of its position needs at the unit's
// rounded share of the kept text, asked of every unit in turn.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { ReachMasks, type Reach } from "../../src/plan/rule-reach.js";
import { roundedPosition } from "../../src/plan/place.js";
import { inZone } from "../../src/engine/zones.js";
import { randomSource } from "../../scripts/kill-resume.js";
import type { Zone } from "../../src/types.js";


const ZONES: Zone[] = ["head", "tail", "body", "anywhere"];
const BOUNDS = [0, 0.05, 0.5, 0.7, 0.9, 0.95, 1, 2, -Infinity, Infinity, Number.NaN];

describe("engine › rule reach", () => {
  it("asks each unit about exactly the rules whose zone and position needs hold where it stands", () => {
    const next = randomSource(11);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
    for (let round = 0; round < 400; round++) {
      // Units in blocks of a few each (blocks: one unit per block), with growing shares of the text.
      const n = Math.floor(next() * 40);
      const blocksOfOne = next() < 0.3;
      const units: Array<{ pos: number; blockPos: number; share: number }> = [];
      let block = 0;
      let chars = 0;
      const lengths = Array.from({ length: n }, () => Math.floor(next() * 120));
      const total = Math.max(1, lengths.reduce((a, b) => a + b, 0));
      for (let pos = 0; pos < n; pos++) {
        if (pos > 0 && (blocksOfOne || next() < 0.4)) block++;
        units.push({ pos, blockPos: block, share: chars / total });
        chars += lengths[pos]!;
      }
      const blockCount = n === 0 ? 0 : block + 1;
      const slots = 1 + Math.floor(next() * 70);
      const all = new Int32Array((slots + 31) >> 5);
      const reaches = new Map<number, Reach>();
      for (let slot = 0; slot < slots; slot++) {
        if (next() < 0.2) continue;
        all[slot >> 5]! |= 1 << (slot & 31);
        if (next() < 0.5) continue;
        const positions = Array.from({ length: Math.floor(next() * 3) }, () => {
          const [a, b] = [pick(BOUNDS), pick(BOUNDS)];
          return { kind: "position" as const, min: Math.min(a, b), max: next() < 0.2 ? a : Math.max(a, b) };
        });
        reaches.set(slot, { slot, zone: pick(ZONES), window: Math.floor(next() * 6), positions });
      }
      const masks = new ReachMasks(all, [...reaches.values()], units, blockCount, (unit) => unit.share);
      for (const unit of units) {
        const mask = masks.at(unit.pos);
        for (let slot = 0; slot < slots; slot++) {
          const asked = (mask[slot >> 5]! & (1 << (slot & 31))) !== 0;
          const reach = reaches.get(slot);
          const rule = (all[slot >> 5]! & (1 << (slot & 31))) !== 0;
          const holds =
            rule &&
            (reach === undefined ||
              (inZone(reach.zone, reach.window, unit.blockPos, blockCount) &&
                reach.positions.every((need) => roundedPosition(unit.share) >= need.min && roundedPosition(unit.share) <= need.max)));
          assert.equal(asked, holds, `round ${round}, unit ${unit.pos} (block ${unit.blockPos} of ${blockCount}, share ${unit.share}), slot ${slot}: ${JSON.stringify(reach)}`);
        }
      }
    }
  });
});
