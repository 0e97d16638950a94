// Batches of files and folders: bad inputs become error records, the good ones are still
// written, and the exit code says which of the two happened.
import assert from "node:assert/strict";
import { existsSync, mkdirSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { jsonLines, runCli, tempDir } from "./harness.js";

const ARTICLE = "The council approved the new budget on Monday after a long debate about the cost of the bridge over the river.";
const article = (n: number): string => `${ARTICLE} Item ${n}.\n\nCouncillors said the plan would be reviewed again in the spring.\n\nSource: Reuters\n`;

/** in/a.txt, in/sub/b.txt (good), in/bad.txt (binary), in/notes.csv (skipped). */
function corpus(): string {
  const dir = tempDir();
  mkdirSync(join(dir, "in", "sub"), { recursive: true });
  writeFileSync(join(dir, "in", "a.txt"), article(1));
  writeFileSync(join(dir, "in", "sub", "b.txt"), article(2));
  writeFileSync(join(dir, "in", "bad.txt"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x0d, 0x0a, 0x1a, 0x00, 0xff, 0xfe]));
  writeFileSync(join(dir, "in", "notes.csv"), "a,b\n");
  return dir;
}

describe("cli batches", () => {
  it("cli › a binary file among good ones: exit 2, an error record for it, records for the others", () => {
    const dir = corpus();
    const run = runCli(["in", "--format", "jsonl"], { cwd: dir });
    assert.equal(run.status, 2, run.stderr);
    const out = jsonLines(run.stdout);
    assert.deepEqual(out.map((r) => r["id"]), ["in/a.txt", "in/bad.txt", "in/sub/b.txt"], "sorted walk, one record per .txt file");
    assert.equal(out[1]!["status"], "error");
    assert.equal(out[1]!["error"]["code"], "binary-input");
    for (const good of [out[0]!, out[2]!]) {
      assert.equal(good["status"], "ok");
      assert.equal(good["metadata"]["source"], "Reuters");
    }
    assert.match(run.stderr, /notes\.csv: not an input file \(\.txt \.jsonl/u);
    assert.match(run.stderr, /3 documents: 2 ok, 0 empty, 0 guarded, 1 failed/u);
  });

  it("cli › --out-dir writes one file per input at the same relative path, none for the failed one", () => {
    const dir = corpus();
    const run = runCli(["in", "--out-dir", "out"], { cwd: dir });
    assert.equal(run.status, 2, run.stderr);
    assert.equal(run.stdout, "");
    assert.deepEqual(readdirSync(join(dir, "out"), { recursive: true }).map(String).sort(), ["a.txt", "sub", join("sub", "b.txt")]);
    const a = readFileSync(join(dir, "out", "a.txt"), "utf8");
    assert.match(a, /Item 1\./u);
    assert.doesNotMatch(a, /Source: Reuters/u);
    assert.ok(!readdirSync(join(dir, "out")).some((f) => f.endsWith(".tmp")), "no temp files left behind");
  });

  it("cli › --out-dir with --format json uses the .json extension", () => {
    const dir = corpus();
    const run = runCli(["in/a.txt", "-f", "json", "-o", "out"], { cwd: dir });
    assert.equal(run.status, 0, run.stderr);
    const record = JSON.parse(readFileSync(join(dir, "out", "a.json"), "utf8")) as Record<string, any>;
    assert.equal(record["id"], "in/a.txt");
    assert.equal(record["metadata"]["source"], "Reuters");
  });

  it("cli › an empty file and a whitespace-only file are status empty, exit 0", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "empty.txt"), "");
    writeFileSync(join(dir, "blank.txt"), " \n\t\n\n");
    const run = runCli(["empty.txt", "blank.txt", "--format", "jsonl"], { cwd: dir });
    assert.equal(run.status, 0, run.stderr);
    const out = jsonLines(run.stdout);
    assert.deepEqual(out.map((r) => [r["id"], r["status"], r["text"]]), [["empty.txt", "empty", ""], ["blank.txt", "empty", ""]]);
  });

  it("cli › mostly invalid UTF-8 is an error record; a few bad bytes are decoded as Latin-1, with a warning", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "garbage.txt"), Buffer.alloc(400, 0xc3).fill(0xff, 0, 200));
    writeFileSync(join(dir, "mostly.txt"), Buffer.concat([Buffer.from(`${ARTICLE} caf`), Buffer.from([0xe9]), Buffer.from(" au lait.\n")]));
    const run = runCli(["garbage.txt", "mostly.txt", "--format", "jsonl"], { cwd: dir });
    assert.equal(run.status, 2);
    const [garbage, mostly] = jsonLines(run.stdout);
    assert.equal(garbage!["status"], "error");
    assert.equal(mostly!["status"], "ok");
    assert.match(mostly!["text"], /café au lait/u);
    assert.deepEqual(mostly!["warnings"].map((w: { code: string }) => w.code), ["decoded-as-latin1"]);
  });

  it("cli › a missing file is an error record, the others are written, exit 2", () => {
    const dir = corpus();
    const run = runCli(["in/a.txt", "in/nope.txt", "--format", "jsonl"], { cwd: dir });
    assert.equal(run.status, 2);
    const out = jsonLines(run.stdout);
    assert.equal(out.length, 2);
    assert.equal(out[0]!["status"], "ok");
    assert.deepEqual(out[1], { id: "in/nope.txt", status: "error", error: { code: "not-found", message: "in/nope.txt: no such file or directory" } });
  });

  it("cli › a directory symlink loop is skipped with a note, not followed forever", () => {
    const dir = corpus();
    symlinkSync("..", join(dir, "in", "sub", "loop"));
    const run = runCli(["in", "--format", "jsonl"], { cwd: dir });
    assert.equal(run.status, 2, `only the binary file fails; stderr: ${run.stderr}`);
    assert.equal(jsonLines(run.stdout).length, 3);
    assert.match(run.stderr, /in\/sub\/loop: symlink loop, skipped/u);
  });

  it("cli › --quiet drops notes and the summary; --summary forces it for one document", () => {
    const dir = corpus();
    const quiet = runCli(["in", "-q"], { cwd: dir });
    assert.doesNotMatch(quiet.stderr, /skipped|documents:/u);
    const one = runCli(["in/a.txt", "--summary"], { cwd: dir });
    assert.match(one.stderr, /1 documents: 1 ok[\s\S]*top rules: [\s\S]*docs\/s/u);
  });

  it("cli › text format with several documents puts a header before each", () => {
    const dir = corpus();
    const run = runCli(["in/a.txt", "in/sub/b.txt", "-f", "text", "-q"], { cwd: dir });
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /^==> in\/a\.txt <==\n[^]*Item 1\.[^]*\n==> in\/sub\/b\.txt <==\n[^]*Item 2\./u);
    assert.ok(!existsSync(join(dir, "out")));
  });
});
