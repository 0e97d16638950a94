// --max-input-chars and --max-input-lines: a document over a limit gets an input-too-large error
// record (listed by --rejected, exit 2) and the rest of the batch is cleaned, in-process or on workers.
import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { jsonLines, runCli, tempDir } from "./harness.js";

const article = (n: number): string => `Story ${n}: the council approved the new budget on Monday after a long debate about the bridge.\n\nSource: Reuters\n`;

describe("cli input limits", () => {
  it("cli › a document over --max-input-lines or --max-input-chars gets an input-too-large record; the others are cleaned", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "a.txt"), article(1));
    writeFileSync(join(dir, "many.txt"), Array.from({ length: 60 }, (_, i) => `Line ${i}`).join("\n"));
    writeFileSync(join(dir, "c.txt"), article(3));
    for (const jobs of ["1", "2"]) {
      const run = runCli(["a.txt", "many.txt", "c.txt", "--max-input-lines", "50", "-j", jobs, "--rejected", "rejected.jsonl", "--format", "jsonl"], { cwd: dir });
      assert.equal(run.status, 2, run.stderr);
      const out = jsonLines(run.stdout);
      assert.deepEqual(out.map((r) => [r["id"], r["status"], r["error"]?.["code"]]), [["a.txt", "ok", undefined], ["many.txt", "error", "input-too-large"], ["c.txt", "ok", undefined]], `--jobs ${jobs}`);
      assert.deepEqual(jsonLines(readFileSync(join(dir, "rejected.jsonl"), "utf8")).map((r) => r["id"]), ["many.txt"]);
    }
    const chars = runCli(["a.txt", "c.txt", "--max-input-chars", "50", "-j", "1", "--format", "jsonl"], { cwd: dir });
    assert.equal(chars.status, 2);
    assert.deepEqual(jsonLines(chars.stdout).map((r) => r["error"]?.["code"]), ["input-too-large", "input-too-large"]);
  });

  it("cli › --help states both limits with their defaults; they take whole numbers above 0", () => {
    const help = runCli(["--help"]);
    assert.match(help.stdout, /--max-input-chars\b[\s\S]{0,200}?default 50000000/u);
    assert.match(help.stdout, /--max-input-lines\b[\s\S]{0,200}?default 250000/u);
    const bad = runCli(["--max-input-lines", "0", "-"], { input: "x" });
    assert.equal(bad.status, 1);
    assert.match(bad.stderr, /--max-input-lines: expected a whole number of lines above 0/u);
  });
});
