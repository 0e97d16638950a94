// A batch must not keep the documents it has finished: memory stays bounded by the documents in
// flight, whatever the size of the input. Runs the batch runner (main(), --jobs 1) in a child
// with --expose-gc, over 48 documents of 1 MB each, and reads the heap after a full GC at every
// record written.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { fileURLToPath } from "node:url";
import { tempDir } from "./harness.js";

const mainUrl = new URL("../../src/cli/main.js", import.meta.url).href;
const DOCS = 48;
const DOC_CHARS = 1_000_000;

// Writes go to a sink that collects a GC'd heap reading per record and prints the largest.
const probe = `
import { Writable, Readable } from "node:stream";
const { main } = await import(${JSON.stringify(mainUrl)});
let peak = 0;
const sink = new Writable({ write(chunk, _e, done) { gc(); peak = Math.max(peak, process.memoryUsage().heapUsed); done(); } });
const quiet = new Writable({ write(_c, _e, done) { done(); } });
const code = await main([process.argv[1], "--jobs", "1", "--quiet"], { stdin: Readable.from([]), stdout: sink, stderr: quiet });
process.stdout.write(JSON.stringify({ code, peakMb: peak / 1e6 }));
`;

describe("batch memory", () => {
  it("batch memory › the heap stays far below the input's size: finished documents are let go", () => {
    const dir = tempDir();
    const input = join(dir, "big.jsonl");
    // Lines longer than maxUnitChars are never asked about by the rules, so each 1 MB document is cheap to clean.
    const line = "word ".repeat(5000);
    const text = Array.from({ length: Math.ceil(DOC_CHARS / line.length) }, (_, i) => `${i} ${line}`).join("\n");
    writeFileSync(input, Array.from({ length: DOCS }, (_, i) => JSON.stringify({ id: `d${i}`, text })).join("\n") + "\n");
    const run = spawnSync(process.execPath, ["--expose-gc", "--input-type=module", "-e", probe, fileURLToPath(new URL(`file://${input}`))], { encoding: "utf8", maxBuffer: 16 * 1024 * 1024 });
    assert.equal(run.status, 0, run.stderr);
    const { code, peakMb } = JSON.parse(run.stdout) as { code: number; peakMb: number };
    assert.equal(code, 0);
    // The input is 48 MB of text, all of which a leak keeps (56 MB seen); one document in flight and its record take about 9 MB.
    assert.ok(peakMb < 40, `heap after GC reached ${peakMb.toFixed(0)} MB while cleaning ${DOCS} documents of 1 MB`);
  });
});
