// The word table's entries by key, looked up by the line scan for every letter run that ends (and
// the first run's prefixes as they grow, and any run's prefixes that a filter of hashes lets by).
// Open addressing over a typed array of keys a quarter full: most runs name no condition and meet
// an empty slot at the first or second read, and the runs that do find their entry there, without
// a Map's own hashing and bucket walk.
import type { WordEntry } from "./line-scan.js";

const EMPTY = -1;

export class WordIndex {
  private readonly keys: Int32Array;
  private readonly entries: Array<WordEntry | undefined>;
  private readonly mask: number;
  private readonly shift: number;

  /** `table`'s keys are word hashes (lexicon/fold.ts hashKey: 30 bits, never negative). */
  constructor(table: ReadonlyMap<number, WordEntry>) {
    let bits = 4;
    while (1 << bits < table.size * 4) bits++;
    this.keys = new Int32Array(1 << bits).fill(EMPTY);
    this.entries = new Array<WordEntry | undefined>(1 << bits).fill(undefined);
    this.mask = (1 << bits) - 1;
    this.shift = 32 - bits;
    for (const [key, entry] of table) {
      let s = this.slot(key);
      while (this.keys[s] !== EMPTY) s = (s + 1) & this.mask;
      this.keys[s] = key;
      this.entries[s] = entry;
    }
  }

  get(key: number): WordEntry | undefined {
    for (let s = this.slot(key); ; s = (s + 1) & this.mask) {
      const k = this.keys[s]!;
      if (k === key) return this.entries[s];
      if (k === EMPTY) return undefined;
    }
  }

  /** The first slot to read: the key's bits mixed, the top ones taken (the low bits of a word
   *  hash alone vary less). */
  private slot(key: number): number {
    return Math.imul(key, 0x9e3779b1) >>> this.shift;
  }
}

/** A filter of hashes: bit (h & 31) of word (h & 0xffff) >>> 5 is set for each hash h it holds
 *  (a running hash and its hashKey agree in those bits: lexicon/fold.ts). Asking it costs one
 *  read of a small array, where most runs' prefixes name no condition. */
export function hashFilter(hashes: Iterable<number>): Int32Array {
  const filter = new Int32Array(FILTER_WORDS);
  for (const h of hashes) filter[(h & 0xffff) >>> 5]! |= 1 << (h & 31);
  return filter;
}

const FILTER_WORDS = 1 << 11;

/** The filter that holds nothing. */
export const NO_HASHES = new Int32Array(FILTER_WORDS);
