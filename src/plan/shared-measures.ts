// Equal measures of one document's line texts, as one object: facts, their condition bits, and
// the features' stop-word counts. They live as long as their memo, one memo per distinct line: a
// page of a million short lines holds a million texts but only a few thousand different facts (a
// length, a word count, the marks, the word conditions met) and counts. They are never written to
// once measured, so lines may share them. Kept per document: a page's lines repeat each other's
// measures, other pages' seldom.
//
// The scan (line-scan.ts) asks here before it makes an object, with a hash of what it measured
// that it built as it went: the conditions' and the counts' parts are sums over the conditions
// met and the stop words counted, so a line's few are hashed, not every word of its bits or every
// language. Equal hashes are compared field by field, so sharing never changes a result; measures
// whose hash another one holds are kept as measured.
import type { Facts } from "./line-scan.js";

/** Past this many of a kind, a page's measures are mostly different: new ones are kept as measured. */
const MAX_SHARED = 1 << 16;

export class SharedMeasures {
  private readonly byHash = new Map<number, Facts>();
  /** Condition bits by the sum of their conditions' hashes: facts that differ in another field
   *  (a length, a word count) mostly meet the same conditions as others, and share their bits. */
  private readonly bitsByHash = new Map<number, readonly number[]>();
  /** Stop-word counts by the sum of hitHash over the stop words counted. */
  private readonly hitsByHash = new Map<number, Uint16Array>();

  /** The facts of that hash if they are equal to these, else undefined. */
  find(hash: number, words: number, length: number, bits: readonly number[], unsafe: boolean, marks: number, hasRun: boolean): Facts | undefined {
    const f = this.byHash.get(hash);
    if (f === undefined || f.words !== words || f.length !== length || f.unsafe !== unsafe || f.marks !== marks || f.hasRun !== hasRun) return undefined;
    return sameValues(f.bits, bits) ? f : undefined;
  }

  /** `bits` (a scratch, written again by the next scan) as an array equal to it, shared where
   *  one is known; `bitsHash` is the sum of conditionHash over the conditions set. */
  bitsOf(bitsHash: number, bits: readonly number[]): readonly number[] {
    return shareEqual(this.bitsByHash, bitsHash, bits);
  }

  /** `hits` (a scratch, written again by the next scan) as an array equal to it, shared where
   *  one is known; `hitsHash` is the sum of hitHash over the stop words counted. */
  hitsOf(hitsHash: number, hits: Uint16Array): Uint16Array {
    return shareEqual(this.hitsByHash, hitsHash, hits);
  }

  /** Keeps `facts` for later texts of that hash, unless another one holds it. */
  add(hash: number, facts: Facts): void {
    if (this.byHash.size < MAX_SHARED && !this.byHash.has(hash)) this.byHash.set(hash, facts);
  }
}

/** The hash of facts with these fields; `bitsHash` is the sum of conditionHash over the conditions met. */
export function factsHash(bitsHash: number, words: number, length: number, unsafe: boolean, marks: number, hasRun: boolean): number {
  let h = Math.imul(bitsHash ^ words, 0x9e3779b1);
  h = Math.imul(h ^ length, 0x85ebca6b);
  h = Math.imul(h ^ marks, 0xc2b2ae35);
  return h ^ (unsafe ? 2 : 0) ^ (hasRun ? 1 : 0);
}

/** A word condition's part of the facts' hash (summed, so the order they are met in does not matter). */
export function conditionHash(id: number): number {
  return Math.imul(id + 1, 0x27d4eb2d) ^ (id << 7);
}

/** A stop word of language `l`'s part of the counts' hash (summed). */
export function hitHash(l: number): number {
  return Math.imul(l + 1, 0x165667b1) ^ (l << 11);
}

/** The array of that hash in `known` if it equals `scratch`, else a copy of `scratch`, kept
 *  under the hash when none was and there is room. */
function shareEqual<T extends readonly number[] | Uint16Array>(known: Map<number, T>, hash: number, scratch: T): T {
  const one = known.get(hash);
  if (one !== undefined && sameValues(one, scratch)) return one;
  const copy = scratch.slice() as T;
  if (one === undefined && known.size < MAX_SHARED) known.set(hash, copy);
  return copy;
}

function sameValues(a: ArrayLike<number>, b: ArrayLike<number>): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return false;
  return true;
}
