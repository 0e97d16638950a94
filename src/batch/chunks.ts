// The one batch core: documents go to workers in chunks, so a message's cost is paid per chunk,
// and the documents being cleaned are a bounded window read back in input order or as they
// finish. cleanStream, cleanTransform and the CLI's batch runner all go through here.

/** How big a chunk grows before it is sent anyway. */
export interface ChunkLimits {
  items: number;
  chars: number;
}

/** Gathers items into chunks and gives each item the promise of its own outcome. */
export class Chunker<I extends { text?: unknown; html?: unknown }, O> {
  private chunk: Array<{ item: I; resolve: (outcome: O) => void }> = [];
  private chars = 0;

  /** `send` must resolve with one outcome per item, in order, and never reject (as CleanerPool's chunks do). */
  constructor(
    private readonly send: (items: I[]) => Promise<O[]>,
    private readonly limits: ChunkLimits,
  ) {}

  add(item: I): Promise<O> {
    return new Promise((resolve) => {
      this.chunk.push({ item, resolve });
      this.chars += sizeOf(item.text) + sizeOf(item.html);
      if (this.chunk.length >= this.limits.items || this.chars >= this.limits.chars) this.flush();
    });
  }

  /** Sends a partly filled chunk now: whoever waits on one of its items must call this first. */
  flush(): void {
    if (this.chunk.length === 0) return;
    const sent = this.chunk;
    this.chunk = [];
    this.chars = 0;
    void this.send(sent.map((s) => s.item)).then((outcomes) => outcomes.forEach((o, i) => sent[i]!.resolve(o)));
  }
}

const sizeOf = (value: unknown): number => (typeof value === "string" || value instanceof Uint8Array ? value.length : 0);

/** The outcomes being waited for, read back in input order (`ordered`) or as they finish. */
export class InFlight<O> {
  private pending: Array<{ promise: Promise<O>; outcome?: { value: O } }> = [];

  constructor(
    private readonly ordered: boolean,
    /** Called before waiting, so that nothing waited for sits in an unsent chunk. */
    private readonly beforeWait: () => void,
  ) {}

  get size(): number {
    return this.pending.length;
  }

  push(promise: Promise<O>): void {
    const entry: { promise: Promise<O>; outcome?: { value: O } } = { promise };
    if (!this.ordered) void promise.then((value) => (entry.outcome = { value }));
    this.pending.push(entry);
  }

  /** Outcomes, until at most `keep` are still being waited for. */
  async *drain(keep: number): AsyncGenerator<O> {
    while (this.pending.length > keep) {
      this.beforeWait();
      if (this.ordered) {
        yield await this.pending.shift()!.promise;
        continue;
      }
      if (!this.pending.some((p) => p.outcome !== undefined)) await Promise.race(this.pending.map((p) => p.promise));
      // A finished promise's then() runs before this point: every finished entry has its outcome.
      await Promise.resolve();
      const ready = this.pending.filter((p) => p.outcome !== undefined);
      this.pending = this.pending.filter((p) => p.outcome === undefined);
      for (const p of ready) yield p.outcome!.value;
    }
  }
}
