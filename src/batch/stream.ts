// The pool as a Node stream for pipelines: BatchItems in, BatchOutcomes out (objectMode), in input
// order unless `unordered`. Back-pressure is the stream's: at most `inFlight` chunks' worth of
// documents are being cleaned, and the writable side stops accepting items while the readable side is not read.
//
//   const pool = await CleanerPool.create({ jobs: 4 });
//   await pipeline(items, cleanTransform(pool), sink);   // then pool.close()
import { Transform, type TransformCallback } from "node:stream";
import { Chunker, InFlight } from "./chunks.js";
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
  const chunker = new Chunker<BatchItem, BatchOutcome>((chunk) => pool.cleanChunk(chunk), { items: chunkItems, chars: options.chunkChars ?? 1_000_000 });
  const window = new InFlight<BatchOutcome>(!options.unordered, () => chunker.flush());
  const most = (options.inFlight ?? pool.size * 3) * chunkItems;
  /** Pushes outcomes until at most `keep` documents are being cleaned. */
  const drain = async (stream: Transform, keep: number): Promise<void> => {
    for await (const outcome of window.drain(keep)) stream.push(outcome);
  };

  return new Transform({
    objectMode: true,
    // Items wait in the chunker, not in the stream's buffer.
    writableHighWaterMark: 1,
    readableHighWaterMark: chunkItems,
    transform(item: BatchItem, _encoding: BufferEncoding, callback: TransformCallback) {
      if (typeof item !== "object" || item === null) return callback(new TypeError("cleanTransform: expected BatchItem objects"));
      window.push(chunker.add(item));
      if (window.size < most) return callback();
      drain(this, most - 1).then(() => callback(), callback);
    },
    flush(callback: TransformCallback) {
      drain(this, 0).then(() => callback(), callback);
    },
  });
}
