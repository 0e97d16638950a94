// --guard and what the CLI says about a guarded document: a notice on stderr for each, a count
// in the summary, the would-be removals in the record.
import assert from "node:assert/strict";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { jsonLines, runCli, tempDir } from "./harness.js";

// A cookie wall: one line of prose, no run of it, and the rules would remove nearly all of it.
const CONSENT = "We use cookies and similar technologies to improve your experience on our site, to analyse our traffic and to show you ads that suit you; by clicking accept you agree to the use of all of them.";
const CHROME = ["Accept all cookies", "Manage cookie settings", "Privacy policy", "Cookie policy", "", CONSENT, "", "Share on Facebook", "Share on X", "Advertisement", "Home", ""].join("\n");
const ARTICLE = "The council approved the new budget on Monday after a long debate about the cost of the bridge over the river.\n\nCouncillors said the plan would be reviewed again in the spring, when the first figures are known.\n";

function corpus(): string {
  const dir = tempDir();
  mkdirSync(join(dir, "in"));
  writeFileSync(join(dir, "in", "a.txt"), ARTICLE);
  writeFileSync(join(dir, "in", "chrome.txt"), CHROME);
  return dir;
}

describe("cli guard", () => {
  it("cli guard › a guarded document gets a notice on stderr, a count in the summary and its would-be removals", () => {
    const run = runCli(["in", "--jobs", "1", "--format", "jsonl"], { cwd: corpus() });
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stderr, /^deboil: in\/chrome\.txt: guarded, left unchanged: rules would remove \d+% of the text \(limit 90%\) and it has no article region/mu);
    assert.equal(run.stderr.match(/guarded, left unchanged/gu)?.length, 1);
    assert.match(run.stderr, /2 documents: 1 ok, 0 empty, 1 guarded, 0 failed/u);
    const [a, chrome] = jsonLines(run.stdout);
    assert.equal(a!["status"], "ok");
    assert.equal(chrome!["status"], "guarded");
    assert.equal(chrome!["text"], CHROME.trimEnd());
    assert.deepEqual(chrome!["removed"], []);
    assert.ok(chrome!["wouldRemove"].length > 0);
  });

  it("cli guard › --guard off cleans it, --guard 0.99 raises the limit", () => {
    const off = runCli(["in/chrome.txt", "--guard", "off", "--format", "json"], { cwd: corpus() });
    assert.equal(JSON.parse(off.stdout)["status"], "ok");
    assert.doesNotMatch(off.stderr, /guarded/u);
    const high = runCli(["in/chrome.txt", "--guard", "0.99", "--format", "json"], { cwd: corpus() });
    assert.equal(JSON.parse(high.stdout)["status"], "ok");
    const low = runCli(["in/chrome.txt", "--guard", "0.5", "--format", "json"], { cwd: corpus() });
    assert.equal(JSON.parse(low.stdout)["status"], "guarded");
    assert.match(low.stderr, /limit 50%/u);
  });

  it("cli guard › a bad --guard value is a usage error", () => {
    const run = runCli(["x.txt", "--guard", "1.5"]);
    assert.equal(run.status, 1);
    assert.match(run.stderr, /--guard: expected off or a share between 0 and 1/u);
  });
});
