// Streams documents through a pool with bounded memory: at most `inFlight` chunks are pending,
// and outcomes come out in input order (or as they finish, when `unordered`).
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
  const chunkChars = options.chunkChars ?? 1_000_000;
  const inFlight = options.inFlight ?? pool.size * 3;
  const pending: Array<Promise<BatchOutcome[]>> = [];
  const done: BatchOutcome[][] = [];
  let chunk: BatchItem[] = [];
  let chars = 0;

  const send = (): void => {
    const p = pool.cleanChunk(chunk);
    if (options.unordered) void p.then((outs) => done.push(outs));
    pending.push(p);
    chunk = [];
    chars = 0;
  };
  async function* drain(keep: number): AsyncGenerator<BatchOutcome> {
    while (pending.length > keep) {
      if (options.unordered) {
        await Promise.race(pending.map((p, i) => p.then(() => i))).then((i) => pending.splice(i, 1));
        yield* done.splice(0).flat();
      } else yield* await pending.shift()!;
    }
  }

  for await (const item of items) {
    chunk.push(item);
    chars += (item.text ?? item.html ?? "").length;
    if (chunk.length >= chunkItems || chars >= chunkChars) {
      send();
      yield* drain(inFlight - 1);
    }
  }
  if (chunk.length > 0) send();
  yield* drain(0);
}
