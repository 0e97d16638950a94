// What a queue run survives: a worker killed mid-job, Redis restarted mid-run, a missing input, a
// job payload edited into nonsense, an output folder that cannot be written, a queue name that
// does not exist. Each time: a clear reason, no job lost, the other jobs done.
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, it } from "node:test";
import { tempDir } from "../cli/harness.js";
import { startRedis, testRedis } from "../helpers/redis.js";
import { deboil, filesUnder, makeCorpus, outputsByInput, queueName, queueStatus, start, waitFor, within } from "./harness.js";

const redis = await testRedis();
const skip = "skip" in redis ? redis.skip : false;
const url = "skip" in redis ? "" : redis.url;

/** The corpus, its jobs added to a new queue. */
function queued(options: { files: number; jsonlMb: number[]; partMb?: number }): { dir: string; queue: string } {
  const dir = tempDir();
  mkdirSync(join(dir, "corpus"));
  makeCorpus(join(dir, "corpus"), options);
  const queue = queueName();
  const add = deboil(["queue", "add", "--redis", url, "--queue", queue, "--part-mb", String(options.partMb ?? 64), "corpus"], dir);
  assert.equal(add.status, 0, add.stderr);
  return { dir, queue };
}

/** The outputs under out/ equal a single `deboil --jobs 1` run. */
function assertLikeSingleRun(dir: string): void {
  deboil(["--jobs", "1", "--quiet", "--out-dir", "ref", "corpus"], dir);
  const single = outputsByInput(join(dir, "ref"));
  const queuedOut = outputsByInput(join(dir, "out"));
  assert.deepEqual([...queuedOut.keys()], [...single.keys()]);
  for (const [input, pieces] of single) assert.deepEqual(queuedOut.get(input), pieces, `${input} differs`);
  assert.deepEqual(filesUnder(join(dir, "out")).filter((f) => f.endsWith(".tmp")), [], "a temporary file was left behind");
}

describe("queue failures", { skip }, () => {
  after(async () => {
    if (!("skip" in redis)) await redis.stop();
  });

  it("queue › a worker killed with SIGKILL mid-job: its job is taken up by another, outputs as a single run, no temporary file left", async () => {
    const { dir, queue } = queued({ files: 10, jsonlMb: [8] });
    const work = ["queue", "work", "--redis", url, "--queue", queue, "--output-dir", "out", "--lock-ms", "1500"];
    const first = start(work, dir);
    // Killed while it writes the large file's output.
    await waitFor("the first worker to start writing big0.jsonl", () => {
      try {
        return filesUnder(join(dir, "out")).some((f) => /^big0\.jsonl\.\d+\..*\.tmp$/u.test(f));
      } catch {
        return false;
      }
    });
    first.child.kill("SIGKILL");
    await first.done;
    assert.ok(filesUnder(join(dir, "out")).some((f) => f.endsWith(".tmp")), "the kill left a temporary file (the test killed too late)");
    const second = await within(start([...work, "--until-done"], dir), 120_000, "the second worker");
    assert.equal(second.status, 0, second.stderr);
    assert.match(second.stderr, /stalled/u);
    assertLikeSingleRun(dir);
    const status = queueStatus(url, queue, dir);
    assert.equal(status.counts.failed, 0);
    assert.equal(status.counts.done, 11);
  });

  it("queue › Redis restarted mid-run: the workers reconnect and the run completes", async () => {
    const data = mkdtempSync(join(tmpdir(), "deboil-redis-restart-"));
    let own = await startRedis({ dir: data, persist: true });
    try {
      const dir = tempDir();
      mkdirSync(join(dir, "corpus"));
      makeCorpus(join(dir, "corpus"), { files: 40, jsonlMb: [6], });
      const queue = queueName();
      assert.equal(deboil(["queue", "add", "--redis", own.url, "--queue", queue, "--part-mb", "1", "corpus"], dir).status, 0);
      const work = ["queue", "work", "--redis", own.url, "--queue", queue, "--output-dir", "out", "--until-done"];
      const workers = [start(work, dir), start(work, dir)];
      await waitFor("a first job done", () => workers.some((w) => /: \d+ documents/u.test(w.stderr())));
      await own.stop();
      await new Promise((r) => setTimeout(r, 2500));
      own = await startRedis({ dir: data, persist: true, port: own.port });
      const runs = await Promise.all(workers.map((w, i) => within(w, 120_000, `worker ${i}`)));
      for (const run of runs) assert.equal(run.status, 0, run.stderr);
      assert.ok(runs.some((r) => /lost Redis/u.test(r.stderr)), "no worker noticed the restart");
      assertLikeSingleRun(dir);
      const status = queueStatus(own.url, queue, dir);
      assert.equal(status.counts.failed, 0);
      assert.equal(status.counts.waiting + status.counts.active + status.counts.delayed, 0);
    } finally {
      await own.stop();
      rmSync(data, { recursive: true, force: true });
    }
  });

  it("queue › a missing input and payloads edited into nonsense fail with their reasons in status; the other jobs complete; retry --failed redoes them", async () => {
    const { dir, queue } = queued({ files: 6, jsonlMb: [] });
    rmSync(join(dir, "corpus/part1/page0001.txt"));
    // Jobs' data edited by hand in Redis: wrong fields, and not JSON at all.
    const { Redis } = await import("ioredis");
    const client = new Redis(url);
    const keys = (await client.keys(`bull:${queue}:d*`)).filter((k) => /:d[0-9a-f]{40}$/u.test(k));
    const keyOf = new Map<string, string>();
    for (const key of keys) keyOf.set((await client.hget(key, "name"))!, key);
    const template = JSON.parse((await client.hget(keyOf.get("part0/page0000.txt")!, "data"))!) as Record<string, unknown>;
    await client.hset(keyOf.get("part2/page0002.txt")!, "data", JSON.stringify({ v: 1, input: "relative/path.txt" }));
    await client.hset(keyOf.get("part3/page0003.txt")!, "data", "nonsense{");
    const run = await within(start(["queue", "work", "--redis", url, "--queue", queue, "--output-dir", "out", "--until-done"], dir), 60_000, "the worker");
    assert.equal(run.status, 0, run.stderr);
    const status = queueStatus(url, queue, dir);
    assert.equal(status.counts.done, 3);
    assert.equal(status.counts.failed, 3);
    const reasons = Object.fromEntries(status.failed.map((f) => [f.output, f.reason]));
    assert.match(reasons["part1/page0001.txt"]!, /page0001\.txt: no such file or directory/u);
    assert.match(reasons["part2/page0002.txt"]!, /bad job payload: "input" is "relative\/path\.txt", expected an absolute path/u);
    assert.match(reasons["part3/page0003.txt"]!, /bad job payload: the job's data is not JSON: "nonsense\{"/u);
    const shown = deboil(["queue", "status", "--redis", url, "--queue", queue], dir);
    assert.match(shown.stdout, /3 done, 3 failed/u);
    assert.match(shown.stdout, /failed: part1\/page0001\.txt .*no such file or directory/u);

    // Put right, the failed jobs are retried and the run completes.
    for (const rel of ["part2/page0002.txt", "part3/page0003.txt"]) {
      await client.hset(keyOf.get(rel)!, "data", JSON.stringify({ ...template, input: join(dir, "corpus", rel), name: `corpus/${rel}`, output: rel }));
    }
    client.disconnect();
    writeFileSync(join(dir, "corpus/part1/page0001.txt"), "Back again: a short article about the river.\n");
    const retry = deboil(["queue", "retry", "--failed", "--redis", url, "--queue", queue], dir);
    assert.equal(retry.status, 0, retry.stderr);
    assert.match(retry.stderr, /3 failed jobs back in the queue/u);
    assert.equal((await within(start(["queue", "work", "--redis", url, "--queue", queue, "--output-dir", "out", "--until-done"], dir), 60_000, "the worker")).status, 0);
    assertLikeSingleRun(dir);
    const clean = deboil(["queue", "clean", "--redis", url, "--queue", queue], dir);
    assert.equal(clean.status, 0, clean.stderr);
    assert.match(deboil(["queue", "status", "--redis", url, "--queue", queue], dir).stderr, new RegExp(`no queue "${queue}"`, "u"));
  });

  it("queue › Ctrl-C finishes the job in flight, takes no other and exits 130", async () => {
    const { dir, queue } = queued({ files: 3, jsonlMb: [6] });
    const worker = start(["queue", "work", "--redis", url, "--queue", queue, "--output-dir", "out"], dir);
    await waitFor("the worker to start writing big0.jsonl", () => {
      try {
        return filesUnder(join(dir, "out")).some((f) => /^big0\.jsonl\..*\.tmp$/u.test(f));
      } catch {
        return false;
      }
    });
    worker.child.kill("SIGINT");
    const run = await within(worker, 60_000, "the interrupted worker");
    assert.equal(run.status, 130, run.stderr);
    assert.match(run.stderr, /interrupted: finishing the jobs in flight/u);
    const status = queueStatus(url, queue, dir);
    assert.equal(status.counts.active, 0);
    assert.equal(status.counts.done + status.counts.waiting, 4);
    assert.ok(filesUnder(join(dir, "out")).includes("big0.jsonl"), "the job in flight was finished");
    assert.deepEqual(filesUnder(join(dir, "out")).filter((f) => f.endsWith(".tmp")), []);
    assert.equal(deboil(["queue", "clean", "--force", "--redis", url, "--queue", queue], dir).status, 0);
  });

  it("queue › an output folder that can no longer be written mid-run: the worker stops naming the cause, no job is lost", async () => {
    const { dir, queue } = queued({ files: 4, jsonlMb: [6] });
    const worker = start(["queue", "work", "--redis", url, "--queue", queue, "--output-dir", "out", "--until-done"], dir);
    await waitFor("the worker to start writing big0.jsonl", () => {
      try {
        return filesUnder(join(dir, "out")).some((f) => /^big0\.jsonl\..*\.tmp$/u.test(f));
      } catch {
        return false;
      }
    });
    renameSync(join(dir, "out"), join(dir, "out.gone"));
    writeFileSync(join(dir, "out"), "not a folder");
    const run = await within(worker, 60_000, "the worker");
    assert.equal(run.status, 1, run.stderr);
    assert.match(run.stderr, /the output folder cannot be written any more: .*out: .*; this worker stops/u);
    const status = queueStatus(url, queue, dir);
    assert.equal(status.counts.failed, 0);
    assert.equal(status.counts.waiting + status.counts.delayed, 5, "every job is still to do");
    rmSync(join(dir, "out"));
    const again = await within(start(["queue", "work", "--redis", url, "--queue", queue, "--output-dir", "out", "--until-done"], dir), 120_000, "the second worker");
    assert.equal(again.status, 0, again.stderr);
    assertLikeSingleRun(dir);
    assert.equal(deboil(["queue", "clean", "--redis", url, "--queue", queue], dir).status, 0);
  });

  it("queue › adding the same corpus twice adds nothing twice; other settings are other jobs", () => {
    const { dir, queue } = queued({ files: 5, jsonlMb: [] });
    const again = deboil(["queue", "add", "--redis", url, "--queue", queue, "corpus"], dir);
    assert.equal(again.status, 0, again.stderr);
    assert.match(again.stderr, /added 0 jobs, 5 already in the queue/u);
    const other = deboil(["queue", "add", "--redis", url, "--queue", queue, "--rule", "ad-label=off", "--format", "jsonl", "corpus"], dir);
    assert.equal(other.status, 0, other.stderr);
    assert.match(other.stderr, /added 5 jobs \(/u);
    assert.equal(queueStatus(url, queue, dir).counts.waiting, 10);
    assert.equal(deboil(["queue", "clean", "--redis", url, "--queue", queue], dir).status, 1, "clean keeps a queue with waiting jobs");
    assert.equal(deboil(["queue", "clean", "--force", "--redis", url, "--queue", queue], dir).status, 0);
  });

  it("queue › an output folder that cannot be written, an unknown queue: the worker exits with the cause and takes no job", () => {
    const { dir, queue } = queued({ files: 3, jsonlMb: [] });
    writeFileSync(join(dir, "a-file"), "");
    const blocked = deboil(["queue", "work", "--redis", url, "--queue", queue, "--output-dir", "a-file/out", "--until-done"], dir);
    assert.equal(blocked.status, 1);
    assert.match(blocked.stderr, /the output folder cannot be written: .*a-file\/out/u);
    const unknown = deboil(["queue", "work", "--redis", url, "--queue", `${queue}-typo`, "--output-dir", "out"], dir);
    assert.equal(unknown.status, 1);
    assert.match(unknown.stderr, new RegExp(`no queue "${queue}-typo" in Redis at redis://127\\.0\\.0\\.1:\\d+: its queues are .*${queue}`, "u"));
    assert.equal(queueStatus(url, queue, dir).counts.waiting, 3, "no job was taken");
    assert.equal(deboil(["queue", "clean", "--force", "--redis", url, "--queue", queue], dir).status, 0);
  });
});
