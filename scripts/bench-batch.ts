// npm run bench-batch: end-to-end text throughput of a batch through the installed command, each
// run a new process as a user starts it: JSONL in, JSONL out, full default catalog, on >= 100 MB
// of scraped text made by repeating the dev set's texts. `--jobs 1` (cleaning on the main
// thread) and `--jobs N` (N worker threads, each with its own cleaner to warm up) in turns, the
// median of several runs each, the scaling ratio, and a same-run baseline (JSONL
// read-parse-stringify-write with no cleaning, in this process).
// Where `taskset` is found (Linux), `--jobs 1` also runs confined to one core: unconfined, its
// main thread has one core and V8's compiler and collector threads the others, so `--jobs 1`
// against `--jobs N` on N cores compares N cores with N cores; confined, it is one core's figure.
//   BENCH_MB=100 BENCH_RUNS=3 node dist/scripts/bench-batch.js
import { spawnSync } from "node:child_process";
import { createReadStream, createWriteStream, mkdtempSync, rmSync } from "node:fs";
import { once } from "node:events";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
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

const cli = fileURLToPath(new URL("../cli.cjs", import.meta.url));

async function viaCli(jobs: number, oneCore = false): Promise<void> {
  const command = [process.execPath, cli, input, "--output", output, "--jobs", String(jobs), "--quiet"];
  if (oneCore) command.unshift("taskset", "-c", "0");
  const run = spawnSync(command[0]!, command.slice(1), { encoding: "utf8" });
  if (run.status !== 0 && run.status !== 2) throw new Error(`deboil exited ${run.status}: ${run.stderr}`);
}

interface Measured {
  name: string;
  seconds: number[];
  median: number;
}

const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Runs each contender once per round, in turns, so that a change of the machine's load falls on all of them. */
async function inTurns(contenders: ReadonlyArray<{ name: string; run: () => Promise<void> }>): Promise<Measured[]> {
  const seconds = contenders.map(() => [] as number[]);
  for (let round = 0; round < runs; round++) {
    for (const [i, c] of contenders.entries()) {
      const t = performance.now();
      await c.run();
      seconds[i]!.push((performance.now() - t) / 1000);
      process.stderr.write(`  ${c.name} run ${round + 1}: ${seconds[i]!.at(-1)!.toFixed(2)} s\n`);
    }
  }
  return contenders.map((c, i) => ({ name: c.name, seconds: seconds[i]!, median: median(seconds[i]!) }));
}

const canConfine = process.platform === "linux" && spawnSync("taskset", ["-c", "0", "true"]).status === 0;
const data = await writeDevsetJsonl(input, (t) => t.textBytes >= targetMb * 1e6);
process.stderr.write(`deboil bench-batch: ${data.docs} documents, ${(data.textBytes / 1e6).toFixed(1)} MB of text (${(data.jsonlBytes / 1e6).toFixed(1)} MB JSONL), ${runs} runs each, ${cores} cores\n`);
const results = await inTurns([
  { name: "baseline (no cleaning)", run: baseline },
  { name: "deboil --jobs 1", run: () => viaCli(1) },
  ...(cores > 1 ? [{ name: `deboil --jobs ${cores}`, run: () => viaCli(cores) }] : []),
  ...(cores > 1 && canConfine ? [{ name: "deboil --jobs 1, one core", run: () => viaCli(1, true) }] : []),
]);
const mbs = (s: number): number => data.textBytes / 1e6 / s;
console.log(`| run | median s | MB/s (text) | docs/s |`);
console.log(`| --- | ---: | ---: | ---: |`);
for (const r of results) console.log(`| ${r.name} | ${r.median.toFixed(2)} | ${mbs(r.median).toFixed(2)} | ${Math.round(data.docs / r.median)} |`);
if (results.length > 2) {
  const ratio = results[1]!.median / results[2]!.median;
  console.log(`\nscaling: ${ratio.toFixed(2)}x with ${cores} workers; per core ${(mbs(results[2]!.median) / cores).toFixed(2)} MB/s`);
  if (results.length > 3) console.log(`against --jobs 1 on one core: ${(results[3]!.median / results[2]!.median).toFixed(2)}x with ${cores} workers on ${cores} cores`);
}
rmSync(dir, { recursive: true, force: true });
