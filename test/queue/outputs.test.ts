// Two jobs of one queue never write one output file, even when they were added by different
// `queue add` commands: the later job would replace the records of the earlier one.
import assert from "node:assert/strict";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { after, describe, it } from "node:test";
import { tempDir } from "../cli/harness.js";
import { testRedis } from "../helpers/redis.js";
import { deboil, queueName, queueStatus } from "./harness.js";

const redis = await testRedis();
const skip = "skip" in redis ? redis.skip : false;

const PAGE = "<html><head><title>Budget</title></head><body><article><h1>Budget approved</h1><p>The council approved the new budget on Monday after a long debate about the cost of the bridge.</p></article></body></html>";
const TEXT = "The council approved the new budget on Monday after a long debate about the cost of the bridge.\n";

describe("queue outputs", { skip }, () => {
  after(async () => {
    if (!("skip" in redis)) await redis.stop();
  });

  it("queue › a job whose output another job of the queue already writes is refused, nothing added; clean forgets the claims", () => {
    if ("skip" in redis) return;
    const dir = tempDir();
    mkdirSync(join(dir, "in"));
    writeFileSync(join(dir, "in", "a.html"), PAGE);
    writeFileSync(join(dir, "in", "a.txt"), TEXT);
    writeFileSync(join(dir, "in", "b.txt"), TEXT);
    const queue = queueName();
    const add = (...inputs: string[]) => deboil(["queue", "add", "--redis", redis.url, "--queue", queue, "--format", "text", ...inputs], dir);
    assert.equal(add("in/a.html").status, 0);
    // a.txt's output (text) is a.txt, as is a.html's; b.txt is fine but comes in the same command.
    const clash = add("in/b.txt", "in/a.txt");
    assert.equal(clash.status, 1, clash.stderr);
    assert.match(clash.stderr, /in\/a\.txt: its output a\.txt is already the output of .*in\/a\.html in queue /u);
    assert.match(clash.stderr, /nothing was added/u);
    assert.equal(queueStatus(redis.url, queue, dir).counts.waiting, 1, "b.txt was not added either");
    // The same job again is no clash, and adds nothing.
    const again = add("in/a.html");
    assert.equal(again.status, 0, again.stderr);
    assert.match(again.stderr, /added 0 jobs, 1 already in the queue/u);
    // Once the queue is removed, its outputs are free again.
    assert.equal(deboil(["queue", "clean", "--redis", redis.url, "--queue", queue, "--force"], dir).status, 0);
    const fresh = add("in/b.txt", "in/a.txt");
    assert.equal(fresh.status, 0, fresh.stderr);
    assert.match(fresh.stderr, /added 2 jobs/u);
    assert.equal(deboil(["queue", "clean", "--redis", redis.url, "--queue", queue, "--force"], dir).status, 0);
  });
});
