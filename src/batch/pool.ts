// A pool of worker threads, each with its own cleaner. A document that hangs or crashes its
// worker costs only itself: the worker is replaced, the rest of its chunk is retried one by one,
// and a document that fails twice gets an error outcome instead of stalling the batch.
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { CleanerOptions } from "../cleaner.js";
import { RuleError } from "../rules/rule.js";
import type { BatchError, BatchItem, BatchOutcome, ReadyMessage, RenderedOutcome, ReplyMessage, TaskMessage, WorkerInit } from "./protocol.js";

export interface PoolOptions {
  /** Worker threads (default: all cores). */
  jobs?: number;
  /** Options for each worker's cleaner; must be plain data (no functions). */
  cleaner?: CleanerOptions;
  /** Longest a single document may take before its worker is replaced (default 30 s). */
  timeoutMs?: number;
  /** Records from renderChunk keep stats.ms (off: repeated runs write identical records). */
  timings?: boolean;
}

interface Chunk {
  items: BatchItem[];
  attempts: number;
  /** Ask the worker for RenderedOutcomes (see TaskMessage). */
  render: boolean;
  resolve: (outcomes: Array<BatchOutcome | RenderedOutcome>) => void;
}

interface Slot {
  worker: Worker;
  busy?: { chunk: Chunk; task: number; timer: NodeJS.Timeout };
}

const WORKER_URL = new URL("./worker.js", import.meta.url);

export class CleanerPool {
  private readonly slots: Slot[] = [];
  /** Every live worker, including ones still loading their rules (close() must end those too). */
  private readonly workers = new Set<Worker>();
  private readonly queue: Chunk[] = [];
  private nextTask = 0;
  private closed = false;

  private constructor(private readonly options: Required<Omit<PoolOptions, "cleaner">> & { cleaner: CleanerOptions }) {}

  /** Starts the workers and waits until each has loaded the rules; throws RuleError for bad rules. */
  static async create(options: PoolOptions = {}): Promise<CleanerPool> {
    const pool = new CleanerPool({ jobs: Math.max(1, options.jobs ?? availableParallelism()), cleaner: options.cleaner ?? {}, timeoutMs: options.timeoutMs ?? 30_000, timings: options.timings ?? false });
    try {
      await Promise.all(Array.from({ length: pool.options.jobs }, () => pool.spawn()));
    } catch (error) {
      await pool.close();
      throw error;
    }
    return pool;
  }

  get size(): number {
    return this.options.jobs;
  }

  /** Cleans a chunk of documents on one worker; one outcome per item, in order. Never rejects. */
  cleanChunk(items: BatchItem[]): Promise<BatchOutcome[]> {
    return this.submit(items, false);
  }

  /** As cleanChunk, but a document with an id that comes out ok or empty comes back as its JSONL
   *  record, written on the worker (RenderedOutcome): for callers that only write records out. */
  renderChunk(items: BatchItem[]): Promise<Array<BatchOutcome | RenderedOutcome>> {
    return this.submit(items, true);
  }

  // A chunk not rendered comes back as BatchOutcomes only: the worker renders nothing unless asked.
  private submit(items: BatchItem[], render: false): Promise<BatchOutcome[]>;
  private submit(items: BatchItem[], render: true): Promise<Array<BatchOutcome | RenderedOutcome>>;
  private submit(items: BatchItem[], render: boolean): Promise<Array<BatchOutcome | RenderedOutcome>> {
    if (this.closed) return Promise.resolve(items.map((item) => failure(item, { code: "clean-failed", message: "pool is closed" })));
    if (items.length === 0) return Promise.resolve([]);
    return new Promise((resolve) => {
      this.queue.push({ items, attempts: 0, render, resolve });
      this.dispatch();
    });
  }

  async clean(item: BatchItem): Promise<BatchOutcome> {
    return (await this.cleanChunk([item]))[0]!;
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const chunk of this.queue.splice(0)) chunk.resolve(chunk.items.map((item) => failure(item, { code: "clean-failed", message: "pool closed before the document was cleaned" })));
    this.slots.splice(0);
    await Promise.all([...this.workers].map((w) => w.terminate()));
    this.workers.clear();
  }

  private spawn(): Promise<void> {
    return new Promise((resolve, reject) => {
      const worker = new Worker(WORKER_URL, { workerData: { cleaner: this.options.cleaner, timings: this.options.timings } satisfies WorkerInit });
      const slot: Slot = { worker };
      this.workers.add(worker);
      worker.once("message", (msg: ReadyMessage) => {
        if (this.closed) return void worker.terminate().then(() => resolve());
        if (!msg.ready) return void worker.terminate().then(() => reject(new RuleError(msg.problems)));
        this.slots.push(slot);
        worker.on("message", (reply: ReplyMessage) => this.finish(slot, reply));
        resolve();
        this.dispatch();
      });
      worker.on("error", (error) => (slot.busy ? this.replace(slot, { code: "worker-crashed", message: error.message }) : reject(error)));
      worker.on("exit", (code) => {
        this.workers.delete(worker);
        if (slot.busy && !this.closed) this.replace(slot, { code: "worker-crashed", message: `worker exited with code ${code}` });
      });
    });
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (slot.busy || this.queue.length === 0) continue;
      const chunk = this.queue.shift()!;
      const task = this.nextTask++;
      const timer = setTimeout(() => this.replace(slot, { code: "timeout", message: `no result within ${this.options.timeoutMs} ms` }), this.options.timeoutMs * chunk.items.length);
      slot.busy = { chunk, task, timer };
      slot.worker.postMessage({ task, items: chunk.items, ...(chunk.render ? { render: true } : {}) } satisfies TaskMessage);
    }
  }

  private finish(slot: Slot, reply: ReplyMessage): void {
    const busy = slot.busy;
    if (!busy || busy.task !== reply.task) return;
    clearTimeout(busy.timer);
    slot.busy = undefined;
    busy.chunk.resolve(reply.outcomes);
    this.dispatch();
  }

  /** The worker hung or died: replace it, and retry its chunk one document at a time, once. */
  private replace(slot: Slot, error: BatchError): void {
    const busy = slot.busy;
    if (!busy) return;
    clearTimeout(busy.timer);
    slot.busy = undefined;
    const i = this.slots.indexOf(slot);
    if (i >= 0) this.slots.splice(i, 1);
    void slot.worker.terminate();
    const { chunk } = busy;
    if (chunk.attempts >= 1) chunk.resolve(chunk.items.map((item) => failure(item, error)));
    else {
      const parts = chunk.items.map((item) => new Promise<Array<BatchOutcome | RenderedOutcome>>((resolve) => this.queue.unshift({ items: [item], attempts: 1, render: chunk.render, resolve })));
      void Promise.all(parts).then((outs) => chunk.resolve(outs.flat()));
    }
    if (!this.closed) this.spawn().catch(() => undefined);
  }
}

function failure(item: BatchItem, error: BatchError): BatchOutcome {
  return item.id === undefined ? { ok: false, error } : { ok: false, id: item.id, error };
}
