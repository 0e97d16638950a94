// A rule's triggers: a few word conditions and marks of which one holds wherever the rule's
// condition does. An exact list needs one of its words, a regex its literal, a conjunction any
// one of its parts' triggers, a disjunction one of every part's. Most units meet none of the
// catalog's word conditions and few of its marks, so the candidates (Plan.candidates) ask a
// rule's whole condition only when one of its triggers holds: a test of a word or two of bits
// instead of the condition's tens of operations.
import { marksMask } from "../lexicon/fold.js";
import type { Need } from "./need.js";

/** Word condition ids and marks (mark bit b as -(b + 1)); null when no such list is known: the
 *  rule's condition is asked of every unit. */
export type Trigger = number[] | null;

/** A word need's condition id, as the plan's source numbers it; undefined when its words
 *  cannot be hashed (the need is then no condition). */
type WordCondition = (need: Extract<Need, { kind: "firstRun" | "someRun" | "firstPrefix" | "somePrefix" }>) => number | undefined;

/** Marks weigh more than words when a conjunction picks the part whose triggers to use: a mark
 *  (a digit, a parenthesis) stands on many lines, a catalog word on few. */
const MARK_WEIGHT = 8;

/** The triggers of `need` read without its conditions on neighbours or place, as the candidates
 *  read it (prefilter.ts writes that condition: a part it leaves out holds everywhere, and has none). */
export function triggerOf(need: Need, wordCondition: WordCondition): Trigger {
  switch (need.kind) {
    case "firstRun":
    case "someRun":
    case "firstPrefix":
    case "somePrefix": {
      const id = wordCondition(need);
      return id === undefined ? null : [id];
    }
    case "marks": {
      // Every mark of the list must be there: any one of them is a trigger.
      const mask = marksMask(need.marks);
      return mask === 0 ? null : [-(31 - Math.clz32(mask)) - 1];
    }
    case "all": {
      let best: Trigger = null;
      for (const part of need.parts) {
        const t = triggerOf(part, wordCondition);
        if (t !== null && (best === null || weight(t) < weight(best))) best = t;
      }
      return best;
    }
    case "any": {
      const out: number[] = [];
      for (const part of need.parts) {
        const t = triggerOf(part, wordCondition);
        if (t === null) return null;
        for (const atom of t) if (!out.includes(atom)) out.push(atom);
      }
      return out.length === 0 ? null : out;
    }
    default:
      return null;
  }
}

function weight(t: readonly number[]): number {
  let w = 0;
  for (const atom of t) w += atom < 0 ? MARK_WEIGHT : 1;
  return w;
}

/** The trigger as masks: by word of Facts.bits, the bits of its conditions; and its marks. */
export function triggerMasks(t: readonly number[]): { words: Map<number, number>; marks: number } {
  const words = new Map<number, number>();
  let marks = 0;
  for (const atom of t) {
    if (atom >= 0) words.set(atom >> 5, (words.get(atom >> 5) ?? 0) | (1 << (atom & 31)));
    else marks |= 1 << (-atom - 1);
  }
  return { words, marks };
}
