// cleanTransform: the pool as an objectMode Transform, in order, one outcome per item.
import assert from "node:assert/strict";
import { Readable, Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { describe, it } from "node:test";
import { CleanerPool } from "../../src/batch/pool.js";
import type { BatchOutcome } from "../../src/batch/protocol.js";
import { cleanTransform } from "../../src/batch/stream.js";

const text = (n: number): string => `Item ${n}: the council approved the new budget on Monday after a long debate about the bridge.\n\nSource: Reuters\n`;

describe("batch stream", () => {
  it("batch › cleanTransform keeps input order, one outcome per item, also in a pipeline with back-pressure", async () => {
    const pool = await CleanerPool.create({ jobs: 2 });
    try {
      const items = Array.from({ length: 300 }, (_, n) => (n === 7 ? { id: "bad" } : { id: `d${n}`, text: text(n) }));
      const outcomes: BatchOutcome[] = [];
      const sink = new Writable({
        objectMode: true,
        highWaterMark: 2,
        write(outcome: BatchOutcome, _e, done) {
          outcomes.push(outcome);
          setImmediate(done);
        },
      });
      await pipeline(Readable.from(items), cleanTransform(pool, { chunkItems: 10 }), sink);
      assert.equal(outcomes.length, 300);
      assert.deepEqual(outcomes.map((o) => o.id), items.map((i) => i.id));
      const good = outcomes[3]!;
      assert.ok(good.ok && good.result.metadata.source === "Reuters");
      const bad = outcomes[7]!;
      assert.ok(bad.ok && bad.result.status === "rejected", "an item without text gets its own outcome");
      const unordered: BatchOutcome[] = [];
      for await (const o of Readable.from(items).pipe(cleanTransform(pool, { unordered: true }))) unordered.push(o as BatchOutcome);
      assert.deepEqual(unordered.map((o) => o.id).sort(), items.map((i) => i.id).sort());
    } finally {
      await pool.close();
    }
  });
});
