// --shard i/n: a document's shard from a stable hash of its id (FNV-1a, 32 bits, over UTF-16 code
// units), so the same id lands in the same shard on every machine and every run.
export function shardOf(id: string, count: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    hash ^= id.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % count;
}
