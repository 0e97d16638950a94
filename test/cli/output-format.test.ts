// The output format follows --format, else the output file's name, else the kind of input:
// never the number of documents.
import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { gunzipSync } from "node:zlib";
import { formatOfPath, outputFormat } from "../../src/cli/output-format.js";
import { jsonLines, runCli, tempDir } from "./harness.js";

const text = "The council approved the new bridge on Monday after a long debate about its cost.\n\nShare this article\n\nWork starts in the spring and should take two years, the mayor said.\n";

describe("cli output format", () => {
  it("cli › output format › by --format, then the file name (with .gz), then the kind of input", () => {
    assert.equal(formatOfPath("out.JSONL.gz"), "jsonl");
    assert.equal(formatOfPath("w.json"), "json");
    assert.equal(formatOfPath("notes.md"), "markdown");
    assert.equal(formatOfPath("clean.txt.gz"), "text");
    assert.equal(formatOfPath("clean.out"), undefined);
    assert.equal(outputFormat("json", "a.jsonl", false), "json");
    assert.equal(outputFormat(undefined, "a.jsonl", false), "jsonl");
    assert.equal(outputFormat(undefined, "a.out", true), "jsonl");
    assert.equal(outputFormat(undefined, undefined, false), "text");
  });

  it("cli › one text input with --output x.jsonl writes a JSONL record, --output w.json a JSON object, --output y.txt.gz gzipped text", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "a.txt"), text);
    assert.equal(runCli(["a.txt", "--output", "x.jsonl"], { cwd: dir }).status, 0);
    const [record] = jsonLines(readFileSync(join(dir, "x.jsonl"), "utf8"));
    assert.equal(record!["id"], "a.txt");
    assert.equal(record!["status"], "ok");
    assert.equal(runCli(["a.txt", "--output", "w.json"], { cwd: dir }).status, 0);
    assert.equal((JSON.parse(readFileSync(join(dir, "w.json"), "utf8")) as { id: string }).id, "a.txt");
    assert.equal(runCli(["a.txt", "--output", "y.txt.gz"], { cwd: dir }).status, 0);
    assert.doesNotMatch(gunzipSync(readFileSync(join(dir, "y.txt.gz"))).toString(), /^\{/u);
  });

  it("cli › two text inputs on stdout stay text (one header each), a JSONL input gives records whatever its number of lines", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "a.txt"), text);
    writeFileSync(join(dir, "b.txt"), text);
    writeFileSync(join(dir, "one.jsonl"), `${JSON.stringify({ id: "x", text })}\n`);
    const two = runCli(["a.txt", "b.txt", "-q"], { cwd: dir });
    assert.equal(two.status, 0, two.stderr);
    assert.match(two.stdout, /^==> a\.txt <==\n/u);
    assert.match(two.stdout, /\n==> b\.txt <==\n/u);
    const one = runCli(["one.jsonl", "-q"], { cwd: dir });
    assert.deepEqual(jsonLines(one.stdout).map((r) => r["id"]), ["x"]);
  });
});
