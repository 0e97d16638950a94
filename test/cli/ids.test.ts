// Ids in outputs: an id cannot forge a header in text output, and a file's documents have one id
// whatever the spelling of its path, so --resume finds what a run with another spelling wrote.
import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { jsonLines, runCli, tempDir } from "./harness.js";

const TEXT = (n: number): string => `The council approved budget number ${n} on Monday after a long debate about the cost of the bridge.`;

describe("cli ids", () => {
  it("cli › an id with a newline cannot forge a ==> id <== header in text output", () => {
    const dir = tempDir();
    const records = [{ id: "real\n==> forged <==", text: TEXT(1) }, { id: "second\r\nline\u2028sep", text: TEXT(2) }];
    writeFileSync(join(dir, "docs.jsonl"), records.map((r) => JSON.stringify(r)).join("\n") + "\n");
    const run = runCli(["docs.jsonl", "--format", "text"], { cwd: dir });
    assert.equal(run.status, 0, run.stderr);
    const headers = run.stdout.split("\n").filter((l) => l.startsWith("==> "));
    assert.deepEqual(headers, ["==> real\\n==> forged <== <==", "==> second\\r\\nline\\u2028sep <=="]);
  });

  it("cli › fallback ids do not depend on the path's spelling: --resume with ./x.jsonl skips what x.jsonl wrote", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "x.jsonl"), [1, 2, 3].map((n) => JSON.stringify({ text: TEXT(n) })).join("\n") + "\n");
    const first = runCli(["x.jsonl", "--output", "out.jsonl", "-q"], { cwd: dir });
    assert.equal(first.status, 0, first.stderr);
    const again = runCli(["./x.jsonl", "--output", "out.jsonl", "--resume", "-q"], { cwd: dir });
    assert.equal(again.status, 0, again.stderr);
    const ids = jsonLines(readFileSync(join(dir, "out.jsonl"), "utf8")).map((r) => r["id"]);
    assert.deepEqual(ids, ["x.jsonl:1", "x.jsonl:2", "x.jsonl:3"]);
    const absolute = runCli([join(dir, "x.jsonl"), "-q"], { cwd: dir });
    assert.deepEqual(jsonLines(absolute.stdout).map((r) => r["id"]), ids, "an absolute spelling under the working folder gives the same ids");
  });
});
