// User rule folders on the command line: a good rule works, a broken file stops the run with a
// message naming it, and --check-rules runs the rules' own examples.
import assert from "node:assert/strict";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { runCli, tempDir } from "./harness.js";

const PROMO = `id: promo-code
summary: Promo code lines
unit: line
zone: anywhere
match:
  regex: '^Use code [A-Z0-9]+ for \\d+% off$'
action: drop
reason: "promo code line"
examples:
  - name: drops a promo line
    input: |
      The shop opened on Monday and sold out by noon, the owner said.

      Use code SAVE20 for 20% off
    output: |
      The shop opened on Monday and sold out by noon, the owner said.
  - name: keeps a sentence
    input: "The shop said customers could use code words at the till."
    keep: true
`;

const DOC = "The shop opened on Monday and sold out by noon, the owner said after a busy morning.\n\nUse code SAVE20 for 20% off\n\nThe owner plans to open a second shop next year near the station, she said.\n";

function rulesDir(files: Record<string, string>): string {
  const dir = tempDir();
  mkdirSync(join(dir, "rules"));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, "rules", name), text);
  writeFileSync(join(dir, "doc.txt"), DOC);
  return dir;
}

describe("cli rule folders", () => {
  it("cli › --rules-dir loads a user rule that removes its line", () => {
    const dir = rulesDir({ "promo-code.yaml": PROMO });
    const without = runCli(["doc.txt"], { cwd: dir });
    assert.match(without.stdout, /Use code SAVE20/u, "the built-ins alone keep the promo line");
    const run = runCli(["--rules-dir", "rules", "-f", "json", "doc.txt"], { cwd: dir });
    assert.equal(run.status, 0, run.stderr);
    const record = JSON.parse(run.stdout) as Record<string, any>;
    assert.doesNotMatch(record["text"], /Use code/u);
    assert.deepEqual(record["removed"].map((r: { ruleId: string; reason: string }) => [r.ruleId, r.reason]), [["promo-code", "promo code line"]]);
  });

  it("cli › a rule file with a YAML syntax error exits 1 naming the file", () => {
    const dir = rulesDir({ "broken.yaml": "id: broken\nsummary: [unclosed\n  match: {\n" });
    const run = runCli(["--rules-dir", "rules", "doc.txt"], { cwd: dir });
    assert.equal(run.status, 1);
    assert.equal(run.stdout, "");
    assert.match(run.stderr, /rules\/broken\.yaml: cannot parse/u);
  });

  it("cli › a rule file with a bad key exits 1 naming the file and the key", () => {
    const dir = rulesDir({ "promo-code.yaml": PROMO.replace("zone: anywhere", "zone: sidebar") });
    const run = runCli(["--rules-dir", "rules", "doc.txt"], { cwd: dir });
    assert.equal(run.status, 1);
    assert.match(run.stderr, /promo-code\.yaml[^\n]*zone/u);
  });

  it("cli › --check-rules DIR passes for a rule whose examples hold", () => {
    const dir = rulesDir({ "promo-code.yaml": PROMO });
    const run = runCli(["--check-rules", "rules"], { cwd: dir });
    assert.equal(run.status, 0, run.stdout + run.stderr);
    assert.match(run.stderr, /1 rules checked, 0 problems/u);
  });

  it("cli › --check-rules DIR fails and names the example whose output is wrong", () => {
    const wrong = PROMO.replace("      The shop opened on Monday and sold out by noon, the owner said.\n  - name", "      Something else entirely.\n  - name");
    const dir = rulesDir({ "promo-code.yaml": wrong });
    const run = runCli(["--check-rules", "rules"], { cwd: dir });
    assert.equal(run.status, 1);
    assert.match(run.stdout, /promo-code\.yaml: examples › drops a promo line: Missing: expected/u);
  });

  // These passed the old timing probe and then hung the run on a 41-character line.
  for (const [regex, culprit] of [["^([A-Z]+)+$", "([A-Z]+)+"], ["Source: (a+)+$", "(a+)+"]] as const) {
    it(`cli › --check-rules DIR and --rules-dir refuse ${regex}, naming the file, the key and the culprit`, () => {
      const dir = rulesDir({ "promo-code.yaml": PROMO.replace("'^Use code [A-Z0-9]+ for \\d+% off$'", () => `'${regex}'`) });
      const expected = `rules/promo-code.yaml: match.regex: nested quantifier can backtrack exponentially: ${culprit}`;
      const check = runCli(["--check-rules", "rules"], { cwd: dir });
      assert.equal(check.status, 1);
      assert.ok((check.stdout + check.stderr).includes(expected), check.stdout + check.stderr);
      const run = runCli(["--rules-dir", "rules", "doc.txt"], { cwd: dir });
      assert.equal(run.status, 1);
      assert.equal(run.stdout, "");
      assert.ok(run.stderr.includes(expected), run.stderr);
    });
  }

  it("cli › --check-rules DIR reports an id that differs from the file name", () => {
    const dir = rulesDir({ "promo.yaml": PROMO });
    const run = runCli(["--check-rules", "rules"], { cwd: dir });
    assert.equal(run.status, 1);
    assert.match(run.stdout, /promo\.yaml: id: "promo-code" differs from the file name "promo"/u);
  });
});
