// The pool times each document on its own and contains a document that hangs or exhausts its
// worker's heap: that document gets an error outcome, the worker is replaced, the others are cleaned.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { CleanerPool } from "../../src/batch/pool.js";
import type { BatchItem, BatchOutcome } from "../../src/batch/protocol.js";
import { slowPage } from "../helpers/slow-page.js";

const text = (n: number): string => `Item ${n}: the council approved the new budget on Monday after a long debate about the bridge.\n\nSource: Reuters\n`;
const small = (n: number): BatchItem => ({ id: `d${n}`, text: text(n) });
const slowDoc = (): BatchItem => ({ id: "slow", html: slowPage() });
/** Short lines cost the engine far more memory than their size: within the default input
 *  limits, this still exhausts a small heap. */
const shortLines = (): BatchItem => ({ id: "lines", text: Array.from({ length: 200_000 }, (_, i) => `l${i}`).join("\n") });

const codes = (outcomes: BatchOutcome[]): string[] => outcomes.map((o) => (o.ok ? "ok" : o.error.code));

describe("batch pool", () => {
  it("batch › new CleanerPool() from plain JS throws a TypeError that names CleanerPool.create, instead of a pool that never answers", () => {
    const Pool = CleanerPool as unknown as new (options: object) => unknown;
    assert.throws(() => new Pool({ jobs: 2 }), (e: Error) => e instanceof TypeError && /await CleanerPool\.create\(options\)/u.test(e.message));
  });

  it("batch › a hanging document in a chunk costs about one timeout, not one per document of the chunk", async () => {
    const timeoutMs = 1500;
    const pool = await CleanerPool.create({ jobs: 1, timeoutMs });
    try {
      await pool.clean(small(0));
      const items = [...Array.from({ length: 20 }, (_, n) => small(n)), slowDoc(), ...Array.from({ length: 20 }, (_, n) => small(n + 20))];
      const started = performance.now();
      const outcomes = await pool.cleanChunk(items);
      const ms = performance.now() - started;
      assert.deepEqual(outcomes.map((o) => o.id), items.map((i) => i.id), "one outcome per item, in order");
      assert.deepEqual(codes(outcomes), [...Array(20).fill("ok"), "timeout", ...Array(20).fill("ok")]);
      // The chunk used to get timeoutMs x 41 items, so the page ran until its HTML budget (10 s).
      assert.ok(ms < 8000, `the chunk took ${Math.round(ms)} ms`);
      assert.ok((await pool.clean(small(99))).ok, "the replaced worker goes on cleaning");
    } finally {
      await pool.close();
    }
  });

  it("batch › a document that exhausts its worker's heap gets an error outcome; the worker is replaced and the batch goes on", async () => {
    const pool = await CleanerPool.create({ jobs: 1, workerHeapMb: 96 });
    try {
      const outcomes = await pool.cleanChunk([small(1), shortLines(), small(2)]);
      assert.deepEqual(codes(outcomes), ["ok", "worker-crashed", "ok"]);
      const crashed = outcomes[1]!;
      assert.ok(!crashed.ok && /memory/iu.test(crashed.error.message), JSON.stringify(crashed));
      assert.deepEqual(codes(await pool.cleanChunk([small(3), small(4)])), ["ok", "ok"]);
    } finally {
      await pool.close();
    }
  });
});
