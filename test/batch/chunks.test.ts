// The one batch core: chunking by items and characters, and a bounded window read back in input
// order or as documents finish, as cleanStream uses it.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { Chunker, InFlight } from "../../src/batch/chunks.js";
import { cleanStream } from "../../src/batch/ordered.js";
import type { CleanerPool } from "../../src/batch/pool.js";
import type { BatchItem, BatchOutcome } from "../../src/batch/protocol.js";

const wait = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** A stand-in pool whose chunks finish after a delay set per item (text "slow" takes longest). */
function fakePool(sent: BatchItem[][]): CleanerPool {
  return {
    size: 2,
    cleanChunk: async (items: BatchItem[]): Promise<BatchOutcome[]> => {
      sent.push(items);
      await wait(items.some((i) => i.text === "slow") ? 60 : 5);
      return items.map((i) => ({ ok: true, id: i.id!, result: { text: String(i.text) } as never }));
    },
  } as unknown as CleanerPool;
}

describe("batch core", () => {
  it("chunks › a chunk is sent when it has enough items or characters, or when flushed, and each item gets its own outcome", async () => {
    const sent: string[][] = [];
    const chunker = new Chunker<{ text: string }, string>(async (items) => (sent.push(items.map((i) => i.text)), items.map((i) => i.text.toUpperCase())), { items: 3, chars: 10 });
    const outcomes = ["a", "b", "c", "0123456789", "d"].map((text) => chunker.add({ text }));
    assert.deepEqual(sent, [["a", "b", "c"], ["0123456789"]]);
    chunker.flush();
    assert.deepEqual(sent, [["a", "b", "c"], ["0123456789"], ["d"]]);
    assert.deepEqual(await Promise.all(outcomes), ["A", "B", "C", "0123456789", "D"]);
  });

  it("chunks › the window flushes before it waits, so an item in a part-filled chunk is never waited on forever", async () => {
    const chunker = new Chunker<{ text: string }, string>(async (items) => items.map((i) => i.text), { items: 100, chars: 1e6 });
    const window = new InFlight<string>(true, () => chunker.flush());
    window.push(chunker.add({ text: "only" }));
    const out: string[] = [];
    for await (const o of window.drain(0)) out.push(o);
    assert.deepEqual(out, ["only"]);
  });

  for (const unordered of [false, true]) {
    it(`chunks › cleanStream gives one outcome per item${unordered ? ", the fast ones before a slow chunk" : ", in input order"}, with a bounded window`, async () => {
      const sent: BatchItem[][] = [];
      const items: BatchItem[] = Array.from({ length: 40 }, (_, i) => ({ id: `d${i}`, text: i === 1 ? "slow" : `t${i}` }));
      const out: string[] = [];
      let maxPending = 0;
      for await (const o of cleanStream(fakePool(sent), items, { chunkItems: 2, inFlight: 2, unordered })) {
        out.push(o.id!);
        maxPending = Math.max(maxPending, sent.flat().length - out.length);
      }
      assert.deepEqual([...out].sort(), items.map((i) => i.id!).sort());
      if (unordered) assert.notDeepEqual(out, items.map((i) => i.id));
      else assert.deepEqual(out, items.map((i) => i.id));
      assert.ok(maxPending <= 4, `at most inFlight x chunkItems documents pending (saw ${maxPending})`);
    });
  }
});
