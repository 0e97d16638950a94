// Which of a kind's rules a unit of a pass may be asked about for where it stands. A rule's zone
// (head, tail, body: counted in kept blocks) and its conditions on the unit's position in the kept
// text (plan/place.ts) each hold on one run of consecutive units, as both only grow along the
// list: so a rule's reach is one run, and the rules a unit may be asked about make a mask that
// changes only where some rule's run starts or ends. A unit is then never asked about a rule for
// a place it does not stand in (a head rule would otherwise be turned away by every other unit
// of the page, one at a time).
import type { Rule } from "../rules/rule.js";
import { roundedPosition, type PlaceNeed } from "./place.js";

/** A unit of a pass's list, as its reach reads it: its block's position among the kept blocks. */
interface Placed {
  blockPos: number;
}

/** What bounds one rule's reach in a pass: its zone, and the position needs the rule itself asks
 *  (a context-free rule asks none: its result holds wherever its text stands). */
export interface Reach {
  slot: number;
  zone: Rule["zone"];
  window: number;
  positions: readonly Extract<PlaceNeed, { kind: "position" }>[];
}

/** The mask of a kind's rules to ask each unit of a pass about, read in the list's order. */
export class ReachMasks<U extends Placed> {
  private readonly current: Int32Array;
  /** Where each bounded rule's run starts and ends, its bit flips: as pos * slots + slot, ascending. */
  private readonly flips: number[] = [];
  private readonly slots: number;
  private next = 0;

  /** `all`: the kind's rules asked unit by unit; `bounded`: those of them whose reach is not the
   *  whole list; `position(unit)`: the unit's share of the kept text (Subject.position). */
  constructor(all: Int32Array, bounded: readonly Reach[], list: readonly U[], blockCount: number, position: (unit: U) => number) {
    this.current = all.slice();
    this.slots = all.length << 5;
    const firsts = new FirstUnits(list, position);
    for (const reach of bounded) {
      this.current[reach.slot >> 5]! &= ~(1 << (reach.slot & 31));
      const [from, to] = runOf(reach, firsts, blockCount);
      if (from < to) {
        insertInOrder(this.flips, from * this.slots + reach.slot);
        insertInOrder(this.flips, to * this.slots + reach.slot);
      }
    }
  }

  /** The mask at position `pos` of the list; asked at positions that never go back. */
  at(pos: number): Int32Array {
    const flips = this.flips;
    const until = (pos + 1) * this.slots;
    while (this.next < flips.length && flips[this.next]! < until) {
      const slot = flips[this.next++]! % this.slots;
      this.current[slot >> 5]! ^= 1 << (slot & 31);
    }
    return this.current;
  }
}

/** The run [from, to) of the list where the rule's zone and position needs hold. */
function runOf<U extends Placed>(reach: Reach, firsts: FirstUnits<U>, blockCount: number): [number, number] {
  const { zone, window } = reach;
  let from = 0;
  let to = firsts.length;
  if (zone === "head") to = firsts.inBlock(window);
  else if (zone === "tail") from = firsts.inBlock(blockCount - window);
  else if (zone === "body") {
    from = firsts.inBlock(window);
    to = firsts.inBlock(blockCount - window);
  }
  for (const need of reach.positions) {
    from = Math.max(from, firsts.atShare(need.min));
    to = Math.min(to, firsts.pastShare(need.max));
  }
  return [from, to];
}

/** The first units of a pass's list at or past a block, or a share of the kept text: each found
 *  by a binary search (both only grow along the list), once however many rules ask it. */
class FirstUnits<U extends Placed> {
  private readonly blocks = new Map<number, number>();
  private readonly atShares = new Map<number, number>();
  private readonly pastShares = new Map<number, number>();

  constructor(
    private readonly list: readonly U[],
    private readonly position: (unit: U) => number,
  ) {}

  get length(): number {
    return this.list.length;
  }

  /** The first unit whose block is `least` or later among the kept blocks. */
  inBlock(least: number): number {
    return known(this.blocks, least, () => firstWhere(this.list.length, (i) => this.list[i]!.blockPos >= least));
  }

  /** The first unit whose rounded position is `min` or more. */
  atShare(min: number): number {
    return known(this.atShares, min, () => firstWhere(this.list.length, (i) => this.share(i) >= min));
  }

  /** The first unit whose rounded position is more than `max`. */
  pastShare(max: number): number {
    return known(this.pastShares, max, () => firstWhere(this.list.length, (i) => this.share(i) > max));
  }

  /** The unit's position as the position matcher reads it. */
  private share(i: number): number {
    return roundedPosition(this.position(this.list[i]!));
  }
}

function known(found: Map<number, number>, key: number, find: () => number): number {
  let at = found.get(key);
  if (at === undefined) found.set(key, (at = find()));
  return at;
}

/** Adds `n` to the ascending `list` in its place: a pass has a few flips, a sort of them costs more. */
function insertInOrder(list: number[], n: number): void {
  let i = list.length;
  list.push(n);
  for (; i > 0 && list[i - 1]! > n; i--) list[i] = list[i - 1]!;
  list[i] = n;
}

/** The first i in 0..n at which `holds` (false, then true along 0..n-1) is true; n when none. */
function firstWhere(n: number, holds: (i: number) => boolean): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (holds(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
