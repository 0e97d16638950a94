// An output that fails mid-batch (a full disk, simulated by a tiny tmpfs mounted in a temporary
// folder, which needs root): one clear line and exit 2, never a stack trace or the exit code of
// bad usage, and a summary that counts what was written, what was not and what was not cleaned.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { closeSync, mkdirSync, openSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { cliPath, tempDir } from "./harness.js";

const DOCS = 800;
// Text that does not compress much, so a gzip output fills the disk too.
const noise = (n: number): string => Array.from({ length: 40 }, (_, k) => ((n * 7919 + k * 104729) % 1e9).toString(36)).join(" ");
const jsonl = Array.from({ length: DOCS }, (_, i) => JSON.stringify({ id: `d${i}`, text: `${noise(i)} ${noise(i + 1)}.\n\nThe council met on Monday.\n` })).join("\n") + "\n";

const dir = tempDir();
const full = join(dir, "full");
let mounted = false;
before(() => {
  writeFileSync(join(dir, "in.jsonl"), jsonl);
  mkdirSync(full);
  if (process.getuid?.() !== 0) return;
  mounted = spawnSync("mount", ["-t", "tmpfs", "-o", "size=64k", "tmpfs", full]).status === 0;
});
after(() => {
  if (mounted) spawnSync("umount", [full]);
  rmSync(dir, { recursive: true, force: true });
});
const skip = (): string | false => (mounted ? false : "needs root to mount a 64 KB tmpfs (a full disk)");
const clear = (): void => {
  for (const f of readdirSync(full)) rmSync(join(full, f), { recursive: true, force: true });
};

/** Runs the command with standard output sent to `stdoutFile` (or ignored). */
function run(args: readonly string[], stdoutFile?: string): { status: number | null; stderr: string } {
  const fd = stdoutFile === undefined ? "ignore" : openSync(stdoutFile, "w");
  try {
    const r = spawnSync(process.execPath, [cliPath, ...args], { cwd: dir, stdio: ["ignore", fd, "pipe"], encoding: "utf8" });
    return { status: r.status, stderr: r.stderr };
  } finally {
    if (typeof fd === "number") closeSync(fd);
  }
}

/** The summary's counts after a failed output: written + not written + not cleaned = every document. */
function assertCounted(stderr: string): void {
  const m = /the output failed: (\d+) records written before it failed, (\d+) could not be written, (\d+) more documents read and not cleaned/u.exec(stderr);
  assert.ok(m, stderr);
  assert.equal(Number(m[1]) + Number(m[2]) + Number(m[3]), DOCS, stderr);
  assert.ok(Number(m[3]) > 0, "the documents never cleaned are counted");
}

function assertOneLine(stderr: string): void {
  assert.doesNotMatch(stderr, /^\s+at /mu, "no stack trace");
  assert.match(stderr, /^deboil: cannot write .*ENOSPC/mu);
}

describe("cli write failures", () => {
  it("cli write failures › standard output on a full disk: one line, exit 2, every document counted", { skip: skip() }, () => {
    clear();
    for (const gzip of [[], ["--gzip"]]) {
      const r = run(["in.jsonl", "-j", "1", ...gzip], join(full, "out"));
      assert.equal(r.status, 2, r.stderr);
      assertOneLine(r.stderr);
      assertCounted(r.stderr);
      clear();
    }
  });

  it("cli write failures › --output FILE.gz on a full disk, --quiet: exit 2, counted, the records kept for --resume", { skip: skip() }, () => {
    clear();
    // --quiet too: a failed output is always said, with the counts.
    const r = run(["in.jsonl", "-j", "2", "-q", "--output", join(full, "out.jsonl.gz")]);
    assert.equal(r.status, 2, r.stderr);
    assertOneLine(r.stderr);
    assertCounted(r.stderr);
    assert.match(r.stderr, /rerun with --resume/u);
    clear();
  });

  it("cli write failures › --stats that cannot be written exits 2", { skip: skip() }, () => {
    clear();
    try {
      writeFileSync(join(full, "fill"), Buffer.alloc(64 * 1024));
    } catch {
      // Full already: that is the point.
    }
    const r = run(["in.jsonl", "-j", "1", "--output", "out.jsonl", "--stats", join(full, "stats.json")]);
    assert.equal(r.status, 2, r.stderr);
    assert.match(r.stderr, /cannot write .*stats\.json/u);
    clear();
  });
});
