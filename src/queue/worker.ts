// A queue worker: takes jobs from a BullMQ queue and cleans each into the output folder with N
// cleaning threads (the batch pool, shared by the jobs it holds at once). A job whose payload or
// input is wrong fails at once with its reason; any other failure (a full disk) is retried with
// back-off. A worker that dies mid-job loses nothing: BullMQ finds the job stalled once its lock
// runs out and hands it to another worker, whose output replaces the half-written one.
import type { Job, Worker } from "bullmq";
import { buildCleaner, catalogOptions } from "../cli/catalog.js";
import { sharedEngines } from "../cli/run-batch.js";
import { UsageError } from "../cli/exit-codes.js";
import { unwritableDir } from "../io/queue-files.js";
import { RuleError } from "../rules/rule.js";
import { connectRedis, checkQueueName, DEFAULT_QUEUE, loadBullmq, QueueError, redisOptions, requireQueue, shownUrl } from "./connect.js";
import { BadPayload, readPayload, type CleanSettings } from "./payload.js";
import { cliOptionsOf, InputProblem, runJob, type Cleaning, type JobResult } from "./run-job.js";

export interface QueueWorkerOptions {
  /** redis://HOST[:PORT][/DB] */
  redis: string;
  /** Default "deboil". */
  queue?: string;
  /** Where every job's output file is written (relative to it, as the job names it). */
  outputDir: string;
  /** Cleaning threads; 1 (the default) cleans in the worker's own thread. Also the jobs held at once. */
  jobs?: number;
  /** How long a job stays this worker's without it saying so (BullMQ lockDuration; default 30 s).
   *  A killed worker's job is taken up again at most about this long after. */
  lockMs?: number;
  /** How often stalled jobs are looked for (BullMQ stalledInterval; default: lockMs). */
  stalledCheckMs?: number;
  /** Stop once the queue holds no job waiting, delayed or active. */
  untilDone?: boolean;
  /** How long the first connection may take before the worker gives up (default 5 s). */
  connectTimeoutMs?: number;
  /** Told what the worker does: jobs done and failed, Redis lost and back. */
  onLog?: (message: string) => void;
}

export interface QueueWorker {
  /** Settles when the worker has stopped (closed, or done with --until-done); rejects with a
   *  QueueError when it stopped because its output folder could no longer be written. */
  readonly closed: Promise<void>;
  /** Finishes the jobs in flight, then stops. */
  close(): Promise<void>;
}

export async function createQueueWorker(options: QueueWorkerOptions): Promise<QueueWorker> {
  const name = checkQueueName(options.queue ?? DEFAULT_QUEUE);
  const jobs = options.jobs ?? 1;
  if (!Number.isInteger(jobs) || jobs < 1) throw new QueueError(`jobs: expected a whole number above 0, got ${jobs}`);
  const log = options.onLog ?? (() => {});
  const connection = redisOptions(options.redis);
  const unwritable = await unwritableDir(options.outputDir);
  if (unwritable !== undefined) throw new QueueError(`the output folder cannot be written: ${unwritable}`);
  const client = await connectRedis(options.redis, options.connectTimeoutMs);
  try {
    await requireQueue(client, name, options.redis);
  } catch (error) {
    client.disconnect();
    throw error;
  }
  const { Worker, Queue, UnrecoverableError } = await loadBullmq();

  let fatal: QueueError | undefined;
  const cleanings = new Map<string, Promise<Cleaning>>();
  const cleaningFor = (clean: CleanSettings): Promise<Cleaning> => {
    // Jobs of the same rules share one cleaner and one set of cleaning threads, whatever their
    // format, output keys or compression.
    const key = JSON.stringify({ ...clean, format: null, fields: null, gzip: null, textField: null, maxLineBytes: null });
    let cleaning = cleanings.get(key);
    if (!cleaning) {
      const options = cliOptionsOf(clean, jobs);
      const catalog = catalogOptions(options);
      cleaning = (async () => {
        const cleaner = buildCleaner(catalog);
        return { cleaner, catalog, engines: await sharedEngines(options, cleaner, catalog) };
      })();
      // A job whose rules do not load fails; the next one with the same settings tries again.
      cleaning.catch(() => cleanings.delete(key));
      cleanings.set(key, cleaning);
    }
    return cleaning;
  };

  const process = async (job: Job): Promise<JobResult> => {
    let payload;
    try {
      payload = readPayload(job.data);
    } catch (error) {
      if (error instanceof BadPayload) throw new UnrecoverableError(error.message);
      throw error;
    }
    let cleaning: Cleaning;
    try {
      cleaning = await cleaningFor(payload.clean);
    } catch (error) {
      if (error instanceof UsageError || error instanceof RuleError) throw new UnrecoverableError(error.message);
      throw error;
    }
    let told = 0;
    try {
      return await runJob(payload, options.outputDir, cleaning, jobs, (stats) => {
        const now = Date.now();
        if (now - told < 1000) return;
        told = now;
        void job.updateProgress({ documents: stats.docs, bytes: stats.bytesIn }).catch(() => {});
      });
    } catch (error) {
      if (error instanceof InputProblem) throw new UnrecoverableError(error.message);
      // An output folder that cannot be written fails every job: this worker stops rather than
      // use up their attempts; the job goes back with its back-off, for workers that can write.
      const unwritable = await unwritableDir(options.outputDir);
      if (unwritable !== undefined && fatal === undefined) {
        fatal = new QueueError(`the output folder cannot be written any more: ${unwritable}; this worker stops, its jobs go to other workers (or to this one once restarted)`);
        void close();
      }
      throw error;
    }
  };

  const lockDuration = options.lockMs ?? 30_000;
  const worker: Worker = new Worker(name, process, {
    connection: { ...connection, maxRetriesPerRequest: null, retryStrategy: (times: number) => Math.min(times * 200, 2000) },
    concurrency: jobs,
    lockDuration,
    stalledInterval: options.stalledCheckMs ?? lockDuration,
    // A job whose worker was killed is taken up again; one that stalls every worker fails.
    maxStalledCount: 2,
    autorun: false,
  });
  let lost = false;
  worker.on("error", (error: NodeJS.ErrnoException) => {
    if (!isConnectionError(error)) return log(`worker error: ${error.message}`);
    if (!lost) log(`lost Redis at ${shownUrl(options.redis)} (${error.message || error.code}); reconnecting`);
    lost = true;
  });
  worker.on("ready", () => {
    if (lost) log(`Redis at ${shownUrl(options.redis)} is back`);
    lost = false;
  });
  worker.on("completed", (job: Job, result: JobResult) => log(`${result.output}: ${result.documents} documents${result.failed > 0 ? `, ${result.failed} failed` : ""} (job ${job.id})`));
  worker.on("failed", (job: Job | undefined, error: Error) => {
    const again = job !== undefined && job.attemptsMade < (job.opts.attempts ?? 1) && !(error instanceof UnrecoverableError);
    log(`${job?.name ?? "a job"}: ${error.message}${again ? " (will be retried)" : ""} (job ${job?.id ?? "?"})`);
  });
  worker.on("stalled", (jobId: string) => log(`job ${jobId} stalled (its worker stopped answering): back in the queue`));

  const queue = options.untilDone ? new Queue(name, { connection: { ...connection, maxRetriesPerRequest: null } }) : undefined;
  let closing: Promise<void> | undefined;
  const close = (): Promise<void> =>
    (closing ??= (async () => {
      await worker.close();
      await queue?.close();
      for (const cleaning of cleanings.values()) await cleaning.then((c) => c.engines.close(), () => {});
      client.disconnect();
    })());
  let watch: NodeJS.Timeout | undefined;
  if (queue) {
    // Looked at while the worker is idle: a job that another worker holds may still come back.
    watch = setInterval(() => {
      void remaining(queue).then((left) => {
        if (left === 0) void close();
      }, () => {});
    }, 250);
  }
  const run = worker.run();
  const closed = run
    .then(
      () => close(),
      async (error: unknown) => {
        await close();
        throw error;
      },
    )
    .finally(() => clearInterval(watch))
    .then(() => {
      if (fatal) throw fatal;
    });
  return { closed, close };
}

/** Jobs not finished: waiting, delayed, prioritized, paused or active. */
async function remaining(queue: { getJobCounts(...types: string[]): Promise<Record<string, number>> }): Promise<number> {
  const counts = await queue.getJobCounts("waiting", "delayed", "prioritized", "active", "waiting-children");
  return Object.values(counts).reduce((a, b) => a + b, 0);
}

const CONNECTION_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "ENOTFOUND", "EHOSTUNREACH", "ENETUNREACH", "EAI_AGAIN"]);

function isConnectionError(error: NodeJS.ErrnoException): boolean {
  return (error.code !== undefined && CONNECTION_CODES.has(error.code)) || /connection|connect|socket|closed/iu.test(error.message);
}
