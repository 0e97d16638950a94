// Streams documents through a pool with bounded memory: at most `inFlight` chunks' worth of
// documents are pending, and outcomes come out in input order (or as they finish, when `unordered`).
import { Chunker, InFlight } from "./chunks.js";
import type { CleanerPool } from "./pool.js";
import type { BatchItem, BatchOutcome } from "./protocol.js";

export interface StreamOptions {
  /** Documents per message to a worker (default 64). */
  chunkItems?: number;
  /** Characters per chunk before it is sent anyway (default 1,000,000). */
  chunkChars?: number;
  /** Chunks in flight (default 3 per worker). */
  inFlight?: number;
  /** Yield outcomes as they finish instead of in input order. */
  unordered?: boolean;
}

export async function* cleanStream(pool: CleanerPool, items: AsyncIterable<BatchItem> | Iterable<BatchItem>, options: StreamOptions = {}): AsyncGenerator<BatchOutcome> {
  const chunkItems = options.chunkItems ?? 64;
  const chunker = new Chunker<BatchItem, BatchOutcome>((chunk) => pool.cleanChunk(chunk), { items: chunkItems, chars: options.chunkChars ?? 1_000_000 });
  const window = new InFlight<BatchOutcome>(!options.unordered, () => chunker.flush());
  const most = (options.inFlight ?? pool.size * 3) * chunkItems;
  for await (const item of items) {
    window.push(chunker.add(item));
    if (window.size >= most) yield* window.drain(most - 1);
  }
  yield* window.drain(0);
}
