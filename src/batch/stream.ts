// The pool as a Node stream for pipelines: BatchItems in, BatchOutcomes out (objectMode), in input
// order unless `unordered`. Back-pressure is the stream's: at most `inFlight` chunks are being
// cleaned, and the writable side stops accepting items while the readable side is not read.
//
//   const pool = await CleanerPool.create({ jobs: 4 });
//   await pipeline(items, cleanTransform(pool), sink);   // then pool.close()
import { Transform, type TransformCallback } from "node:stream";
import type { CleanerPool } from "./pool.js";
import type { BatchItem, BatchOutcome } from "./protocol.js";

export interface TransformOptions {
  /** Documents per message to a worker (default 32). */
  chunkItems?: number;
  /** Characters per chunk before it is sent anyway (default 1,000,000). */
  chunkChars?: number;
  /** Chunks being cleaned at once (default 3 per worker). */
  inFlight?: number;
  /** Push outcomes as they finish instead of in input order. */
  unordered?: boolean;
}

export function cleanTransform(pool: CleanerPool, options: TransformOptions = {}): Transform {
  const chunkItems = options.chunkItems ?? 32;
  const chunkChars = options.chunkChars ?? 1_000_000;
  const inFlight = options.inFlight ?? pool.size * 3;
  const pending: Array<{ promise: Promise<BatchOutcome[]>; outcomes?: BatchOutcome[] }> = [];
  let chunk: BatchItem[] = [];
  let chars = 0;

  const send = (): void => {
    if (chunk.length === 0) return;
    const entry: { promise: Promise<BatchOutcome[]>; outcomes?: BatchOutcome[] } = { promise: pool.cleanChunk(chunk) };
    void entry.promise.then((outcomes) => (entry.outcomes = outcomes));
    pending.push(entry);
    chunk = [];
    chars = 0;
  };
  /** Pushes finished chunks until at most `keep` are pending. */
  const drain = async (stream: Transform, keep: number): Promise<void> => {
    while (pending.length > keep) {
      if (options.unordered) {
        const ready = pending.findIndex((p) => p.outcomes !== undefined);
        if (ready === -1) {
          await Promise.race(pending.map((p) => p.promise));
          continue;
        }
        for (const outcome of pending.splice(ready, 1)[0]!.outcomes!) stream.push(outcome);
      } else {
        for (const outcome of await pending.shift()!.promise) stream.push(outcome);
      }
    }
  };

  return new Transform({
    objectMode: true,
    // Items wait in our chunk, not in the stream's buffer.
    writableHighWaterMark: 1,
    readableHighWaterMark: chunkItems,
    transform(item: BatchItem, _encoding: BufferEncoding, callback: TransformCallback) {
      if (typeof item !== "object" || item === null) return callback(new TypeError("cleanTransform: expected BatchItem objects"));
      chunk.push(item);
      chars += (item.text ?? item.html ?? "").length;
      if (chunk.length < chunkItems && chars < chunkChars) return callback();
      send();
      drain(this, inFlight - 1).then(() => callback(), callback);
    },
    flush(callback: TransformCallback) {
      send();
      drain(this, 0).then(() => callback(), callback);
    },
  });
}
