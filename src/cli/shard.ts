// --shard i/n: a document's shard from a stable hash of its key (FNV-1a, 32 bits, over UTF-16 code
// units), so the same document lands in the same shard on every machine and every run.
import type { InputDoc } from "../io/document.js";

/** What --shard hashes: a document's own id, or for an id made from its file's path ("a.txt",
 *  "x.jsonl:3", "c.warc#2") the path relative to the folder walked, so "../data/crawl" and the
 *  same folder as an absolute path pick the same documents. */
export function shardKey(input: InputDoc): string {
  const id = input.id ?? input.origin.outputStem;
  const { name, rel } = input.origin;
  if (name === undefined || rel === undefined || !id.startsWith(name)) return id;
  const rest = id.slice(name.length);
  return rest === "" || /^[:#]\d+$/u.test(rest) ? rel + rest : id;
}

export function shardOf(id: string, count: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    hash ^= id.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % count;
}
