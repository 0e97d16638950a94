// What the line scan asks of a letter run, by the run's hash: which word conditions of the catalog
// it meets (the word table's entries) and which stop word it may be (lexicon/stopwords.ts), in
// one table, so that a run that ends is looked up once for both. The scan also asks it of a run's
// prefixes as they grow, when a filter of the hashes some prefix entry has lets them by.
// Open addressing over a typed array of keys a quarter full: most runs name nothing and meet an
// empty slot at the first or second read, and the runs that do find their entry there, without a
// Map's own hashing and bucket walk. A slot is two numbers side by side, its key and what the key
// names, so that a run that finds its slot reads one cache line for both; the conditions an entry
// lists are read from another typed array: a run that ends reads no object. The slots are too many
// to stay in the nearest cache, and a run that names nothing would read one at random: a filter of
// the keys, as small as the prefixes' filters, turns most such runs away before a slot is read.
import { onFirstUse } from "../first-use.js";
import { stopwordsByHash } from "../lexicon/stopwords.js";
import type { WordEntry } from "./line-scan.js";

const EMPTY = -1;
const FILTER_WORDS = 1 << 11;

// What a slot's key names (its second number): the number + 1 of the stop word of that hash in the
// low bits (0: none), and above them the offset of its entry's condition lists in `conditions`
// (0: no entry).
const STOPWORD_BITS = 12;
const STOPWORD_MASK = (1 << STOPWORD_BITS) - 1;

// An entry's lists in `conditions`, from its offset: four counts, then the ids of each list.
export const SOME = 0;
export const FIRST = 1;
export const PREFIX = 2;
export const RUN_PREFIX = 3;
const LISTS = 4;

/** The typed arrays a WordIndex reads (see its fields). The built-in catalog's, with the stop
 *  words, are written by the build (packed-word-index.ts): a start-up then takes them as they are
 *  instead of placing the keys. */
export interface WordIndexArrays {
  slots: Int32Array;
  keys: Int32Array;
  firstRunPrefixes: Int32Array;
  runPrefixes: Int32Array;
  conditions: Int32Array;
}

/** The index of `table`'s entries and the stop words. `table`'s keys are word hashes
 *  (lexicon/fold.ts hashKey: 30 bits, never negative). */
export function wordIndexOf(table: ReadonlyMap<number, WordEntry>): WordIndex {
  return new WordIndex(wordIndexArrays(table));
}

/** The arrays of the index of `table`'s entries and the stop words (wordIndexOf). */
export function wordIndexArrays(table: ReadonlyMap<number, WordEntry>): WordIndexArrays {
  if (stopwordsByHash.size >= STOPWORD_MASK) throw new Error("more stop words than a slot's bits number");
  const keys = new Set([...table.keys(), ...stopwordsByHash.keys()]);
  let bits = 4;
  while (1 << bits < keys.size * 4) bits++;
  // An empty slot's second number is never read.
  const slots = new Int32Array(2 << bits).fill(EMPTY);
  const mask = (1 << bits) - 1;
  const keyFilter = new Int32Array(FILTER_WORDS);
  const firstRunPrefixes = new Int32Array(FILTER_WORDS);
  const runPrefixes = new Int32Array(FILTER_WORDS);
  // Offset 0 stands for no entry; entries the table shares are listed once.
  const conditions = [0];
  const offsets = new Map<WordEntry, number>();
  for (const key of keys) {
    let s = firstSlot(key, 32 - bits);
    while (slots[2 * s] !== EMPTY) s = (s + 1) & mask;
    slots[2 * s] = key;
    addToFilter(keyFilter, key);
    const entry = table.get(key);
    let offset = 0;
    if (entry !== undefined) {
      offset = offsets.get(entry) ?? conditions.length;
      if (offset === conditions.length) {
        offsets.set(entry, offset);
        const { some, first, prefix, runPrefix } = entry;
        conditions.push(some.length, first.length, prefix.length, runPrefix.length, ...some, ...first, ...prefix, ...runPrefix);
      }
      if (entry.runPrefix.length > 0) addToFilter(runPrefixes, key);
      if (entry.prefix.length > 0 || entry.runPrefix.length > 0) addToFilter(firstRunPrefixes, key);
    }
    const stopword = stopwordsByHash.get(key);
    slots[2 * s + 1] = (offset << STOPWORD_BITS) | (stopword === undefined ? 0 : stopword.number + 1);
  }
  return { slots, keys: keyFilter, firstRunPrefixes, runPrefixes, conditions: Int32Array.from(conditions) };
}

export class WordIndex {
  /** The hashes of the letters a run may start with that a condition names, as a filter
   *  (addToFilter): a run's every prefix is tried in it, and looked up only when it passes. The
   *  text's first run may meet conditions on its prefix and on any run's; the others only the latter. */
  readonly firstRunPrefixes: Int32Array;
  readonly runPrefixes: Int32Array;
  /** The condition lists of the entries, each entry's once (see SOME to RUN_PREFIX). */
  readonly conditions: Int32Array;
  /** By slot s: the key at 2s (EMPTY: no key), what it names at 2s + 1 (see STOPWORD_BITS); as
   *  many slots as a power of two. */
  private readonly slots: Int32Array;
  /** The keys, as a filter (addToFilter). */
  private readonly keys: Int32Array;
  private readonly mask: number;
  private readonly shift: number;

  constructor({ slots, keys, firstRunPrefixes, runPrefixes, conditions }: WordIndexArrays) {
    this.slots = slots;
    this.keys = keys;
    this.firstRunPrefixes = firstRunPrefixes;
    this.runPrefixes = runPrefixes;
    this.conditions = conditions;
    this.mask = (slots.length >> 1) - 1;
    this.shift = Math.clz32(this.mask);
  }

  /** The slot of `key`, or -1 when the index holds nothing of it. */
  slotOf(key: number): number {
    if ((this.keys[(key & 0xffff) >>> 5]! & (1 << (key & 31))) === 0) return -1;
    for (let s = firstSlot(key, this.shift); ; s = (s + 1) & this.mask) {
      const k = this.slots[2 * s]!;
      if (k === key) return s;
      if (k === EMPTY) return -1;
    }
  }

  /** The offset in `conditions` of the word table's entry in slot `s` (of slotOf), 0 when its key has none. */
  entryAt(s: number): number {
    return this.slots[2 * s + 1]! >>> STOPWORD_BITS;
  }

  /** The number of the stop word (lexicon/stopwords.ts) whose hash is the key of slot `s` (of slotOf), -1 when none is. */
  stopwordAt(s: number): number {
    return (this.slots[2 * s + 1]! & STOPWORD_MASK) - 1;
  }

  /** The offset in `conditions` of the word table's entry of `key`, 0 when it has none. */
  entryOf(key: number): number {
    const s = this.slotOf(key);
    return s < 0 ? 0 : this.entryAt(s);
  }

  /** The ids of list `list` (SOME to RUN_PREFIX) of the entry at `offset` (of entryAt), for tests and tools. */
  listOf(offset: number, list: number): number[] {
    const from = listStart(this.conditions, offset, list);
    return [...this.conditions.subarray(from, from + this.conditions[offset + list]!)];
  }
}

/** The first slot of `key` to read in slots of 32 - `shift` bits: the key's bits mixed, the top
 *  ones taken (the low bits of a word hash alone vary less). */
function firstSlot(key: number, shift: number): number {
  return Math.imul(key, 0x9e3779b1) >>> shift;
}

/** Where in `conditions` list `list` (SOME to RUN_PREFIX) of the entry at `offset` starts; it
 *  holds `conditions[offset + list]` ids. */
export function listStart(conditions: Int32Array, offset: number, list: number): number {
  let from = offset + LISTS;
  for (let l = 0; l < list; l++) from += conditions[offset + l]!;
  return from;
}

/** The index of the stop words alone, for a scan without a word table (built when first asked:
 *  a run of the command on a small file may never scan without one). */
export const stopwordsOnly = onFirstUse(() => wordIndexOf(new Map()));

/** Adds hash `h` to a filter of hashes: bit (h & 31) of word (h & 0xffff) >>> 5 is set for each
 *  hash it holds (a running hash and its hashKey agree in those bits: lexicon/fold.ts). Asking it
 *  costs one read of a small array, where most runs' prefixes name no condition. */
function addToFilter(filter: Int32Array, h: number): void {
  filter[(h & 0xffff) >>> 5]! |= 1 << (h & 31);
}
