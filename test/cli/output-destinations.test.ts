// Outputs onto what cannot be replaced: devices, FIFOs and descriptors are written in place, and
// a symlink itself is never replaced (--output, --stats, --rejected follow it; --out-dir refuses).
// Devices and FIFOs are made in a temporary folder, never in /dev; making them needs root.
import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import { closeSync, existsSync, lstatSync, mkdirSync, openSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { cliPath, runCli, tempDir } from "./harness.js";

const TEXT = "The council approved the new budget on Monday after a long debate about the cost of the bridge.\n\nSource: Reuters\n";
const asRoot = process.getuid?.() === 0;
const needsRoot = asRoot ? false : "making devices and FIFOs (mknod, mkfifo) needs root";

/** Makes a node in `dir` with mknod/mkfifo; the test is skipped rather than run without it. */
function make(command: string, args: string[]): void {
  const made = spawnSync(command, args, { encoding: "utf8" });
  assert.equal(made.status, 0, `${command} ${args.join(" ")}: ${made.stderr}`);
}

describe("cli outputs onto devices, FIFOs and symlinks", () => {
  it("cli › --output, --stats and --rejected on character devices stay devices", { skip: needsRoot }, () => {
    const dir = tempDir();
    for (const name of ["out", "stats", "rejected"]) make("mknod", [join(dir, name), "c", "1", "3"]);
    writeFileSync(join(dir, "docs.jsonl"), `${JSON.stringify({ id: "a", text: TEXT })}\n${JSON.stringify({ id: "b" })}\n`);
    const run = runCli(["docs.jsonl", "--output", "out", "--stats", "stats", "--rejected", "rejected"], { cwd: dir });
    assert.equal(run.status, 2, run.stderr);
    for (const name of ["out", "stats", "rejected"]) assert.ok(lstatSync(join(dir, name)).isCharacterDevice(), `${name} was replaced by a regular file`);
  });

  it("cli › --output on a FIFO writes into the FIFO, which stays a FIFO", { skip: needsRoot }, async () => {
    const dir = tempDir();
    const fifo = join(dir, "pipe");
    make("mkfifo", [fifo]);
    const reader = spawn("cat", [fifo]);
    let read = "";
    reader.stdout.on("data", (chunk: Buffer) => void (read += chunk.toString("utf8")));
    const ended = new Promise<void>((resolve) => reader.on("close", () => resolve()));
    const run = runCli(["-", "--output", "pipe"], { cwd: dir, input: TEXT });
    assert.equal(run.status, 0, run.stderr);
    // Before the fix the FIFO was renamed over and the reader waited forever.
    const timer = setTimeout(() => reader.kill(), 5000);
    await ended;
    clearTimeout(timer);
    assert.ok(lstatSync(fifo).isFIFO(), "the FIFO was replaced by a regular file");
    assert.match(read, /approved the new budget/u);
  });

  it("cli › --output through a descriptor link writes to the open descriptor, appending to what the shell opened", { skip: existsSync("/proc/self/fd") ? false : "no /proc/self/fd here" }, () => {
    const dir = tempDir();
    symlinkSync("/proc/self/fd/1", join(dir, "stdout-link"));
    writeFileSync(join(dir, "captured.txt"), "already there\n");
    const fd = openSync(join(dir, "captured.txt"), "a");
    try {
      const run = spawnSync(process.execPath, [cliPath, "-", "--output", "stdout-link"], { cwd: dir, input: TEXT, stdio: ["pipe", fd, "pipe"], encoding: "utf8" });
      assert.equal(run.status, 0, run.stderr);
    } finally {
      closeSync(fd);
    }
    assert.ok(lstatSync(join(dir, "stdout-link")).isSymbolicLink(), "the link was replaced");
    const captured = readFileSync(join(dir, "captured.txt"), "utf8");
    assert.match(captured, /^already there\nThe council approved the new budget/u);
  });

  it("cli › --output on a symlink writes to its target and says so; the link stays a link", () => {
    const dir = tempDir();
    mkdirSync(join(dir, "real"));
    writeFileSync(join(dir, "real", "target.txt"), "old\n");
    symlinkSync(join("real", "target.txt"), join(dir, "link.txt"));
    const run = runCli(["-", "--output", "link.txt"], { cwd: dir, input: TEXT });
    assert.equal(run.status, 0, run.stderr);
    assert.ok(lstatSync(join(dir, "link.txt")).isSymbolicLink(), "the link was replaced by a regular file");
    assert.match(readFileSync(join(dir, "real", "target.txt"), "utf8"), /approved the new budget/u);
    assert.match(run.stderr, /link\.txt is a symlink: writing to its target .*target\.txt/u);
  });

  it("cli › --stats on a dangling symlink is refused with a message; the link stays", () => {
    const dir = tempDir();
    symlinkSync("missing.json", join(dir, "stats.json"));
    const run = runCli(["-", "--stats", "stats.json"], { cwd: dir, input: TEXT });
    assert.match(run.stderr, /stats\.json is a symlink to a missing file/u);
    assert.ok(lstatSync(join(dir, "stats.json")).isSymbolicLink());
  });

  it("cli › an --out-dir file never replaces a symlink (nor writes through it)", () => {
    const dir = tempDir();
    mkdirSync(join(dir, "in"));
    mkdirSync(join(dir, "out"));
    writeFileSync(join(dir, "in", "a.txt"), TEXT);
    writeFileSync(join(dir, "in", "b.txt"), TEXT);
    writeFileSync(join(dir, "keep.txt"), "precious\n");
    symlinkSync(join("..", "keep.txt"), join(dir, "out", "a.txt"));
    const run = runCli(["in", "--out-dir", "out"], { cwd: dir });
    assert.equal(run.status, 2, run.stderr);
    assert.match(run.stderr, /a\.txt is a symlink; it is not replaced/u);
    assert.ok(lstatSync(join(dir, "out", "a.txt")).isSymbolicLink());
    assert.equal(readFileSync(join(dir, "keep.txt"), "utf8"), "precious\n");
    assert.match(readFileSync(join(dir, "out", "b.txt"), "utf8"), /approved the new budget/u);
  });
});
