// The queue commands' bad usage, found before anything is queued: no Redis needed.
import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { tempDir } from "../cli/harness.js";
import { freePort } from "../helpers/redis.js";
import { deboil } from "./harness.js";

describe("queue usage", () => {
  it("queue › a wrong Redis URL is bad usage naming the URL", () => {
    const dir = tempDir();
    for (const [url, message] of [
      ["localhost:6379", /"localhost:6379" is not a Redis URL/u],
      ["http://127.0.0.1:6379", /"http:\/\/127\.0\.0\.1:6379" is not a Redis URL \(http:\)/u],
      ["nonsense", /"nonsense" is not a URL; expected redis:\/\/HOST/u],
      ["redis://127.0.0.1:6379/x", /the database after the host must be a number, got "x"/u],
    ] as const) {
      const run = deboil(["queue", "status", "--redis", url], dir);
      assert.equal(run.status, 1, run.stderr);
      assert.match(run.stderr, message);
    }
  });

  it("queue › a worker that cannot reach Redis at start exits with a clear error", async () => {
    const port = await freePort();
    const dir = tempDir();
    const started = Date.now();
    const run = deboil(["queue", "work", "--redis", `redis://127.0.0.1:${port}`, "--output-dir", "out"], dir);
    assert.equal(run.status, 1, run.stderr);
    assert.match(run.stderr, new RegExp(`cannot reach Redis at redis://127\\.0\\.0\\.1:${port}: .*ECONNREFUSED`, "u"));
    assert.ok(Date.now() - started < 15_000, "it gave up quickly");
  });

  it("queue › unknown commands, queue names and flags of another command are bad usage", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "a.txt"), "Some text.\n");
    const cases: Array<[string[], RegExp]> = [
      [["queue", "start"], /unknown command "start"; expected add, work, status, retry or clean/u],
      [["queue", "status", "--redis", "redis://127.0.0.1:1", "--queue", "a:b"], /--queue: "a:b" is not a queue name/u],
      [["queue", "work", "--redis", "redis://127.0.0.1:1", "--output-dir", "o", "--rule", "ad-label=off"], /--rule is not a flag of this command: how jobs are cleaned is set when they are added/u],
      [["queue", "add", "--redis", "redis://127.0.0.1:1", "--out-dir", "o", "a.txt"], /queue add: --out-dir is not a flag of this command/u],
      [["queue", "add", "--redis", "redis://127.0.0.1:1", "--output-dir", "o", "a.txt"], /queue add: --output-dir is not a flag of this command/u],
      [["queue", "add", "a.txt"], /--redis URL is needed/u],
      [["queue", "work", "--redis", "redis://127.0.0.1:1"], /--output-dir DIR is needed/u],
      [["queue", "retry", "--redis", "redis://127.0.0.1:1"], /say which jobs: --failed/u],
      [["queue", "add", "--redis", "redis://127.0.0.1:1", "--part-mb", "0", "a.txt"], /--part-mb: expected a whole number above 0/u],
      [["queue", "add", "--redis", "redis://127.0.0.1:1", "missing.txt"], /missing\.txt: no such file or directory\n.*nothing was added/u],
      [["queue", "add", "--redis", "redis://127.0.0.1:1", "--rule", "nope=off", "a.txt"], /bad rules/u],
    ];
    for (const [args, message] of cases) {
      const run = deboil(args, dir);
      assert.equal(run.status, 1, `${args.join(" ")}: ${run.stderr}`);
      assert.match(run.stderr, message, args.join(" "));
    }
    const help = deboil(["queue", "--help"], dir);
    assert.equal(help.status, 0);
    assert.match(help.stdout, /deboil queue COMMAND --redis/u);
  });
});
