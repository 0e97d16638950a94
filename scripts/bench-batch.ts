// npm run bench-batch: end-to-end text throughput of a batch through the installed command, each
// run a new process as a user starts it: JSONL in, JSONL out, full default catalog, on >= 100 MB
// of scraped text made by repeating the dev set's texts. `--jobs 1` (cleaning on the main
// thread) and `--jobs N` (N worker threads, each with its own cleaner to warm up) in turns, the
// median of several runs each, the scaling ratio, and a same-run baseline (JSONL
// read-parse-stringify-write with no cleaning, in this process).
// Where `taskset` is found (Linux), `--jobs 1` also runs confined to one core: unconfined, its
// main thread has one core and V8's compiler and collector threads the others, so `--jobs 1`
// against `--jobs N` on N cores compares N cores with N cores; confined, it is one core's figure.
// Where /proc is read (Linux), each run's CPU is also given by kind of thread (see thread-cpu.ts):
// on a machine others load, wall times drift by a third and CPU seconds hold far better.
//   BENCH_MB=100 BENCH_RUNS=3 node dist/scripts/bench-batch.js
import { spawn, spawnSync } from "node:child_process";
import { createReadStream, createWriteStream, mkdtempSync, rmSync } from "node:fs";
import { once } from "node:events";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { splitLines } from "../src/io/split-lines.js";
import { writeDevsetJsonl } from "./devset-jsonl.js";
import { canReadThreads, sumThreadCpu, ThreadCpuSampler, type ThreadCpu } from "./thread-cpu.js";

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

/** Runs the command; its CPU by kind of thread where /proc can be read. */
async function viaCli(jobs: number, oneCore = false): Promise<ThreadCpu | undefined> {
  const command = [process.execPath, cli, input, "--output", output, "--jobs", String(jobs), "--quiet"];
  if (oneCore) command.unshift("taskset", "-c", "0");
  const child = spawn(command[0]!, command.slice(1), { stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  child.stderr.setEncoding("utf8").on("data", (d: string) => void (stderr += d));
  const sampler = canReadThreads ? new ThreadCpuSampler(child.pid!) : undefined;
  const [status] = (await once(child, "exit")) as [number | null];
  sampler?.stop();
  if (status !== 0 && status !== 2) throw new Error(`deboil exited ${status}: ${stderr}`);
  return sampler ? sumThreadCpu(sampler.threads(), child.pid!, jobs) : undefined;
}

interface Measured {
  name: string;
  seconds: number[];
  median: number;
  /** Medians of the runs' CPU by kind of thread, when it was read. */
  cpu?: ThreadCpu;
}

const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Runs each contender once per round, in turns, so that a change of the machine's load falls on all of them. */
async function inTurns(contenders: ReadonlyArray<{ name: string; run: () => Promise<ThreadCpu | undefined | void> }>): Promise<Measured[]> {
  const seconds = contenders.map(() => [] as number[]);
  const cpus = contenders.map(() => [] as ThreadCpu[]);
  for (let round = 0; round < runs; round++) {
    for (const [i, c] of contenders.entries()) {
      const t = performance.now();
      const cpu = await c.run();
      seconds[i]!.push((performance.now() - t) / 1000);
      if (cpu) cpus[i]!.push(cpu);
      process.stderr.write(`  ${c.name} run ${round + 1}: ${seconds[i]!.at(-1)!.toFixed(2)} s${cpu ? `, CPU ${cpuText(cpu)}` : ""}\n`);
    }
  }
  return contenders.map((c, i) => {
    const measured: Measured = { name: c.name, seconds: seconds[i]!, median: median(seconds[i]!) };
    const runCpus = cpus[i]!;
    if (runCpus.length > 0) measured.cpu = { total: median(runCpus.map((x) => x.total)), main: median(runCpus.map((x) => x.main)), workers: median(runCpus.map((x) => x.workers)), helpers: median(runCpus.map((x) => x.helpers)) };
    return measured;
  });
}

const cpuText = (cpu: ThreadCpu): string => `${cpu.total.toFixed(2)} s (main ${cpu.main.toFixed(2)}, workers ${cpu.workers.toFixed(2)}, helpers ${cpu.helpers.toFixed(2)})`;

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
const cpuCells = (r: Measured): string => (r.cpu ? ` ${r.cpu.total.toFixed(2)} | ${r.cpu.main.toFixed(2)} | ${r.cpu.workers.toFixed(2)} | ${r.cpu.helpers.toFixed(2)} |` : " | | | |");
console.log(`| run | median s | MB/s (text) | docs/s | CPU s | main thread | workers | helper threads |`);
console.log(`| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |`);
for (const r of results) console.log(`| ${r.name} | ${r.median.toFixed(2)} | ${mbs(r.median).toFixed(2)} | ${Math.round(data.docs / r.median)} |${cpuCells(r)}`);
if (results.length > 2) {
  const ratio = results[1]!.median / results[2]!.median;
  console.log(`\nscaling: ${ratio.toFixed(2)}x with ${cores} workers; per core ${(mbs(results[2]!.median) / cores).toFixed(2)} MB/s`);
  if (results.length > 3) console.log(`against --jobs 1 on one core: ${(results[3]!.median / results[2]!.median).toFixed(2)}x with ${cores} workers on ${cores} cores`);
}
rmSync(dir, { recursive: true, force: true });
