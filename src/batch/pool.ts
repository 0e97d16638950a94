// A pool of worker threads, each with its own cleaner. A document that hangs or crashes its
// worker costs only itself: each document is timed on its own (progress.ts tells the pool which
// one a worker is on), the one that hung or died gets an error outcome, the worker is replaced
// and the rest of its chunk is sent again, so a batch waits at most about one timeout for it.
import { getHeapStatistics } from "node:v8";
import { Worker } from "node:worker_threads";
import type { CleanerOptions } from "../cleaner.js";
import { RuleError } from "../rules/rule.js";
import { defaultJobs } from "./jobs.js";
import { Progress } from "./progress.js";
import type { BatchError, BatchItem, BatchOutcome, ReadyMessage, RenderedOutcome, ReplyMessage, TaskMessage, WorkerInit } from "./protocol.js";

export interface PoolOptions {
  /** Worker threads (default: all cores). */
  jobs?: number;
  /** Options for each worker's cleaner; must be plain data (no functions). */
  cleaner?: CleanerOptions;
  /** Longest a single document may take before its worker is replaced (default 30 s). */
  timeoutMs?: number;
  /** Heap of each worker in MB (default: the heap limit of this thread). A document that
   *  exhausts it gets a worker-crashed outcome; the worker is replaced and the batch goes on. */
  workerHeapMb?: number;
  /** Records from renderChunk keep stats.ms (off: repeated runs write identical records). */
  timings?: boolean;
}

interface Chunk {
  items: BatchItem[];
  attempts: number;
  /** Ask the worker for RenderedOutcomes (see TaskMessage), keeping these record keys. */
  render: false | { keys?: string[] };
  resolve: (outcomes: Array<BatchOutcome | RenderedOutcome>) => void;
}

interface Slot {
  worker: Worker;
  progress: Progress;
  busy?: { chunk: Chunk; task: number; sentAt: number; timer: NodeJS.Timeout };
}

const CREATE = Symbol("CleanerPool.create");

const WORKER_URL = new URL("./worker.js", import.meta.url);

export class CleanerPool {
  private readonly slots: Slot[] = [];
  /** Every live worker, including ones still loading their rules (close() must end those too). */
  private readonly workers = new Set<Worker>();
  private readonly queue: Chunk[] = [];
  private nextTask = 0;
  private closed = false;

  /** Not for callers: `await CleanerPool.create(options)` starts the workers. From plain JS, where
   *  nothing stops a `new`, a pool without workers would take documents and never answer. */
  private constructor(
    private readonly options: Required<Omit<PoolOptions, "cleaner">> & { cleaner: CleanerOptions },
    token?: symbol,
  ) {
    if (token !== CREATE) throw new TypeError("CleanerPool: start a pool with `await CleanerPool.create(options)`, not `new CleanerPool()`");
  }

  /** Starts the workers and waits until each has loaded the rules; throws RuleError for bad rules. */
  static async create(options: PoolOptions = {}): Promise<CleanerPool> {
    const pool = new CleanerPool({
      jobs: Math.max(1, options.jobs ?? defaultJobs()),
      cleaner: options.cleaner ?? {},
      timeoutMs: options.timeoutMs ?? 30_000,
      workerHeapMb: options.workerHeapMb ?? Math.round(getHeapStatistics().heap_size_limit / 2 ** 20),
      timings: options.timings ?? false,
    }, CREATE);
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
  renderChunk(items: BatchItem[], options: { keys?: Iterable<string> } = {}): Promise<Array<BatchOutcome | RenderedOutcome>> {
    return this.submit(items, options.keys === undefined ? {} : { keys: [...options.keys] });
  }

  // A chunk not rendered comes back as BatchOutcomes only: the worker renders nothing unless asked.
  private submit(items: BatchItem[], render: false): Promise<BatchOutcome[]>;
  private submit(items: BatchItem[], render: { keys?: string[] }): Promise<Array<BatchOutcome | RenderedOutcome>>;
  private submit(items: BatchItem[], render: false | { keys?: string[] }): Promise<Array<BatchOutcome | RenderedOutcome>> {
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
      const progress = new Progress();
      const worker = new Worker(WORKER_URL, {
        workerData: { cleaner: this.options.cleaner, progress: progress.buffer, timings: this.options.timings } satisfies WorkerInit,
        resourceLimits: { maxOldGenerationSizeMb: this.options.workerHeapMb },
      });
      const slot: Slot = { worker, progress };
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
      slot.busy = { chunk, task, sentAt: Date.now(), timer: setTimeout(() => this.watch(slot, task), this.options.timeoutMs) };
      slot.worker.postMessage({ task, items: chunk.items, ...(chunk.render ? { render: true, ...chunk.render } : {}) } satisfies TaskMessage);
    }
  }

  /** Each document gets timeoutMs from when the worker started on it (or from when the chunk
   *  was sent, while the worker has not started on it). */
  private watch(slot: Slot, task: number): void {
    const busy = slot.busy;
    if (!busy || busy.task !== task) return;
    const since = slot.progress.current(task)?.since ?? busy.sentAt;
    const left = since + this.options.timeoutMs - Date.now();
    if (left > 0) busy.timer = setTimeout(() => this.watch(slot, task), left);
    else this.replace(slot, { code: "timeout", message: `no result within ${this.options.timeoutMs} ms` });
  }

  private finish(slot: Slot, reply: ReplyMessage): void {
    const busy = slot.busy;
    if (!busy || busy.task !== reply.task) return;
    clearTimeout(busy.timer);
    slot.busy = undefined;
    busy.chunk.resolve(reply.outcomes);
    this.dispatch();
  }

  /** The worker hung or died: replace it. The document it was on gets `error`; the others of
   *  the chunk (those done too: their results died with the worker) are sent again, first in line.
   *  A worker that died before starting on the chunk names no document: then each is retried
   *  alone, once. */
  private replace(slot: Slot, error: BatchError): void {
    const busy = slot.busy;
    if (!busy) return;
    clearTimeout(busy.timer);
    slot.busy = undefined;
    const i = this.slots.indexOf(slot);
    if (i >= 0) this.slots.splice(i, 1);
    void slot.worker.terminate();
    const { chunk } = busy;
    const culprit = slot.progress.current(busy.task)?.index;
    const resend = (items: BatchItem[], attempts: number): Promise<Array<BatchOutcome | RenderedOutcome>> =>
      items.length === 0 ? Promise.resolve([]) : new Promise((resolve) => this.queue.unshift({ items, attempts, render: chunk.render, resolve }));
    if (culprit !== undefined && culprit < chunk.items.length) {
      // Each round takes one document out of the chunk, so a chunk sent again always ends.
      const rest = resend([...chunk.items.slice(0, culprit), ...chunk.items.slice(culprit + 1)], chunk.attempts);
      void rest.then((outs) => chunk.resolve([...outs.slice(0, culprit), failure(chunk.items[culprit]!, error), ...outs.slice(culprit)]));
    } else if (chunk.attempts >= 1) chunk.resolve(chunk.items.map((item) => failure(item, error)));
    else {
      const parts = chunk.items.map((item) => resend([item], 1));
      void Promise.all(parts).then((outs) => chunk.resolve(outs.flat()));
    }
    if (!this.closed) this.spawn().catch(() => undefined);
  }
}

function failure(item: BatchItem, error: BatchError): BatchOutcome {
  return item.id === undefined ? { ok: false, error } : { ok: false, id: item.id, error };
}
