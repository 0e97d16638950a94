// createQueueWorker from code: the worker of `deboil queue work`, here with two cleaning threads
// shared by the jobs it holds at once.
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { after, describe, it } from "node:test";
import { createQueueWorker, QueueError } from "../../src/queue/index.js";
import { tempDir } from "../cli/harness.js";
import { testRedis } from "../helpers/redis.js";
import { deboil, makeCorpus, outputsByInput, queueName, queueStatus } from "./harness.js";

const redis = await testRedis();
const skip = "skip" in redis ? redis.skip : false;

describe("queue library", { skip }, () => {
  after(async () => {
    if (!("skip" in redis)) await redis.stop();
  });

  it("queue › createQueueWorker with jobs: 2 cleans the queue as deboil --jobs 1 does, and logs each job", async () => {
    if ("skip" in redis) return;
    const dir = tempDir();
    mkdirSync(join(dir, "corpus"));
    makeCorpus(join(dir, "corpus"), { files: 30, jsonlMb: [3] });
    const queue = queueName();
    assert.equal(deboil(["queue", "add", "--redis", redis.url, "--queue", queue, "--part-mb", "1", "--format", "jsonl", "corpus"], dir).status, 0);
    const log: string[] = [];
    const worker = await createQueueWorker({ redis: redis.url, queue, outputDir: join(dir, "out"), jobs: 2, untilDone: true, onLog: (m) => log.push(m) });
    await worker.closed;
    const status = queueStatus(redis.url, queue, dir);
    assert.equal(status.counts.failed, 0);
    assert.equal(log.filter((m) => /: \d+ documents/u.test(m)).length, status.counts.done);
    deboil(["--jobs", "1", "--quiet", "--format", "jsonl", "--out-dir", "ref", "corpus"], dir);
    assert.deepEqual(outputsByInput(join(dir, "out")), outputsByInput(join(dir, "ref")));
    assert.equal(deboil(["queue", "clean", "--redis", redis.url, "--queue", queue], dir).status, 0);
  });

  it("queue › createQueueWorker refuses a queue that is not there with a QueueError", async () => {
    if ("skip" in redis) return;
    await assert.rejects(createQueueWorker({ redis: redis.url, queue: queueName(), outputDir: join(tempDir(), "out") }), (error: Error) => error instanceof QueueError && /no queue "t\d+-\d+"/u.test(error.message));
  });
});
