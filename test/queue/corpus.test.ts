// Three worker processes on one corpus (200 text files and a 50 MB JSONL file cut into parts)
// write, together, exactly what one `deboil --jobs 1` run writes: the same records, each once.
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { after, describe, it } from "node:test";
import { tempDir } from "../cli/harness.js";
import { testRedis } from "../helpers/redis.js";
import { deboil, filesUnder, makeCorpus, outputsByInput, queueName, queueStatus, start, within } from "./harness.js";

const redis = await testRedis();
const skip = "skip" in redis ? redis.skip : false;

describe("queue corpus", { skip }, () => {
  after(async () => {
    if (!("skip" in redis)) await redis.stop();
  });

  it("queue › 3 workers on 200 files and a 50 MB JSONL in parts write what deboil --jobs 1 writes, every document once", async () => {
    if ("skip" in redis) return;
    const dir = tempDir();
    const corpus = join(dir, "corpus");
    mkdirSync(corpus);
    const { documents } = makeCorpus(corpus, { files: 200, jsonlMb: [50] });
    const queue = queueName();
    const add = deboil(["queue", "add", "--redis", redis.url, "--queue", queue, "--part-mb", "8", "corpus"], dir);
    assert.equal(add.status, 0, add.stderr);
    const parts = Number(/added (\d+) jobs .*200 files and (\d+) parts/u.exec(add.stderr)?.[2]);
    assert.ok(parts >= 5, `50 MB in parts of 8 MiB: ${add.stderr}`);

    const workers = [0, 1, 2].map(() => start(["queue", "work", "--redis", redis.url, "--queue", queue, "--output-dir", "out", "--until-done"], dir));
    const runs = await Promise.all(workers.map((w, i) => within(w, 240_000, `worker ${i}`)));
    for (const run of runs) assert.equal(run.status, 0, run.stderr);
    // The jobs were shared out (a worker that started late on a loaded machine may have found none left).
    assert.ok(runs.filter((run) => /: \d+ documents/u.test(run.stderr)).length >= 2, runs.map((r) => r.stderr.split("\n").length).join(" "));

    const reference = deboil(["--jobs", "1", "--quiet", "--out-dir", "ref", "corpus"], dir);
    assert.equal(reference.status, 2, reference.stderr); // the bad JSON lines are error records
    const queued = outputsByInput(join(dir, "out"));
    const single = outputsByInput(join(dir, "ref"));
    assert.deepEqual([...queued.keys()], [...single.keys()]);
    for (const [input, pieces] of single) assert.deepEqual(queued.get(input), pieces, `${input} differs`);
    const records = queued.get("big0.jsonl")!;
    assert.equal(records.length + 200, documents, "one record per input document");
    assert.equal(new Set(records).size, records.length, "no record twice");
    assert.deepEqual(filesUnder(join(dir, "out")).filter((f) => f.endsWith(".tmp")), []);

    const status = queueStatus(redis.url, queue, dir);
    assert.deepEqual(status.counts, { waiting: 0, active: 0, delayed: 0, done: 200 + parts, failed: 0 });
    assert.equal(status.documents, documents);
    assert.equal(deboil(["queue", "clean", "--redis", redis.url, "--queue", queue], dir).status, 0);
  });
});
