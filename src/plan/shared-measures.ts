// Equal measures of one document's line texts, as one object: facts, their condition bits, and
// the features' stop-word counts. They live as long as their memo, one memo per distinct line: a
// page of a million short lines holds a million texts but only a few thousand different facts (a
// length, a word count, the marks, the word conditions met) and counts. They are never written to
// once measured, so lines may share them. Kept per document: a page's lines repeat each other's
// measures, other pages' seldom.
//
// The scan (line-scan.ts) asks here before it makes an object, with a hash of what it measured:
// the conditions' part is a sum over the conditions met that it built as it went, so a line's few
// are hashed, not every word of its bits; stop-word counts are hashed here, once a line, not once
// a word counted. Equal hashes are compared field by field, so sharing never changes a result;
// measures whose hash another one holds are kept as measured.
import type { Facts } from "./line-scan.js";

/** Past this many of a kind, a page's measures are mostly different: new ones are kept as measured. */
const MAX_SHARED = 1 << 16;

export class SharedMeasures {
  private readonly byHash = new Map<number, Facts>();
  /** Condition bits by the sum of their conditions' hashes: facts that differ in another field
   *  (a length, a word count) mostly meet the same conditions as others, and share their bits. */
  private readonly bitsByHash = new Map<number, readonly number[]>();
  /** Stop-word counts by countsHash. */
  private readonly hitsByHash = new Map<number, Uint16Array>();

  /** `room`: how many measures of each kind are kept at most. */
  constructor(private readonly room = MAX_SHARED) {}

  /** The facts of that hash if they are equal to these, else undefined. */
  find(hash: number, words: number, length: number, bits: readonly number[], unsafe: boolean, marks: number, hasRun: boolean): Facts | undefined {
    const f = this.byHash.get(hash);
    if (f === undefined || f.words !== words || f.length !== length || f.unsafe !== unsafe || f.marks !== marks || f.hasRun !== hasRun) return undefined;
    return sameBits(f.bits, bits) ? f : undefined;
  }

  /** `bits` (a scratch, written again by the next scan) as an array equal to it, shared where
   *  one is known; `bitsHash` is the sum of conditionHash over the conditions set. */
  bitsOf(bitsHash: number, bits: readonly number[]): readonly number[] {
    const one = this.bitsByHash.get(bitsHash);
    if (one !== undefined && sameBits(one, bits)) return one;
    const copy = bits.slice();
    if (one === undefined && this.bitsByHash.size < this.room) this.bitsByHash.set(bitsHash, copy);
    return copy;
  }

  /** `hits` (a scratch, written again by the next scan) as an array equal to it, shared where
   *  one is known. */
  hitsOf(hits: Uint16Array): Uint16Array {
    const hash = countsHash(hits);
    const one = this.hitsByHash.get(hash);
    if (one !== undefined && sameCounts(one, hits)) return one;
    const copy = hits.slice();
    if (one === undefined && this.hitsByHash.size < this.room) this.hitsByHash.set(hash, copy);
    return copy;
  }

  /** Keeps `facts` for later texts of that hash, unless another one holds it. */
  add(hash: number, facts: Facts): void {
    if (this.byHash.size < this.room && !this.byHash.has(hash)) this.byHash.set(hash, facts);
  }
}

/** Measures of texts outside any document: nothing is kept, each text's are its own. One class
 *  for both keeps the scan's calls to it of one kind. */
export const UNSHARED = new SharedMeasures(0);

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

/** The hash of stop-word counts by language: a line counts many stop words in a few languages,
 *  and hashing its counts once costs less than hashing each word as it is counted. */
function countsHash(counts: Uint16Array): number {
  let h = 0;
  for (let l = 0; l < counts.length; l++) h = Math.imul(h ^ counts[l]!, 0x165667b1);
  return h;
}

// Two comparisons, one per kind of array: one function reading both kinds of elements reads
// each more slowly.
function sameBits(a: readonly number[], b: readonly number[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return false;
  return true;
}

function sameCounts(a: Uint16Array, b: Uint16Array): boolean {
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return false;
  return true;
}
