// What the line scan asks of a letter run, by the run's hash: which word conditions of the catalog
// it meets (the word table's entries) and which stop words it may be (lexicon/stopwords.ts), in
// one table, so that a run that ends is looked up once for both. The scan also asks it of a run's
// prefixes as they grow, when a filter of the hashes some prefix entry has lets them by.
// Open addressing over a typed array of keys a quarter full: most runs name nothing and meet an
// empty slot at the first or second read, and the runs that do find their entry there, without a
// Map's own hashing and bucket walk.
import { stopwordsByHash, type Stopword } from "../lexicon/stopwords.js";
import type { WordEntry } from "./line-scan.js";

const EMPTY = -1;
const FILTER_WORDS = 1 << 11;

export class WordIndex {
  /** The hashes of the letters a run may start with that a condition names, as a filter
   *  (hashFilter): a run's every prefix is tried in it, and looked up only when it passes. The
   *  text's first run may meet conditions on its prefix and on any run's; the others only the latter. */
  readonly firstRunPrefixes: Int32Array;
  readonly runPrefixes: Int32Array;
  private readonly keys: Int32Array;
  private readonly entries: Array<WordEntry | undefined>;
  private readonly stopwords: Array<Stopword | undefined>;
  private readonly mask: number;
  private readonly shift: number;

  /** `table`'s keys are word hashes (lexicon/fold.ts hashKey: 30 bits, never negative). */
  constructor(table: ReadonlyMap<number, WordEntry>) {
    const keys = new Set([...table.keys(), ...stopwordsByHash.keys()]);
    let bits = 4;
    while (1 << bits < keys.size * 4) bits++;
    this.keys = new Int32Array(1 << bits).fill(EMPTY);
    this.entries = new Array<WordEntry | undefined>(1 << bits).fill(undefined);
    this.stopwords = new Array<Stopword | undefined>(1 << bits).fill(undefined);
    this.mask = (1 << bits) - 1;
    this.shift = 32 - bits;
    for (const key of keys) {
      let s = this.firstSlot(key);
      while (this.keys[s] !== EMPTY) s = (s + 1) & this.mask;
      this.keys[s] = key;
      this.entries[s] = table.get(key);
      this.stopwords[s] = stopwordsByHash.get(key);
    }
    this.firstRunPrefixes = hashFilter([...table].flatMap(([key, e]) => (e.prefix.length > 0 || e.runPrefix.length > 0 ? [key] : [])));
    this.runPrefixes = hashFilter([...table].flatMap(([key, e]) => (e.runPrefix.length > 0 ? [key] : [])));
  }

  /** The slot of `key`, or -1 when the index holds nothing of it. */
  slotOf(key: number): number {
    for (let s = this.firstSlot(key); ; s = (s + 1) & this.mask) {
      const k = this.keys[s]!;
      if (k === key) return s;
      if (k === EMPTY) return -1;
    }
  }

  /** The word table's entry in slot `s` (of slotOf), if the key has one. */
  entryAt(s: number): WordEntry | undefined {
    return this.entries[s];
  }

  /** The stop word whose hash is the key of slot `s` (of slotOf), if any. */
  stopwordAt(s: number): Stopword | undefined {
    return this.stopwords[s];
  }

  /** The word table's entry of `key`. */
  get(key: number): WordEntry | undefined {
    const s = this.slotOf(key);
    return s < 0 ? undefined : this.entries[s];
  }

  /** The first slot to read: the key's bits mixed, the top ones taken (the low bits of a word
   *  hash alone vary less). */
  private firstSlot(key: number): number {
    return Math.imul(key, 0x9e3779b1) >>> this.shift;
  }
}

/** The index of the stop words alone, for a scan without a word table. */
export const STOPWORDS_ONLY = new WordIndex(new Map());

/** A filter of hashes: bit (h & 31) of word (h & 0xffff) >>> 5 is set for each hash h it holds
 *  (a running hash and its hashKey agree in those bits: lexicon/fold.ts). Asking it costs one
 *  read of a small array, where most runs' prefixes name no condition. */
function hashFilter(hashes: Iterable<number>): Int32Array {
  const filter = new Int32Array(FILTER_WORDS);
  for (const h of hashes) filter[(h & 0xffff) >>> 5]! |= 1 << (h & 31);
  return filter;
}
