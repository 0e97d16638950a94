// The queue seen from outside its workers: adding jobs, what the queue holds and has done, and
// the end of a run (failed jobs retried, the queue removed).
import type { Queue } from "bullmq";
import type { Redis } from "ioredis";
import { connectRedis, checkQueueName, DEFAULT_QUEUE, loadBullmq, PREFIX, redisOptions, requireQueue } from "./connect.js";
import { jobIdOf } from "./job-id.js";
import type { JobPayload } from "./payload.js";
import type { JobResult } from "./run-job.js";

export interface QueueAddress {
  redis: string;
  queue?: string;
  connectTimeoutMs?: number;
}

/** A connection and the named queue; `mustExist`: a QueueError when Redis holds no such queue. */
export async function openQueue(address: QueueAddress, mustExist: boolean): Promise<{ queue: Queue; client: Redis; close: () => Promise<void> }> {
  const name = checkQueueName(address.queue ?? DEFAULT_QUEUE);
  const client = await connectRedis(address.redis, address.connectTimeoutMs);
  try {
    if (mustExist) await requireQueue(client, name, address.redis);
  } catch (error) {
    client.disconnect();
    throw error;
  }
  const { Queue } = await loadBullmq();
  const queue = new Queue(name, { connection: { ...redisOptions(address.redis), maxRetriesPerRequest: 1, retryStrategy: () => null } });
  return {
    queue,
    client,
    close: async () => {
      await queue.close();
      client.disconnect();
    },
  };
}

/** How often a job is tried before it stays failed, and the wait before the first retry. */
const ATTEMPTS = 3;
const BACKOFF_MS = 2000;

/** Jobs asked about, or added, in one round trip to Redis. */
const BATCH = 500;

/** Two jobs of one queue would write one output file: the later would replace the other's records. */
export class OutputClash extends Error {
  override name = "OutputClash";
  constructor(readonly clashes: readonly string[]) {
    super(clashes.join("\n"));
  }
}

/** The queue's output files, each with the id of the job that writes it, whenever it was added. */
const outputsKey = (queue: Queue): string => `${PREFIX}:${queue.name}:deboil-outputs`;

/**
 * Claims each job's output file for it. A file another job of the queue already writes (added
 * by an earlier `queue add`: one command's own jobs are checked when they are planned) is an
 * OutputClash, and then no claim of these jobs is kept.
 */
async function claimOutputs(queue: Queue, client: Redis, jobs: ReadonlyArray<{ data: JobPayload; id: string }>): Promise<void> {
  const key = outputsKey(queue);
  const claimed: string[] = [];
  const clashes: string[] = [];
  for (let i = 0; i < jobs.length; i += BATCH) {
    const batch = jobs.slice(i, i + BATCH);
    const claims = client.pipeline();
    for (const { data, id } of batch) claims.hsetnx(key, data.output, id);
    const got = ((await claims.exec()) ?? []).map(([, n]) => n === 1);
    const taken = batch.filter((_, k) => !got[k]);
    claimed.push(...batch.filter((_, k) => got[k]).map(({ data }) => data.output));
    if (taken.length === 0) continue;
    const owners = await client.hmget(key, ...taken.map(({ data }) => data.output));
    for (const [k, { data, id }] of taken.entries()) {
      const owner = owners[k];
      if (owner === null || owner === undefined || owner === id) continue;
      const other = (await queue.getJob(owner))?.data as JobPayload | undefined;
      clashes.push(`${data.input}: its output ${data.output} is already the output of ${other?.input ?? `job ${owner}`} in queue ${queue.name}; queue them separately (another --queue) or clean the queue first`);
    }
  }
  if (clashes.length === 0) return;
  for (let i = 0; i < claimed.length; i += BATCH) await client.hdel(key, ...claimed.slice(i, i + BATCH));
  throw new OutputClash(clashes);
}

/** Removes what the queue keeps beside BullMQ's own keys (see claimOutputs). */
export async function forgetOutputs(queue: Queue, client: Redis): Promise<void> {
  await client.del(outputsKey(queue));
}

/** Adds the jobs whose ids the queue does not hold yet; returns how many were new. Throws
 *  OutputClash, adding nothing, when a job's output is another job's. */
export async function addJobs(queue: Queue, client: Redis, jobs: readonly JobPayload[]): Promise<{ added: number; already: number }> {
  const identified = jobs.map((data) => ({ data, id: jobIdOf(data) }));
  await claimOutputs(queue, client, identified);
  let added = 0;
  for (let i = 0; i < identified.length; i += BATCH) {
    const batch = identified.slice(i, i + BATCH);
    const pipeline = client.pipeline();
    for (const { id } of batch) pipeline.exists(`${PREFIX}:${queue.name}:${id}`);
    const held = ((await pipeline.exec()) ?? []).map(([, n]) => n === 1);
    const fresh = batch.filter((_, k) => !held[k]);
    added += fresh.length;
    if (fresh.length > 0) {
      await queue.addBulk(fresh.map(({ data, id }) => ({ name: data.output, data, opts: { jobId: id, attempts: ATTEMPTS, backoff: { type: "exponential", delay: BACKOFF_MS } } })));
    }
  }
  return { added, already: jobs.length - added };
}

export interface QueueStatus {
  queue: string;
  counts: { waiting: number; active: number; delayed: number; done: number; failed: number };
  documents: number;
  /** Documents that got an error record, in jobs that completed. */
  documentsFailed: number;
  bytesIn: number;
  charsIn: number;
  charsRemoved: number;
  /** Documents per second and MB per second between the first job started and the last one done. */
  docsPerSecond: number | null;
  mbPerSecond: number | null;
  /** The jobs that failed, with their reasons (at most `limit`). */
  failed: Array<{ id: string; output: string; reason: string; attempts: number }>;
  /** The jobs being cleaned, with their progress. */
  active: Array<{ id: string; output: string; documents: number }>;
}

export async function queueStatus(queue: Queue, limit = 20): Promise<QueueStatus> {
  const raw = await queue.getJobCounts("waiting", "prioritized", "active", "delayed", "completed", "failed");
  const n = (k: string): number => raw[k] ?? 0;
  const status: QueueStatus = {
    queue: queue.name,
    counts: { waiting: n("waiting") + n("prioritized"), active: n("active"), delayed: n("delayed"), done: n("completed"), failed: n("failed") },
    documents: 0,
    documentsFailed: 0,
    bytesIn: 0,
    charsIn: 0,
    charsRemoved: 0,
    docsPerSecond: null,
    mbPerSecond: null,
    failed: [],
    active: [],
  };
  let first = Infinity;
  let last = -Infinity;
  const PAGE = 1000;
  for (let start = 0; start < status.counts.done; start += PAGE) {
    for (const job of await queue.getJobs(["completed"], start, start + PAGE - 1)) {
      const result = job?.returnvalue as Partial<JobResult> | undefined;
      if (!job || !result) continue;
      status.documents += result.documents ?? 0;
      status.documentsFailed += result.failed ?? 0;
      status.bytesIn += result.bytesIn ?? 0;
      status.charsIn += result.charsIn ?? 0;
      status.charsRemoved += result.charsRemoved ?? 0;
      if (job.processedOn !== undefined) first = Math.min(first, job.processedOn);
      if (job.finishedOn !== undefined) last = Math.max(last, job.finishedOn);
    }
  }
  const seconds = (last - first) / 1000;
  if (Number.isFinite(seconds) && seconds > 0) {
    status.docsPerSecond = Number((status.documents / seconds).toFixed(1));
    status.mbPerSecond = Number((status.bytesIn / 1e6 / seconds).toFixed(2));
  }
  for (const job of await queue.getJobs(["failed"], 0, limit - 1)) {
    if (job) status.failed.push({ id: String(job.id), output: job.name, reason: job.failedReason ?? "", attempts: job.attemptsMade });
  }
  for (const job of await queue.getJobs(["active"], 0, limit - 1)) {
    const progress = job?.progress as { documents?: number } | undefined;
    if (job) status.active.push({ id: String(job.id), output: job.name, documents: typeof progress === "object" ? (progress.documents ?? 0) : 0 });
  }
  return status;
}

export function formatStatus(status: QueueStatus): string {
  const { counts } = status;
  const mb = (status.bytesIn / 1e6).toFixed(1);
  const share = status.charsIn > 0 ? ` (${((status.charsRemoved / status.charsIn) * 100).toFixed(1)}% of characters removed)` : "";
  const lines = [
    `queue ${status.queue}: ${counts.waiting} waiting, ${counts.active} active, ${counts.delayed} delayed (retry back-off), ${counts.done} done, ${counts.failed} failed`,
    `  cleaned ${status.documents} documents, ${mb} MB${share}${status.documentsFailed > 0 ? `; ${status.documentsFailed} documents got error records` : ""}`,
  ];
  if (status.docsPerSecond !== null) lines.push(`  throughput ${status.docsPerSecond} docs/s, ${status.mbPerSecond} MB/s`);
  for (const a of status.active) lines.push(`  active: ${a.output}: ${a.documents} documents so far`);
  for (const f of status.failed) lines.push(`  failed: ${f.output} (job ${f.id}, ${f.attempts} attempt${f.attempts === 1 ? "" : "s"}): ${f.reason}`);
  if (counts.failed > status.failed.length) lines.push(`  ... and ${counts.failed - status.failed.length} more failed jobs`);
  return `${lines.join("\n")}\n`;
}
