// Stopped runs and --resume, through the real command: an output counts as done only when it is
// complete, the records a stopped or killed run left (even in a temporary file) are carried on,
// repeated ids are told apart, and SIGTERM is a stop like Ctrl-C.
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { bytesUnder, killAndResume, missingFrom, randomSource, writeMixedCorpus } from "../../scripts/kill-resume.js";
import { cliPath, jsonLines, runCli, tempDir } from "./harness.js";

const doc = (n: number): string => `The council approved the new budget for district ${n} on Monday after a long debate about the cost of the bridge.\n\nCouncillors said the plan would be reviewed in the spring.\n\nShare this article\n\nSource: Reuters\n`;
const jsonl = (count: number): string => Array.from({ length: count }, (_, i) => JSON.stringify({ id: `d${i}`, text: doc(i) })).join("\n") + "\n";
const ids = (count: number): string[] => Array.from({ length: count }, (_, i) => `d${i}`);
const temps = (dir: string): string[] => readdirSync(dir).filter((f) => f.endsWith(".tmp"));

/** Starts the command, sends `signal` once the bytes under `watch` reach `bytes`, and waits for its end. */
async function stopWhen(args: readonly string[], cwd: string, watch: string, bytes: number, signal: NodeJS.Signals): Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }> {
  const child = spawn(process.execPath, [cliPath, ...args], { cwd, stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
  const ended = new Promise<[number | null, NodeJS.Signals | null]>((r) => child.on("exit", (c, s) => r([c, s])));
  let done = false;
  void ended.then(() => (done = true));
  const deadline = Date.now() + 30_000;
  while (!done && bytesUnder(watch) < bytes && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
  assert.ok(!done, `the run ended before it was stopped: ${stderr}`);
  child.kill(signal);
  const [code, sig] = await ended;
  return { code, signal: sig, stderr };
}

describe("cli resume", () => {
  it("cli resume › --out-dir: Ctrl-C in a JSONL input leaves its file unfinished (not under its name); --resume carries it on, every record once", async () => {
    const dir = tempDir();
    mkdirSync(join(dir, "in"));
    writeFileSync(join(dir, "in", "docs.jsonl"), jsonl(3000));
    const stopped = await stopWhen(["in", "--out-dir", "out", "-j", "2"], dir, join(dir, "out"), 60_000, "SIGINT");
    assert.equal(stopped.code, 130, stopped.stderr);
    assert.ok(!existsSync(join(dir, "out", "docs.jsonl")), "an unfinished output is not committed under its real name");
    assert.equal(temps(join(dir, "out")).length, 1, "its records are kept for --resume");
    assert.match(stopped.stderr, /not complete .*kept for --resume/u);
    const resumed = runCli(["in", "--out-dir", "out", "--resume", "-j", "2"], { cwd: dir });
    assert.equal(resumed.status, 0, resumed.stderr);
    assert.match(resumed.stderr, /took the complete records of .*\.tmp/u);
    assert.deepEqual(jsonLines(readFileSync(join(dir, "out", "docs.jsonl"), "utf8")).map((r) => r["id"]), ids(3000));
    assert.deepEqual(temps(join(dir, "out")), []);
  });

  it("cli resume › repeated ids with --unordered --resume: each copy is written once, the one missing is redone", () => {
    const dir = tempDir();
    const copies = [{ id: "a", text: doc(1) }, { id: "x", text: doc(2) }, { id: "x", text: doc(3) }, { id: "x", text: doc(4) }, { id: "b", text: doc(5) }];
    writeFileSync(join(dir, "in.jsonl"), copies.map((c) => JSON.stringify(c)).join("\n") + "\n");
    const full = runCli(["in.jsonl", "--output", "full.jsonl", "--unordered", "-j", "2"], { cwd: dir });
    assert.equal(full.status, 0, full.stderr);
    const lines = readFileSync(join(dir, "full.jsonl"), "utf8").split("\n").filter((l) => l !== "");
    // An unordered run stopped with the 2nd and 3rd copies of x written and not the 1st.
    const left = lines.filter((l) => !/district 2 /u.test(l));
    assert.equal(left.length, 4);
    writeFileSync(join(dir, "out.jsonl"), `${left.join("\n")}\n`);
    const resumed = runCli(["in.jsonl", "--output", "out.jsonl", "--unordered", "--resume", "-j", "2"], { cwd: dir });
    assert.equal(resumed.status, 0, resumed.stderr);
    const texts = jsonLines(readFileSync(join(dir, "out.jsonl"), "utf8")).map((r) => `${r["id"]}:${/district (\d+)/u.exec(r["text"])?.[1]}`);
    assert.deepEqual(texts.sort(), ["a:1", "b:5", "x:2", "x:3", "x:4"]);
  });

  it("cli resume › SIGTERM is a stop like Ctrl-C: exit 143, the complete --output committed, no temporary file left", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "in.jsonl"), jsonl(3000));
    mkdirSync(join(dir, "o"));
    const stopped = await stopWhen(["in.jsonl", "--output", "o/out.jsonl", "-j", "2"], dir, join(dir, "o"), 60_000, "SIGTERM");
    assert.equal(stopped.code, 143, `${stopped.signal} ${stopped.stderr}`);
    assert.match(stopped.stderr, /terminated: finishing the documents in flight/u);
    assert.deepEqual(temps(join(dir, "o")), []);
    const first = jsonLines(readFileSync(join(dir, "o", "out.jsonl"), "utf8")).map((r) => r["id"]);
    assert.deepEqual(first, ids(first.length), "whole records, in order");
    assert.ok(first.length > 0 && first.length < 3000, `${first.length} records`);
  });

  it("cli resume › a killed run's temporary file: --resume takes its complete records and removes it (--output and --out-dir)", async () => {
    const dir = tempDir();
    mkdirSync(join(dir, "in"));
    writeFileSync(join(dir, "in", "docs.jsonl"), jsonl(3000));
    for (const [flag, target, file] of [["--output", "o/out.jsonl", "out.jsonl"], ["--out-dir", "d", "docs.jsonl"]] as const) {
      mkdirSync(join(dir, target.split("/")[0]!), { recursive: true });
      const watch = join(dir, target.split("/")[0]!);
      const killed = await stopWhen(["in", flag, target, "-j", "2"], dir, watch, 60_000, "SIGKILL");
      assert.equal(killed.signal, "SIGKILL");
      assert.equal(temps(watch).length, 1, `${flag}: the killed run left its temporary file`);
      const resumed = runCli(["in", flag, target, "--resume", "-j", "2"], { cwd: dir });
      assert.equal(resumed.status, 0, resumed.stderr);
      assert.match(resumed.stderr, /--resume: took the complete records of .*\.tmp .*and removed it/u, flag);
      const held = Number(/--resume: (\d+) records already in/u.exec(resumed.stderr)?.[1]);
      assert.ok(held > 0, `${flag}: the records of the killed run were kept: ${resumed.stderr}`);
      assert.deepEqual(temps(watch), [], flag);
      assert.deepEqual(jsonLines(readFileSync(join(watch, file), "utf8")).map((r) => r["id"]).sort(), ids(3000).sort(), flag);
    }
  });

  it("cli resume › a mixed corpus with hostile files, one SIGINT and one SIGKILL, --resume after each: every document exactly once (--output and --out-dir)", async () => {
    const dir = tempDir();
    const random = randomSource(7);
    writeMixedCorpus(dir, { jsonlDocs: 600, textFiles: 12 }, random);
    for (const mode of ["output", "out-dir"] as const) {
      const scenario = await killAndResume(dir, mode, ["SIGINT", "SIGKILL"], random, ["-j", "2"], [0.05, 0.3]);
      const [, first, second, last] = scenario.runs;
      assert.equal(first!.code, 130, `${mode}: ${first!.stderr}`);
      assert.equal(second!.signal, "SIGKILL", `${mode}: ${second!.stderr}`);
      assert.ok(first!.stopped && second!.stopped, `${mode}: each run was stopped before its end`);
      assert.ok([0, 2].includes(last!.code!), `${mode}: ${last!.stderr}`);
      assert.ok(scenario.reference.length > 600, `${scenario.reference.length} records`);
      assert.deepEqual(missingFrom(scenario.reference, scenario.resumed), [], `${mode}: documents missing`);
      assert.deepEqual(missingFrom(scenario.resumed, scenario.reference), [], `${mode}: documents written twice`);
    }
  });
});
