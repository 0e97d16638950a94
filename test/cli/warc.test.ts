// WARC responses as crawlers store them: compressed bodies (Content-Encoding) and HTTP statuses
// that are not an article (errors, redirects), which are skipped and counted, never cleaned.
import assert from "node:assert/strict";
import { readFileSync as readFile, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { brotliCompressSync, deflateRawSync, deflateSync, gzipSync } from "node:zlib";
import { jsonLines, runCli, tempDir, warcRecord } from "./harness.js";

const para = (n: number): string => `The council approved the new budget for district ${n} on Monday after a long debate about the cost of the bridge over the river.`;
const PAGE = (n: number): string => `<!doctype html><html><head><meta charset="utf-8"><title>Budget ${n}</title></head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav><article><h1>Budget ${n} approved</h1><p>${para(n)}</p><p>${para(n + 10)}</p><p>Councillors said the plan would be reviewed again in the spring.</p></article></body></html>`;

function response(id: string, status: string, headers: Record<string, string>, body: Buffer): Buffer {
  const head = [`HTTP/1.1 ${status}`, "Content-Type: text/html; charset=utf-8", ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`)].join("\r\n");
  const http = Buffer.concat([Buffer.from(`${head}\r\n\r\n`), body]);
  return warcRecord({ "WARC-Type": "response", "WARC-Record-ID": `<urn:uuid:${id}>`, "WARC-Target-URI": `https://example.com/${id}`, "Content-Type": "application/http; msgtype=response" }, http);
}

describe("cli warc", () => {
  it("cli › WARC bodies in br, deflate (zlib and raw) and gzip Content-Encoding are decoded and cleaned", () => {
    const dir = tempDir();
    const warc = Buffer.concat([
      response("br", "200 OK", { "Content-Encoding": "br" }, brotliCompressSync(PAGE(1))),
      response("deflate", "200 OK", { "Content-Encoding": "deflate" }, deflateSync(PAGE(2))),
      response("raw", "200 OK", { "Content-Encoding": "deflate" }, deflateRawSync(PAGE(3))),
      response("gzip", "200 OK", { "Content-Encoding": "gzip" }, gzipSync(PAGE(4))),
      response("stored", "200 OK", { "Content-Encoding": "br" }, Buffer.from(PAGE(5))),
    ]);
    writeFileSync(join(dir, "c.warc"), warc);
    const run = runCli(["c.warc"], { cwd: dir });
    assert.equal(run.status, 0, run.stderr);
    const out = jsonLines(run.stdout);
    assert.deepEqual(out.map((r) => r["id"]), ["urn:uuid:br", "urn:uuid:deflate", "urn:uuid:raw", "urn:uuid:gzip", "urn:uuid:stored"]);
    for (const [i, r] of out.entries()) {
      assert.equal(r["status"], "ok", JSON.stringify(r).slice(0, 300));
      assert.match(r["text"], new RegExp(`district ${i + 1}\\b`, "u"));
    }
  });

  it("cli › a damaged or unknown Content-Encoding is an error record for that response only", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "c.warc"), Buffer.concat([response("bad", "200 OK", { "Content-Encoding": "br" }, Buffer.from([1, 2, 3, 4, 5])), response("zstd", "200 OK", { "Content-Encoding": "compress" }, Buffer.from([9, 9, 9])), response("ok", "200 OK", {}, Buffer.from(PAGE(1)))]));
    const run = runCli(["c.warc"], { cwd: dir });
    assert.equal(run.status, 2);
    const out = jsonLines(run.stdout);
    assert.deepEqual(out.map((r) => [r["id"], r["status"]]), [["urn:uuid:bad", "error"], ["urn:uuid:zstd", "error"], ["urn:uuid:ok", "ok"]]);
    assert.equal(out[0]!["error"]["code"], "bad-encoding");
    assert.match(out[1]!["error"]["message"], /unsupported Content-Encoding "compress"/u);
  });

  it("cli › HTTP error and redirect responses are skipped and counted, not cleaned as articles", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "c.warc"), Buffer.concat([response("a", "200 OK", {}, Buffer.from(PAGE(1))), response("gone", "404 Not Found", {}, Buffer.from(PAGE(2))), response("err", "503 Service Unavailable", {}, Buffer.from(PAGE(3))), response("moved", "301 Moved Permanently", {}, Buffer.from(PAGE(4)))]));
    const run = runCli(["c.warc", "--stats", "stats.json"], { cwd: dir });
    assert.equal(run.status, 0, run.stderr);
    assert.deepEqual(jsonLines(run.stdout).map((r) => r["id"]), ["urn:uuid:a"]);
    assert.match(run.stderr, /skipped WARC responses that are no article: 1 HTTP 3xx, 1 HTTP 4xx, 1 HTTP 5xx/u);
    const stats = JSON.parse(readFile(join(dir, "stats.json"), "utf8")) as { documents: { skippedInput: Record<string, number> } };
    assert.deepEqual(stats.documents.skippedInput, { "http-3xx": 1, "http-4xx": 1, "http-5xx": 1 });
  });
});
