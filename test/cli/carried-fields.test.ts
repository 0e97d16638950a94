// A pipeline joins results back to its pages: every record carries its input's url and other fields.
import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { jsonLines, runCli, tempDir, warcRecord } from "./harness.js";

const text = "The council approved the new bridge on Monday after a long debate about its cost.\n\nShare this article\n\nWork starts in the spring and should take two years, the mayor said.";

describe("cli carried fields", () => {
  for (const jobs of ["1", "2"]) {
    it(`cli › JSONL records keep the input's url and every other field (--jobs ${jobs}), error records too`, () => {
      const dir = tempDir();
      const lines = [
        { id: "a", url: "https://example.com/a", text, crawl_date: "2026-11-30", meta: { lang: "en", rank: 3 } },
        { id: "b", text, source: "feed-7" },
        { id: "c", url: "https://example.com/c", crawl_date: "2026-11-30" },
        { id: "d", html: `<html><body><article><p>${text.split("\n\n")[0]} ${text.split("\n\n")[2]}</p></article></body></html>`, url: "https://example.com/d", crawl_date: "2026-12-01" },
      ];
      writeFileSync(join(dir, "in.jsonl"), lines.map((l) => JSON.stringify(l)).join("\n") + "\n");
      const run = runCli(["in.jsonl", "-j", jobs], { cwd: dir });
      assert.equal(run.status, 2, run.stderr);
      const out = jsonLines(run.stdout);
      assert.deepEqual(out.map((r) => [r["id"], r["url"], r["inputFields"]]), [
        ["a", "https://example.com/a", { crawl_date: "2026-11-30", meta: { lang: "en", rank: 3 } }],
        ["b", undefined, { source: "feed-7" }],
        ["c", "https://example.com/c", { crawl_date: "2026-11-30" }],
        ["d", "https://example.com/d", { crawl_date: "2026-12-01" }],
      ]);
      assert.deepEqual(out.map((r) => r["status"]), ["ok", "ok", "error", "ok"]);
      assert.equal(out[0]!["text"].includes("Share this article"), false);
      assert.equal("text" in out[0]!["inputFields"], false, "the cleaned field is not copied");
    });
  }

  it("cli › WARC records keep the page's target URI beside the record id", () => {
    const dir = tempDir();
    const page = `<html><body><article><h1>Bridge</h1><p>${text.split("\n\n")[0]}</p><p>${text.split("\n\n")[2]}</p></article></body></html>`;
    const http = Buffer.from(`HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n${page}`);
    writeFileSync(join(dir, "c.warc"), warcRecord({ "WARC-Type": "response", "WARC-Record-ID": "<urn:uuid:1>", "WARC-Target-URI": "https://example.com/bridge", "Content-Type": "application/http; msgtype=response" }, http));
    const run = runCli(["c.warc"], { cwd: dir });
    assert.equal(run.status, 0, run.stderr);
    const [record] = jsonLines(run.stdout);
    assert.equal(record!["id"], "urn:uuid:1");
    assert.equal(record!["url"], "https://example.com/bridge");
  });
});

describe("cli --fields", () => {
  for (const jobs of ["1", "2"]) {
    it(`cli › --fields keeps only the chosen record keys besides id and status (--jobs ${jobs}); error records keep their error`, () => {
      const dir = tempDir();
      writeFileSync(join(dir, "in.jsonl"), [JSON.stringify({ id: "a", url: "https://example.com/a", text, crawl_date: "2026-11-30" }), JSON.stringify({ id: "b" })].join("\n") + "\n");
      const full = jsonLines(runCli(["in.jsonl", "-j", jobs], { cwd: dir }).stdout);
      const run = runCli(["in.jsonl", "-j", jobs, "--fields", "url,text,metadata"], { cwd: dir });
      assert.equal(run.status, 2, run.stderr);
      const [a, b] = jsonLines(run.stdout);
      assert.deepEqual(Object.keys(a!).sort(), ["id", "metadata", "status", "text", "url"]);
      assert.equal(a!["text"], full[0]!["text"]);
      assert.ok(run.stdout.length < runCli(["in.jsonl", "-j", jobs], { cwd: dir }).stdout.length);
      assert.deepEqual(Object.keys(b!).sort(), ["error", "id", "line", "status"]);
    });
  }

  it("cli › --fields with an unknown key is bad usage naming it", () => {
    const run = runCli(["-", "--fields", "text,removd"], { input: text });
    assert.equal(run.status, 1);
    assert.match(run.stderr, /--fields: no record key "removd"/u);
  });
});
