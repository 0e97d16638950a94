// Batches at scale: worker pool, gzip in and out, HTML and WARC inputs, shards, resume after
// SIGINT, and bad input of every kind. Each bad input still gives exactly one record (or a note,
// for files that are not inputs), and the exit code says whether any failed.
import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { gunzipSync, gzipSync } from "node:zlib";
import { cliPath, jsonLines, runCli, tempDir } from "./harness.js";

const para = (n: number): string => `The council approved the new budget for district ${n} on Monday after a long debate about the cost of the bridge over the river.`;
const doc = (n: number): string => `${para(n)}\n\nCouncillors said the plan would be reviewed again in the spring, and residents were invited to comment.\n\nShare this article\n\nSource: Reuters\n`;
const jsonl = (count: number, from = 0): string => Array.from({ length: count }, (_, i) => JSON.stringify({ id: `d${from + i}`, text: doc(from + i) })).join("\n") + "\n";
const PAGE = (n: number): string => `<!doctype html><html><head><meta charset="utf-8"><title>Budget ${n}</title></head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav><article><h1>Budget ${n} approved</h1><p>${para(n)}</p><p>${para(n + 1)}</p><p>Councillors said the plan would be reviewed again in the spring.</p></article><footer>Copyright 2024 Example News. All rights reserved.</footer></body></html>`;

function warcRecord(headers: Record<string, string>, body: Buffer): Buffer {
  const head = ["WARC/1.0", ...Object.entries({ ...headers, "Content-Length": String(body.length) }).map(([k, v]) => `${k}: ${v}`)].join("\r\n");
  return Buffer.concat([Buffer.from(`${head}\r\n\r\n`), body, Buffer.from("\r\n\r\n")]);
}

describe("cli at scale", () => {
  it("cli › --help lists the batch flags", () => {
    const run = runCli(["--help"]);
    assert.equal(run.status, 0);
    for (const flag of ["--jobs", "--unordered", "--output", "--gzip", "--shard", "--resume", "--timeout-ms", "--progress", "--stats", "--rejected"]) assert.match(run.stdout, new RegExp(`${flag}\\b`, "u"), flag);
    assert.match(run.stdout, /130 interrupted/u);
  });

  it("cli › bad batch flags are usage errors: --jobs 0, --resume without an output, --output with --out-dir", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "in.jsonl"), jsonl(3));
    assert.equal(runCli(["in.jsonl", "--jobs", "0"], { cwd: dir }).status, 1);
    assert.equal(runCli(["in.jsonl", "--resume"], { cwd: dir }).status, 1);
    assert.equal(runCli(["in.jsonl", "--output", "a.jsonl", "--out-dir", "o"], { cwd: dir }).status, 1);
  });

  it("cli › --jobs 2 keeps input order and gives the same records, counts and rejects as --jobs 1; --unordered the same set", () => {
    const dir = tempDir();
    // Workers write ok records out themselves; guarded and refused ones travel whole (see batch/protocol.ts).
    const odd = [{ id: "guarded", text: "Share this article\n\nWe use cookies and similar technologies to improve your experience on our site, to analyse our traffic and to show you ads that suit you; by clicking accept you agree to the use of all of them.\n\nAdvertisement\n\nRead more\n" }, { id: "binary", text: "\u0000\u0001\u0002\u0003".repeat(4) }];
    writeFileSync(join(dir, "in.jsonl"), jsonl(75) + odd.map((d) => JSON.stringify(d)).join("\n") + "\n" + jsonl(75, 75));
    const strip = (text: string): string[] => jsonLines(text).map((r) => JSON.stringify({ ...r, stats: { ...r["stats"], ms: 0 } }));
    const counts = (file: string): unknown => {
      const { seconds: _s, docsPerSecond: _d, mbPerSecond: _m, ...rest } = JSON.parse(readFileSync(join(dir, file), "utf8")) as Record<string, unknown>;
      return { ...rest, jobs: undefined };
    };
    const one = runCli(["in.jsonl", "-j", "1", "-q", "--stats", "one.json", "--rejected", "one.rej"], { cwd: dir });
    const two = runCli(["in.jsonl", "-j", "2", "-q", "--stats", "two.json", "--rejected", "two.rej"], { cwd: dir });
    const unordered = runCli(["in.jsonl", "-j", "2", "-q", "--unordered"], { cwd: dir });
    assert.equal(one.status, 2, one.stderr);
    assert.equal(two.status, 2, two.stderr);
    assert.deepEqual(strip(two.stdout), strip(one.stdout));
    assert.equal(strip(one.stdout).length, 152);
    assert.deepEqual(jsonLines(one.stdout).slice(75, 77).map((r) => r["status"]), ["guarded", "error"]);
    assert.deepEqual(strip(unordered.stdout).sort(), strip(one.stdout).sort());
    assert.deepEqual(counts("two.json"), counts("one.json"));
    assert.equal(readFileSync(join(dir, "two.rej"), "utf8"), readFileSync(join(dir, "one.rej"), "utf8"));
    assert.deepEqual(jsonLines(readFileSync(join(dir, "two.rej"), "utf8")).map((r) => r["id"]), ["guarded", "binary"]);
  });

  it("cli › gzip in (.jsonl.gz, stdin) and out (--output FILE.gz, --gzip); --stats JSON and --rejected JSONL", () => {
    const dir = tempDir();
    const lines = jsonl(20) + "{broken\n" + JSON.stringify({ id: "big", text: "x ".repeat(3000) }) + "\n";
    writeFileSync(join(dir, "in.jsonl.gz"), gzipSync(lines));
    const run = runCli(["in.jsonl.gz", "--output", "out.jsonl.gz", "--stats", "stats.json", "--rejected", "rej.jsonl", "--max-line-bytes", "4000"], { cwd: dir });
    assert.equal(run.status, 2, run.stderr);
    const out = jsonLines(gunzipSync(readFileSync(join(dir, "out.jsonl.gz"))).toString("utf8"));
    assert.equal(out.length, 22);
    assert.deepEqual(out.slice(20).map((r) => r["error"]["code"]), ["bad-json", "line-too-long"]);
    const stats = JSON.parse(readFileSync(join(dir, "stats.json"), "utf8")) as Record<string, any>;
    assert.equal(stats["documents"]["in"], 22);
    assert.equal(stats["documents"]["failed"], 2);
    assert.ok(stats["bytes"]["removed"] > 0 && stats["rules"]["source-line"] === 20, JSON.stringify(stats));
    assert.deepEqual(jsonLines(readFileSync(join(dir, "rej.jsonl"), "utf8")).map((r) => r["status"]), ["error", "error"]);
    const piped = spawnSync(process.execPath, [cliPath, "--jsonl", "--gzip", "-q"], { input: gzipSync(jsonl(5)) });
    assert.equal(piped.status, 0, piped.stderr.toString());
    assert.equal(jsonLines(gunzipSync(piped.stdout).toString("utf8")).length, 5);
  });

  it("cli › a truncated gzip file: the records before the damage, then one bad-gzip error; exit 2", () => {
    const dir = tempDir();
    const whole = gzipSync(jsonl(400));
    writeFileSync(join(dir, "cut.jsonl.gz"), whole.subarray(0, Math.floor(whole.length * 0.6)));
    writeFileSync(join(dir, "cut.txt.gz"), gzipSync(doc(1)).subarray(0, 40));
    const run = runCli(["cut.jsonl.gz", "cut.txt.gz"], { cwd: dir });
    assert.equal(run.status, 2, run.stderr);
    const out = jsonLines(run.stdout);
    const errors = out.filter((r) => r["status"] === "error");
    assert.deepEqual(errors.map((r) => r["error"]["code"]), ["bad-gzip", "bad-gzip"]);
    assert.ok(out.length > 100 && out.length < 400, `${out.length} records`);
    assert.match(run.stderr, /damaged or truncated/u);
  });

  it("cli › an unreadable file and a symlink loop in a folder: an error record and a note, the rest cleaned", () => {
    const dir = tempDir();
    mkdirSync(join(dir, "in", "sub"), { recursive: true });
    writeFileSync(join(dir, "in", "a.txt"), doc(1));
    // Root reads a chmod 000 file anyway; /proc/self/mem fails every read, for root too (EIO).
    const unreadable = existsSync("/proc/self/mem") ? "/proc/self/mem" : join(dir, "in", "a.txt");
    symlinkSync("missing.txt", join(dir, "in", "dangling.txt"));
    symlinkSync("..", join(dir, "in", "sub", "loop"));
    const run = runCli(["in", unreadable, "-j", "2", "--format", "jsonl"], { cwd: dir });
    assert.equal(run.status, 2, run.stderr);
    const out = jsonLines(run.stdout);
    assert.deepEqual(out.map((r) => [r["id"], r["status"] === "error" ? r["error"]["code"] : r["status"]]), [
      ["in/a.txt", "ok"],
      ["in/dangling.txt", "not-found"],
      [unreadable, unreadable === "/proc/self/mem" ? "unreadable" : "ok"],
    ]);
    assert.match(run.stderr, /loop: symlink loop, skipped/u);
  });

  it("cli › an output that cannot be written: --out-dir under a file exits 2, --output there exits 1", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "in.jsonl"), jsonl(3));
    writeFileSync(join(dir, "file"), "");
    const run = runCli(["in.jsonl", "--out-dir", "file/out"], { cwd: dir });
    assert.equal(run.status, 2, run.stderr);
    assert.match(run.stderr, /cannot write output for d0/u);
    const single = runCli(["in.jsonl", "--output", "file/out.jsonl"], { cwd: dir });
    assert.equal(single.status, 1, single.stderr);
    assert.match(single.stderr, /cannot write file\/out\.jsonl/u);
  });

  it("cli › --shard i/n splits by id: disjoint, together every document", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "in.jsonl"), jsonl(60));
    const ids = [0, 1, 2].map((i) => jsonLines(runCli(["in.jsonl", "--shard", `${i}/3`, "-q", "-j", "1"], { cwd: dir }).stdout).map((r) => r["id"] as string));
    assert.ok(ids.every((s) => s.length > 5), ids.map((s) => s.length).join(","));
    assert.deepEqual(ids.flat().sort(), Array.from({ length: 60 }, (_, i) => `d${i}`).sort());
    assert.equal(runCli(["in.jsonl", "--shard", "3/3"], { cwd: dir }).status, 1);
  });

  it("cli › HTML pages (.html, .html.gz, JSONL {html}) and WARC.gz response/WET records", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "a.html"), PAGE(1));
    writeFileSync(join(dir, "b.html.gz"), gzipSync(PAGE(2)));
    writeFileSync(join(dir, "c.jsonl"), `${JSON.stringify({ id: "c", html: PAGE(3), url: "https://example.com/c" })}\n`);
    const http = Buffer.from(`HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n${PAGE(4)}`);
    const warc = Buffer.concat([
      gzipSync(warcRecord({ "WARC-Type": "warcinfo", "Content-Type": "application/warc-fields" }, Buffer.from("software: test\r\n"))),
      gzipSync(warcRecord({ "WARC-Type": "request", "WARC-Target-URI": "https://example.com/d", "Content-Type": "application/http; msgtype=request" }, Buffer.from("GET /d HTTP/1.1\r\n\r\n"))),
      gzipSync(warcRecord({ "WARC-Type": "response", "WARC-Record-ID": "<urn:uuid:d>", "WARC-Target-URI": "https://example.com/d", "Content-Type": "application/http; msgtype=response" }, http)),
      gzipSync(warcRecord({ "WARC-Type": "conversion", "WARC-Record-ID": "<urn:uuid:e>", "WARC-Target-URI": "https://example.com/e", "Content-Type": "text/plain" }, Buffer.from(doc(5)))),
    ]);
    writeFileSync(join(dir, "d.warc.gz"), warc);
    const run = runCli(["a.html", "b.html.gz", "c.jsonl", "d.warc.gz", "-j", "2"], { cwd: dir });
    assert.equal(run.status, 0, run.stderr);
    const out = jsonLines(run.stdout);
    assert.deepEqual(out.map((r) => r["id"]), ["a.html", "b.html.gz", "c", "urn:uuid:d", "urn:uuid:e"]);
    for (const [i, r] of out.slice(0, 4).entries()) {
      assert.equal(r["status"], "ok", JSON.stringify(r).slice(0, 300));
      assert.match(r["text"], new RegExp(`district ${i + 1}`, "u"));
      assert.doesNotMatch(r["text"], /All rights reserved/u);
    }
    assert.equal(out[4]!["metadata"]["source"], "Reuters");
    const truncated = runCli(["--input-format", "warc", "-"], { input: warc.subarray(0, warc.length - 30) });
    assert.equal(truncated.status, 2);
  });

  it("cli › --timeout-ms: a document that takes too long gets a timeout record, the others are cleaned", () => {
    const dir = tempDir();
    // About 20 MB in 200,000 lines (under the line limit): seconds of work on any machine, so
    // 500 ms always cuts it short.
    const slow = Array.from({ length: 200_000 }, (_, i) => `Line ${i} of a very long page | Share | Home | News ${i} | More of line ${i} of that page`).join("\n");
    writeFileSync(join(dir, "in.jsonl"), [JSON.stringify({ id: "a", text: doc(1) }), JSON.stringify({ id: "slow", text: slow }), JSON.stringify({ id: "b", text: doc(2) })].join("\n") + "\n");
    const run = runCli(["in.jsonl", "--timeout-ms", "500", "-j", "1"], { cwd: dir });
    const out = jsonLines(run.stdout);
    assert.deepEqual(out.map((r) => r["id"]), ["a", "slow", "b"]);
    assert.equal(out[1]!["status"], "error", "the slow document timed out");
    assert.equal(out[1]!["error"]["code"], "timeout");
    assert.equal(out[0]!["status"], "ok");
    assert.equal(out[2]!["status"], "ok");
    assert.equal(run.status, 2);
  });

  it("cli › SIGINT mid-run exits 130 with whole records written; --resume finishes without redoing or losing any", async () => {
    const dir = tempDir();
    const total = 3000;
    writeFileSync(join(dir, "in.jsonl"), jsonl(total));
    const child = spawn(process.execPath, [cliPath, "in.jsonl", "--output", "out.jsonl", "--resume", "-j", "2", "-q"], { cwd: dir, stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    const lineCount = (): number => (existsSync(join(dir, "out.jsonl")) ? readFileSync(join(dir, "out.jsonl"), "utf8").split("\n").length - 1 : 0);
    const deadline = Date.now() + 20_000;
    while (lineCount() < 100 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    child.kill("SIGINT");
    const code = await new Promise<number | null>((r) => child.on("exit", (c) => r(c)));
    assert.equal(code, 130, stderr);
    const first = jsonLines(readFileSync(join(dir, "out.jsonl"), "utf8"));
    assert.ok(first.length >= 100 && first.length < total, `${first.length} records after SIGINT`);
    const rerun = runCli(["in.jsonl", "--output", "out.jsonl", "--resume", "-j", "2"], { cwd: dir });
    assert.equal(rerun.status, 0, rerun.stderr);
    assert.match(rerun.stderr, new RegExp(`${first.length} already done`, "u"));
    const ids = jsonLines(readFileSync(join(dir, "out.jsonl"), "utf8")).map((r) => r["id"] as string);
    assert.equal(ids.length, total, "no record lost or written twice");
    assert.deepEqual(ids, Array.from({ length: total }, (_, i) => `d${i}`), "input order kept across the two runs");
  });

  it("cli › --resume after a kill mid-write drops the cut record and redoes it; --out-dir skips finished files", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "in.jsonl"), jsonl(10));
    const full = runCli(["in.jsonl", "-q"], { cwd: dir }).stdout.split("\n");
    writeFileSync(join(dir, "out.jsonl"), `${full.slice(0, 4).join("\n")}\n${full[4]!.slice(0, 50)}`);
    const run = runCli(["in.jsonl", "--output", "out.jsonl", "--resume"], { cwd: dir });
    assert.equal(run.status, 0, run.stderr);
    assert.deepEqual(jsonLines(readFileSync(join(dir, "out.jsonl"), "utf8")).map((r) => r["id"]), Array.from({ length: 10 }, (_, i) => `d${i}`));
    mkdirSync(join(dir, "docs"));
    writeFileSync(join(dir, "docs", "a.txt"), doc(1));
    writeFileSync(join(dir, "docs", "b.txt"), doc(2));
    mkdirSync(join(dir, "out"));
    writeFileSync(join(dir, "out", "a.txt"), "done before\n");
    const again = runCli(["docs", "--out-dir", "out", "--resume"], { cwd: dir });
    assert.equal(again.status, 0, again.stderr);
    assert.equal(readFileSync(join(dir, "out", "a.txt"), "utf8"), "done before\n");
    assert.match(readFileSync(join(dir, "out", "b.txt"), "utf8"), /district 2/u);
  });
});
