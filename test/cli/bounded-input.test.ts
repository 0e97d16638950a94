// The byte limit holds while reading, for inputs that have no size to check first: a FIFO, a
// device, standard input. Reading stops at the limit instead of taking (or draining) everything.
import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { cliPath, jsonLines, tempDir } from "./harness.js";

const hasMkfifo = spawnSync("mkfifo", ["--version"]).status === 0;
const LIMIT = 100_000;

describe("cli bounded reading", () => {
  it("cli › a FIFO larger than --max-line-bytes is a too-large record, read no further than the limit", { skip: hasMkfifo ? false : "mkfifo is missing" }, async () => {
    const dir = tempDir();
    const fifo = join(dir, "big.txt");
    assert.equal(spawnSync("mkfifo", [fifo]).status, 0);
    // The writer offers 50 MB; it is told how much was taken when the reader goes away.
    const writer = spawn("sh", ["-c", `head -c 50000000 /dev/zero | tr '\\0' 'a' > ${JSON.stringify(fifo)}`]);
    const closed = new Promise<void>((resolve) => writer.on("close", () => resolve()));
    const run = spawnSync(process.execPath, [cliPath, fifo, "--format", "jsonl", "--max-line-bytes", String(LIMIT)], { encoding: "utf8", timeout: 60_000 });
    writer.kill();
    await closed;
    assert.equal(run.status, 2, run.stderr);
    const [record] = jsonLines(run.stdout);
    assert.equal(record!["error"]["code"], "too-large");
    assert.match(record!["error"]["message"], new RegExp(`more than ${LIMIT} bytes`, "u"));
  });

  it("cli › endless standard input stops at --max-line-bytes with a too-large record", () => {
    // `yes` never ends: a reader that drains its input instead of stopping never finishes.
    const run = spawnSync("sh", ["-c", `yes 'a line of text' | ${JSON.stringify(process.execPath)} ${JSON.stringify(cliPath)} - --format jsonl --max-line-bytes ${LIMIT}`], { encoding: "utf8", timeout: 20_000 });
    assert.equal(run.signal, null, "the run did not end");
    assert.equal(run.status, 2, run.stderr);
    assert.equal(jsonLines(run.stdout)[0]!["error"]["code"], "too-large");
  });

  it("cli › /dev/zero as an input stops at the limit (bounded by a short limit and a timeout)", { skip: existsSync("/dev/zero") ? false : "/dev/zero is missing" }, () => {
    const run = spawnSync(process.execPath, [cliPath, "/dev/zero", "--format", "jsonl", "--max-line-bytes", String(LIMIT)], { encoding: "utf8", timeout: 10_000 });
    assert.equal(run.signal, null, "the run did not end");
    assert.equal(run.status, 2, run.stderr);
    assert.equal(jsonLines(run.stdout)[0]!["error"]["code"], "too-large");
  });
});
