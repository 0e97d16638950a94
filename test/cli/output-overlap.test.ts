// No output may land on an input: an --out-dir file that is another input, an --out-dir inside an
// input folder (read back as input on the next run), or an --output that is an input. Nor on
// another output: --output, --stats and --rejected are three files, outside --out-dir.
import assert from "node:assert/strict";
import { existsSync, linkSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { runCli, tempDir } from "./harness.js";

const PAGE = "<!doctype html><html><head><title>Budget</title></head><body><article><h1>Budget approved</h1><p>The council approved the new budget on Monday after a long debate about the cost of the bridge over the river.</p><p>Councillors said the plan would be reviewed again in the spring.</p></article></body></html>";
const ORIGINAL = "The original text of a.txt, which must survive the run untouched.\n";

/** A folder holding a.html and a.txt, whose text output would be named a.txt. */
function pair(): string {
  const dir = tempDir();
  mkdirSync(join(dir, "in"));
  writeFileSync(join(dir, "in", "a.html"), PAGE);
  writeFileSync(join(dir, "in", "a.txt"), ORIGINAL);
  return dir;
}

describe("cli outputs never overwrite inputs", () => {
  it("cli › --out-dir equal to the input folder is refused and a.txt survives a.html's output", () => {
    const dir = pair();
    const run = runCli(["in", "--out-dir", "in", "--format", "text"], { cwd: dir });
    assert.equal(run.status, 1, run.stderr);
    assert.match(run.stderr, /--out-dir in is inside the input folder in/u);
    assert.equal(readFileSync(join(dir, "in", "a.txt"), "utf8"), ORIGINAL);
  });

  it("cli › inputs named one by one: the output of a.html that would be a.txt (another input) is refused", () => {
    const dir = pair();
    const run = runCli(["in/a.html", "in/a.txt", "--out-dir", "in", "--format", "text"], { cwd: dir });
    assert.equal(run.status, 2, run.stderr);
    assert.match(run.stderr, /a\.txt is an input of this batch; it is not overwritten/u);
    assert.equal(readFileSync(join(dir, "in", "a.txt"), "utf8"), ORIGINAL);
  });

  it("cli › --out-dir inside the input tree is refused before anything is written (no clean/clean/...)", () => {
    const dir = pair();
    const run = runCli(["in", "--out-dir", "in/clean"], { cwd: dir });
    assert.equal(run.status, 1, run.stderr);
    assert.match(run.stderr, /--out-dir in\/clean is inside the input folder in/u);
    assert.ok(!existsSync(join(dir, "in", "clean")), "nothing is created in the input tree");
  });

  it("cli › an input folder inside the --out-dir: outputs that would land in it are refused one by one", () => {
    const dir = tempDir();
    mkdirSync(join(dir, "out", "in", "in"), { recursive: true });
    writeFileSync(join(dir, "out", "in", "top.txt"), ORIGINAL);
    writeFileSync(join(dir, "out", "in", "in", "deep.txt"), ORIGINAL);
    const run = runCli(["out/in", "--out-dir", "out"], { cwd: dir });
    assert.equal(run.status, 2, run.stderr);
    assert.match(run.stderr, /deep\.txt is inside the input folder out\/in/u);
    assert.ok(existsSync(join(dir, "out", "top.txt")), "an output outside the input folder is written");
    assert.ok(!existsSync(join(dir, "out", "in", "deep.txt.tmp")));
    assert.deepEqual(readFileSync(join(dir, "out", "in", "in", "deep.txt"), "utf8"), ORIGINAL);
  });

  it("cli › --output that is the input file, or an input-kind file inside an input folder, is refused", () => {
    const dir = pair();
    writeFileSync(join(dir, "docs.jsonl"), `${JSON.stringify({ id: "d", text: ORIGINAL })}\n`);
    const same = runCli(["./docs.jsonl", "--output", "docs.jsonl"], { cwd: dir });
    assert.equal(same.status, 1, same.stderr);
    assert.match(same.stderr, /docs\.jsonl is an input of this batch/u);
    assert.match(readFileSync(join(dir, "docs.jsonl"), "utf8"), /"id":"d","text":"The original/u);
    const inside = runCli(["in", "--rejected", "in/rejected.jsonl"], { cwd: dir });
    assert.equal(inside.status, 1, inside.stderr);
    assert.match(inside.stderr, /rejected\.jsonl is inside the input folder in/u);
    const stats = runCli(["in", "--stats", "in/stats.json", "-q"], { cwd: dir });
    assert.equal(stats.status, 0, `${stats.stderr}: a .json file is never read as an input`);
  });

  it("cli › --output, --stats and --rejected naming one file (as typed, by a link, by a hard link) are refused before anything is written", () => {
    const dir = pair();
    const earlier = "records of an earlier run\n";
    writeFileSync(join(dir, "out.jsonl"), earlier);
    linkSync(join(dir, "out.jsonl"), join(dir, "hard.jsonl"));
    // A link to a file the run itself would create first.
    symlinkSync("new.jsonl", join(dir, "to-new.json"));
    const cases: Array<[string[], RegExp]> = [
      [["--output", "out.jsonl", "--stats", "out.jsonl"], /--output out\.jsonl and --stats out\.jsonl are one file/u],
      [["--output", "out.jsonl", "--rejected", "./out.jsonl"], /--output out\.jsonl and --rejected \.\/out\.jsonl are one file/u],
      [["--stats", "s.json", "--rejected", "s.json"], /--stats s\.json and --rejected s\.json are one file/u],
      [["--output", "out.jsonl", "--stats", "hard.jsonl"], /--output out\.jsonl and --stats hard\.jsonl are one file/u],
      [["--output", "new.jsonl", "--stats", "to-new.json"], /--output new\.jsonl and --stats to-new\.json are one file/u],
    ];
    for (const [flags, message] of cases) {
      const run = runCli(["in/a.txt", "--format", "jsonl", ...flags], { cwd: dir });
      assert.equal(run.status, 1, `${flags.join(" ")}: ${run.stderr}`);
      assert.match(run.stderr, message);
    }
    assert.equal(readFileSync(join(dir, "out.jsonl"), "utf8"), earlier);
    assert.ok(!existsSync(join(dir, "new.jsonl")) && !existsSync(join(dir, "s.json")), "nothing was written");
  });

  it("cli › --stats or --rejected inside --out-dir is refused; devices may be shared", () => {
    const dir = pair();
    const inside = runCli(["in/a.txt", "--out-dir", "out", "--stats", "out/a.txt"], { cwd: dir });
    assert.equal(inside.status, 1, inside.stderr);
    assert.match(inside.stderr, /--stats out\/a\.txt is inside --out-dir out/u);
    assert.ok(!existsSync(join(dir, "out")), "nothing was written");
    const shared = runCli(["in/a.txt", "--stats", "/dev/null", "--rejected", "/dev/null", "-q"], { cwd: dir });
    assert.equal(shared.status, 0, shared.stderr);
    assert.match(shared.stdout, /original text of a\.txt/u);
  });
});
