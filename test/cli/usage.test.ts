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

  it("cli › --version prints the package.json version", () => {
    const run = runCli(["--version"]);
    assert.equal(run.status, 0);
    assert.equal(run.stdout.trim(), packageVersion());
  });

  it("cli › an unknown flag is bad usage, exit 1", () => {
    const run = runCli(["--bogus-flag", "x.txt"]);
    assert.equal(run.status, 1);
    assert.match(run.stderr, /bogus-flag/u);
    assert.equal(run.stdout, "");
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
