// The command line itself: help, version, flags that are wrong, and the rule listing.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { packageVersion, runCli } from "./harness.js";

describe("cli usage", () => {
  it("cli › --help lists the flags, formats and exit codes, exit 0", () => {
    const run = runCli(["--help"]);
    assert.equal(run.status, 0, run.stderr);
    for (const flag of ["--format", "--explain", "--rules-dir", "--rule", "--no-builtin-rules", "--out-dir", "--check-rules", "--list-rules", "--summary", "--quiet", "--max-line-bytes"]) {
      assert.match(run.stdout, new RegExp(`${flag.replace("--no-", "--")}\\b`), `--help does not mention ${flag}`);
    }
    assert.match(run.stdout, /Exit codes:[\s\S]*\b0\b[\s\S]*\b1\b[\s\S]*\b2\b/u);
  });

  it("cli › --version (or -V, anywhere on the line) prints the package.json version", () => {
    for (const args of [["--version"], ["a.txt", "-V"]]) {
      const run = runCli(args);
      assert.equal(run.status, 0, run.stderr);
      assert.equal(run.stdout.trim(), packageVersion());
    }
  });

  it("cli › -h shows the help even after an unknown flag, exit 0", () => {
    const run = runCli(["--bogus", "-h"]);
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /^Usage: deboil \[options\] \[FILE\|DIR\|-\]\.\.\.\n/u);
  });

  it("cli › an unknown flag is bad usage, exit 1", () => {
    const run = runCli(["--bogus-flag", "x.txt"]);
    assert.equal(run.status, 1);
    assert.equal(run.stderr, "deboil: Unknown argument: --bogus-flag\nRun deboil --help for usage.\n");
    assert.equal(run.stdout, "");
    const several = runCli(["-z", "--other=3", "x.txt"]);
    assert.equal(several.status, 1);
    assert.match(several.stderr, /^deboil: Unknown arguments: -z, --other\n/u);
  });

  it("cli › a misspelling that starts like a flag (--output-dir beside --output) is unknown, exit 1, and nothing is written", () => {
    const run = runCli(["--output-dir", "out", "-"], { input: "The council approved the budget on Monday after a long debate." });
    assert.equal(run.status, 1);
    assert.equal(run.stderr, "deboil: Unknown argument: --output-dir\nRun deboil --help for usage.\n");
    assert.equal(run.stdout, "");
  });

  it("cli › --no- on a flag that takes a value is an unknown flag, exit 1", () => {
    const run = runCli(["--no-rule", "-"], { input: "Some text." });
    assert.equal(run.status, 1);
    assert.match(run.stderr, /^deboil: Unknown argument: --no-rule\n/u);
  });

  it("cli › a value outside a flag's choices is bad usage, exit 1, and the choices are listed", () => {
    const run = runCli(["--format", "xml", "-"], { input: "Some text." });
    assert.equal(run.status, 1);
    assert.match(run.stderr, /^deboil: Invalid values:\n {2}Argument: format, Given: "xml", Choices: "text", "json", "jsonl", "markdown", "html"\n/u);
    assert.equal(run.stdout, "");
    assert.match(runCli(["--input-format=csv", "-"], { input: "x" }).stderr, /Argument: input-format, Given: "csv", Choices: "auto", /u);
  });

  it("cli › a flag missing its value is bad usage, exit 1 (at the end of the line or before another flag)", () => {
    for (const args of [["-"], ["--quiet", "-"]]) {
      const run = runCli(["--output", ...args], { input: "Some text." });
      assert.equal(run.status, 1, args.join(" "));
      assert.match(run.stderr, /^deboil: --output: expected a value\n/u);
    }
    const atEnd = runCli(["-", "-o"], { input: "Some text." });
    assert.equal(atEnd.status, 1);
    assert.match(atEnd.stderr, /^deboil: --out-dir: expected a value\n/u);
  });

  it("cli › --jobs, --timeout-ms and --max-line-bytes take whole numbers above 0, exit 1 otherwise", () => {
    for (const [flag, value, message] of [
      ["--jobs", "abc", "--jobs: expected a whole number above 0"],
      ["-j", "1.5", "--jobs: expected a whole number above 0"],
      ["--timeout-ms", "-3", "--timeout-ms: expected a whole number above 0"],
      ["--max-line-bytes", "lots", "--max-line-bytes: expected a whole number of bytes above 0"],
    ] as const) {
      const run = runCli([flag, value, "-"], { input: "Some text." });
      assert.equal(run.status, 1, `${flag} ${value}`);
      assert.equal(run.stderr, `deboil: ${message}\nRun deboil --help for usage.\n`);
      assert.equal(run.stdout, "");
    }
  });

  it("cli › a flag that takes one value, given twice, is bad usage, exit 1", () => {
    const run = runCli(["--format", "json", "-f", "text", "-"], { input: "Some text." });
    assert.equal(run.status, 1);
    assert.match(run.stderr, /^deboil: --format: given more than once\n/u);
  });

  it("cli › repeated --rules-dir and --rule collect; FILEs may come before flags and after --", () => {
    const dirs = runCli(["--rules-dir", "no-such-a", "--rules-dir", "no-such-b", "-"], { input: "Some text." });
    assert.equal(dirs.status, 1);
    assert.match(dirs.stderr, /no-such-a: cannot read rules folder[\s\S]*no-such-b: cannot read rules folder/u);
    const rules = runCli(["--rule", "nope-a=off", "--rule=nope-b=report", "-"], { input: "Some text." });
    assert.equal(rules.status, 1);
    assert.match(rules.stderr, /--rule nope-a: no such rule[\s\S]*--rule nope-b: no such rule/u);
    const files = runCli(["-", "--format", "jsonl", "--", "--not-a-flag.txt"], { input: "Some text." });
    assert.equal(files.status, 2, files.stderr);
    assert.match(files.stderr, /--not-a-flag\.txt: no such file or directory/u);
    assert.match(files.stdout, /"id":"stdin"/u);
  });

  it("cli › --rule with an unknown id exits 1 and names the id", () => {
    const run = runCli(["--rule", "nope=off", "-"], { input: "Some text." });
    assert.equal(run.status, 1);
    assert.match(run.stderr, /--rule nope: no such rule/u);
    assert.equal(run.stdout, "", "nothing is cleaned when the rules are bad");
  });

  it("cli › --rule without a valid mode exits 1 and shows the expected shape", () => {
    const run = runCli(["--rule", "source-line=maybe", "-"], { input: "Some text." });
    assert.equal(run.status, 1);
    assert.match(run.stderr, /source-line=maybe: expected ID=off, ID=report or ID=on/u);
  });

  it("cli › --explain with --format json is refused, with --format text it is allowed", () => {
    const run = runCli(["--explain", "--format", "json", "-"], { input: "Some text." });
    assert.equal(run.status, 1);
    assert.match(run.stderr, /--explain prints a text listing; it cannot be combined with --format json/u);
    const text = runCli(["--explain", "--format", "text", "-"], { input: "Some text.\n\nSource: AFP\n" });
    assert.equal(text.status, 0, text.stderr);
    assert.match(text.stdout, /^stdin {2}\((?:ok|guarded)\)\n1 {3}Some text\.$/mu);
  });

  it("cli › --list-rules shows id, zone, action and mode of each rule, and follows --rule", () => {
    const run = runCli(["--list-rules", "--rule", "source-line=report"]);
    assert.equal(run.status, 0, run.stderr);
    const row = run.stdout.split("\n").find((l) => l.startsWith("source-line "));
    assert.ok(row, "source-line is listed");
    assert.deepEqual(row.split(/\s{2,}/u).slice(0, 4), ["source-line", "tail", "extract", "report"]);
    assert.match(run.stdout.split("\n")[0]!, /^ID\s+ZONE\s+ACTION\s+MODE\s+SUMMARY$/u);
  });

  it("cli › --no-builtin-rules leaves an empty catalog", () => {
    const run = runCli(["--list-rules", "--no-builtin-rules"]);
    assert.equal(run.status, 0, run.stderr);
    assert.equal(run.stdout.trim().split("\n").length, 1, "only the header is left");
  });
});
