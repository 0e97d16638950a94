// npm run bench-batch: end-to-end text throughput of a batch through the CLI code path (main(),
// not a child process): JSONL in, JSONL out, full default catalog, on >= 100 MB of scraped text
// made by repeating the dev set's texts. One worker (in-process) and all workers, the median of
// several runs each, the scaling ratio, a same-run baseline (JSONL read-parse-stringify-write with
// no cleaning), and the peak RSS of this process (workers are threads, so they are included).
//   BENCH_MB=100 BENCH_RUNS=3 node dist/scripts/bench-batch.js
import { createReadStream, createWriteStream, mkdtempSync, rmSync } from "node:fs";
import { once } from "node:events";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough, Readable } from "node:stream";
import { main } from "../src/cli/main.js";
import { splitLines } from "../src/io/split-lines.js";
import { writeDevsetJsonl } from "./devset-jsonl.js";

const targetMb = Number(process.env["BENCH_MB"] ?? 100);
const runs = Number(process.env["BENCH_RUNS"] ?? 3);
const cores = availableParallelism();
const dir = mkdtempSync(join(tmpdir(), "deboil-bench-batch-"));
const input = join(dir, "in.jsonl");
const output = join(dir, "out.jsonl");


async function baseline(): Promise<void> {
  const out = createWriteStream(output);
  for await (const raw of splitLines(createReadStream(input), 64 * 1024 * 1024)) {
    if (!("bytes" in raw)) continue;
    const record = JSON.parse(raw.bytes.toString("utf8")) as Record<string, unknown>;
    if (!out.write(`${JSON.stringify({ id: record["id"], status: "ok", text: record["text"] })}\n`)) await once(out, "drain");
  }
  out.end();
  await once(out, "close");
}

async function viaCli(jobs: number): Promise<void> {
  const sink = new PassThrough();
  sink.resume();
  const io = { stdin: Readable.from([]) as unknown as NodeJS.ReadStream, stdout: sink as unknown as NodeJS.WriteStream, stderr: sink as unknown as NodeJS.WriteStream };
  const code = await main([input, "--output", output, "--jobs", String(jobs), "--quiet"], io);
  if (code !== 0 && code !== 2) throw new Error(`deboil exited ${code}`);
}

async function measure(name: string, fn: () => Promise<void>): Promise<{ name: string; seconds: number[]; median: number; rssMb: number }> {
  const seconds: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    seconds.push((performance.now() - t) / 1000);
    process.stderr.write(`  ${name} run ${i + 1}: ${seconds[i]!.toFixed(2)} s\n`);
  }
  const sorted = [...seconds].sort((a, b) => a - b);
  return { name, seconds, median: sorted[Math.floor(sorted.length / 2)]!, rssMb: process.resourceUsage().maxRSS / 1024 };
}

const data = await writeDevsetJsonl(input, (t) => t.textBytes >= targetMb * 1e6);
process.stderr.write(`deboil bench-batch: ${data.docs} documents, ${(data.textBytes / 1e6).toFixed(1)} MB of text (${(data.jsonlBytes / 1e6).toFixed(1)} MB JSONL), ${runs} runs each, ${cores} cores\n`);
const results = [await measure("baseline (no cleaning)", baseline), await measure("deboil --jobs 1", () => viaCli(1))];
if (cores > 1) results.push(await measure(`deboil --jobs ${cores}`, () => viaCli(cores)));
const mbs = (s: number): number => data.textBytes / 1e6 / s;
console.log(`| run | median s | MB/s (text) | docs/s | peak RSS so far |`);
console.log(`| --- | ---: | ---: | ---: | ---: |`);
for (const r of results) console.log(`| ${r.name} | ${r.median.toFixed(2)} | ${mbs(r.median).toFixed(2)} | ${Math.round(data.docs / r.median)} | ${Math.round(r.rssMb)} MB |`);
if (results.length > 2) {
  const ratio = results[1]!.median / results[2]!.median;
  console.log(`\nscaling: ${ratio.toFixed(2)}x with ${cores} workers (floor 1.8x with 2); per core ${(mbs(results[2]!.median) / cores).toFixed(2)} MB/s (floor 60 MB/s)`);
}
rmSync(dir, { recursive: true, force: true });
