// The built-in catalog's word index as data of the build. Placing the index's keys from the word
// table reads a map and an entry object per key, in code that runs once, before V8 compiles it
// (word-index.ts wordIndexArrays); `npm run build` writes the arrays it makes for the built-in
// plan beside the plan's conditions (builtin-conditions.ts), and a start-up decodes them: the
// bytes of the typed arrays in base64, one string, decoded by Node's own code straight into one
// array that the index's arrays are views of.
import type { WordIndexArrays } from "./word-index.js";

/** WordIndexArrays as the build writes them. */
export interface PackedWordIndex {
  /** The length of each array, in the order of ARRAYS. */
  lengths: number[];
  /** The arrays one after the other, as little-endian 32-bit numbers in base64. */
  data: string;
}

const ARRAYS = ["slots", "keys", "firstRunPrefixes", "runPrefixes", "conditions"] as const;

/** The bytes of an Int32Array are little-endian where Node's build ran (x64, arm64): the packed
 *  arrays are read as they are only on such a machine. */
const littleEndian = new Uint8Array(Int32Array.of(1).buffer)[0] === 1;

export function packWordIndex(arrays: WordIndexArrays): PackedWordIndex {
  if (!littleEndian) throw new Error("the word index is packed as little-endian numbers");
  const lengths = ARRAYS.map((name) => arrays[name].length);
  const all = new Int32Array(lengths.reduce((a, b) => a + b, 0));
  let at = 0;
  for (const name of ARRAYS) {
    all.set(arrays[name], at);
    at += arrays[name].length;
  }
  return { lengths, data: Buffer.from(all.buffer).toString("base64") };
}

/** The arrays `packed` holds; undefined on a big-endian machine (the index is then made from the
 *  word table). */
export function unpackWordIndex({ lengths, data }: PackedWordIndex): WordIndexArrays | undefined {
  if (!littleEndian) return undefined;
  const all = new Int32Array(Buffer.byteLength(data, "base64") >> 2);
  Buffer.from(all.buffer).write(data, "base64");
  const [slots, keys, firstRunPrefixes, runPrefixes, conditions] = lengths;
  let at = 0;
  const next = (length: number): Int32Array => all.subarray(at, (at += length));
  return { slots: next(slots!), keys: next(keys!), firstRunPrefixes: next(firstRunPrefixes!), runPrefixes: next(runPrefixes!), conditions: next(conditions!) };
}
