// --timeout-ms holds for one input as for a batch, and per document: a page that hangs costs an
// ordered batch about one timeout and gets a timeout record; the others are written in order.
import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { jsonLines, runCli, tempDir } from "./harness.js";
import { slowPage } from "../helpers/slow-page.js";

const slowDoc = slowPage();
const article = (n: number): string => `Story ${n}: the council approved the new budget on Monday after a long debate about the bridge.\n\nSource: Reuters\n`;

function timedCli(args: string[], options: { cwd?: string; input?: string } = {}): ReturnType<typeof runCli> & { ms: number } {
  const started = performance.now();
  const run = runCli(args, options);
  return { ...run, ms: performance.now() - started };
}

describe("cli timeouts", () => {
  it("cli › --timeout-ms holds for a single input: a page that takes too long fails with a timeout, exit 2", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "slow.html"), slowDoc);
    const run = timedCli(["slow.html", "--timeout-ms", "1000"], { cwd: dir });
    assert.equal(run.status, 2, run.stderr);
    assert.match(run.stderr, /slow\.html: no result within 1000 ms/u);
    assert.equal(run.stdout, "");
    // In-process, the page ran to its HTML budget (10 s) or past it.
    assert.ok(run.ms < 8000, `${Math.round(run.ms)} ms`);
    const ok = runCli(["-", "--timeout-ms", "5000"], { input: article(1) });
    assert.equal(ok.status, 0, ok.stderr);
    assert.match(ok.stdout, /^Story 1: the council approved/u);
  });

  it("cli › an ordered batch waits about one timeout for a hanging page, which gets a timeout record", () => {
    const dir = tempDir();
    const lines = Array.from({ length: 40 }, (_, n) => JSON.stringify({ id: `d${n}`, text: article(n) }));
    lines.splice(20, 0, JSON.stringify({ id: "slow", html: slowDoc }));
    writeFileSync(join(dir, "in.jsonl"), `${lines.join("\n")}\n`);
    const run = timedCli(["in.jsonl", "--timeout-ms", "1500", "-j", "1", "--rejected", "rejected.jsonl"], { cwd: dir });
    assert.equal(run.status, 2, run.stderr);
    const out = jsonLines(run.stdout);
    assert.deepEqual(out.map((r) => r["id"]), [...Array.from({ length: 20 }, (_, n) => `d${n}`), "slow", ...Array.from({ length: 20 }, (_, n) => `d${n + 20}`)]);
    assert.deepEqual(out.filter((r) => r["status"] !== "ok").map((r) => [r["id"], r["error"]?.["code"]]), [["slow", "timeout"]]);
    assert.deepEqual(jsonLines(readFileSync(join(dir, "rejected.jsonl"), "utf8")).map((r) => [r["id"], r["error"]?.["code"]]), [["slow", "timeout"]]);
    assert.ok(run.ms < 10_000, `${Math.round(run.ms)} ms`);
  });
});
