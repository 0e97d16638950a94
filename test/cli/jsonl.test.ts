// JSONL batches: one record out per record in, in order, and a bad line is an error record in
// its place, never a crash. Also standard input.
import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { jsonLines, runCli, tempDir } from "./harness.js";

const ARTICLE = "The council approved the new budget on Monday after a long debate about the cost of the bridge.";

describe("cli jsonl", () => {
  it("cli › count in = count out, and a malformed line gives an error record at its position", () => {
    const dir = tempDir();
    const file = join(dir, "batch.jsonl");
    const lines = [
      JSON.stringify({ id: "a", text: `${ARTICLE}\n\nSource: Reuters` }),
      "{not json",
      JSON.stringify({ id: "c", body: "no text field" }),
      JSON.stringify({ id: "d", text: 42 }),
      JSON.stringify({ id: "e", text: ARTICLE, url: "https://example.com/e" }),
    ];
    writeFileSync(file, `${lines.join("\n")}\n`);
    const run = runCli([file]);
    assert.equal(run.status, 2, "some lines failed");
    const out = jsonLines(run.stdout);
    assert.equal(out.length, lines.length);
    assert.deepEqual(out.map((r) => r["status"] === "error" ? `error:${r["error"]["code"]}` : r["id"]), ["a", "error:bad-json", "error:missing-text", "error:text-not-string", "e"]);
    assert.deepEqual(out[1], { id: `${file}:2`, line: 2, status: "error", error: out[1]!["error"] });
    assert.equal(out[2]!["id"], "c");
    assert.equal(out[2]!["line"], 3);
    assert.equal(out[0]!["metadata"]["source"], "Reuters");
    assert.doesNotMatch(out[0]!["text"], /Source/u);
    assert.match(run.stderr, new RegExp(`${file.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&")}:2: `, "u"), "stderr names file:line");
    assert.match(run.stderr, /5 documents: 2 ok, 0 empty, 0 guarded, 3 failed/u);
  });

  it("cli › --text-field reads another field", () => {
    const run = runCli(["--jsonl", "--text-field", "body", "-"], { input: `${JSON.stringify({ id: "x", body: ARTICLE })}\n` });
    assert.equal(run.status, 0, run.stderr);
    const [record] = jsonLines(run.stdout);
    assert.equal(record!["id"], "x");
    assert.equal(record!["text"], ARTICLE);
  });

  it("cli › a line over --max-line-bytes is an error record and the next line still works", () => {
    const long = JSON.stringify({ id: "long", text: "word ".repeat(2000) });
    const input = `${long}\n${JSON.stringify({ id: "ok", text: ARTICLE })}\n`;
    const run = runCli(["--jsonl", "--max-line-bytes", "1000", "-"], { input });
    assert.equal(run.status, 2);
    const out = jsonLines(run.stdout);
    assert.equal(out.length, 2);
    assert.equal(out[0]!["error"]["code"], "line-too-long");
    assert.equal(out[0]!["line"], 1);
    assert.equal(out[1]!["id"], "ok");
    assert.equal(out[1]!["status"], "ok");
  });

  it("cli › '-' reads one text document from stdin", () => {
    const run = runCli(["-f", "json", "-"], { input: `${ARTICLE}\r\n\r\nSource: AFP\r\n` });
    assert.equal(run.status, 0, run.stderr);
    const record = JSON.parse(run.stdout) as Record<string, any>;
    assert.equal(record["id"], "stdin");
    assert.equal(record["metadata"]["source"], "AFP");
    assert.equal(record["text"], ARTICLE);
  });

  it("cli › with no FILE, piped stdin is read", () => {
    const run = runCli([], { input: `${ARTICLE}\n\nSource: AFP\n` });
    assert.equal(run.status, 0, run.stderr);
    assert.equal(run.stdout, `${ARTICLE}\n`);
  });
});
