// createQueueWorker from code: the worker of `deboil queue work`, here with two cleaning threads
// shared by the jobs it holds at once, whatever their output format.
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { after, describe, it } from "node:test";
import { createQueueWorker, QueueError, type JobResult } from "../../src/queue/index.js";
import { tempDir } from "../cli/harness.js";
import { testRedis } from "../helpers/redis.js";
import { deboil, filesUnder, makeCorpus, outputsByInput, queueName, queueStatus } from "./harness.js";

const redis = await testRedis();
const skip = "skip" in redis ? redis.skip : false;

describe("queue library", { skip }, () => {
  after(async () => {
    if (!("skip" in redis)) await redis.stop();
  });

  it("queue › createQueueWorker with jobs: 2 cleans text and JSONL jobs (gzip output) as deboil --jobs 1 does, logs each job and keeps its counts as its result", async () => {
    if ("skip" in redis) return;
    const dir = tempDir();
    mkdirSync(join(dir, "corpus"));
    makeCorpus(join(dir, "corpus"), { files: 30, jsonlMb: [3] });
    const queue = queueName();
    assert.equal(deboil(["queue", "add", "--redis", redis.url, "--queue", queue, "--part-mb", "1", "--gzip", "corpus"], dir).status, 0);
    const log: string[] = [];
    const worker = await createQueueWorker({ redis: redis.url, queue, outputDir: join(dir, "out"), jobs: 2, untilDone: true, onLog: (m) => log.push(m) });
    await worker.closed;
    const status = queueStatus(redis.url, queue, dir);
    assert.equal(status.counts.failed, 0);
    assert.equal(log.filter((m) => /: \d+ documents/u.test(m)).length, status.counts.done);
    deboil(["--jobs", "1", "--quiet", "--gzip", "--out-dir", "ref", "corpus"], dir);
    // Text and JSONL jobs, each written in its format, on the same two threads.
    const written = filesUnder(join(dir, "out"));
    assert.ok(written.some((f) => f.endsWith(".txt.gz")) && written.some((f) => f.endsWith(".jsonl.gz")) && written.every((f) => f.endsWith(".gz")), written.join(" "));
    assert.deepEqual(outputsByInput(join(dir, "out")), outputsByInput(join(dir, "ref")));
    // A job's result: what the batch counted, by rule too.
    const { Redis } = await import("ioredis");
    const client = new Redis(redis.url);
    const key = (await client.keys(`bull:${queue}:d*`)).find((k) => /:d[0-9a-f]{40}$/u.test(k))!;
    const result = JSON.parse((await client.hget(key, "returnvalue"))!) as JobResult;
    client.disconnect();
    const records = outputsByInput(join(dir, "out")).get(result.output.replace(/\.part\d+-of-\d+/u, ""))!;
    assert.ok(result.documents > 0 && result.documents <= records.length, JSON.stringify(result));
    assert.ok(result.charsRemoved > 0 && result.charsRemoved < result.charsIn, JSON.stringify(result));
    assert.equal(Object.values(result.rules).reduce((a, b) => a + b, 0) > 0, true, JSON.stringify(result));
    assert.equal(deboil(["queue", "clean", "--redis", redis.url, "--queue", queue], dir).status, 0);
  });

  it("queue › createQueueWorker refuses a queue that is not there with a QueueError", async () => {
    if ("skip" in redis) return;
    await assert.rejects(createQueueWorker({ redis: redis.url, queue: queueName(), outputDir: join(tempDir(), "out") }), (error: Error) => error instanceof QueueError && /no queue "t\d+-\d+"/u.test(error.message));
  });
});
