// npm run soak-batch: memory of a large JSONL batch through the real command. Writes a JSONL file
// of SOAK_MB megabytes (default 2000) by repeating the dev set's scraped texts, runs
// `deboil FILE --output OUT --jobs SOAK_JOBS` as a child process, and samples its resident memory
// (VmRSS: the workers are threads of that process) every second. Prints the peak RSS in each
// tenth of the run: a flat profile means memory does not grow with the size of the batch.
//   SOAK_MB=2000 SOAK_JOBS=2 node dist/scripts/soak-batch.js
import { spawn } from "node:child_process";
import { once } from "node:events";
import { createReadStream, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { writeDevsetJsonl } from "./devset-jsonl.js";

const CLI = join(import.meta.dirname, "../cli.cjs");
const targetMb = Number(process.env["SOAK_MB"] ?? 2000);
const jobs = Number(process.env["SOAK_JOBS"] ?? availableParallelism());
const dir = mkdtempSync(join(tmpdir(), "deboil-soak-batch-"));
const input = join(dir, "in.jsonl");
const output = join(dir, "out.jsonl");

function rssMb(pid: number): number | undefined {
  try {
    const kb = /VmRSS:\s+(\d+)/u.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1];
    return kb === undefined ? undefined : Number(kb) / 1024;
  } catch {
    return undefined;
  }
}

const { docs, jsonlBytes: bytes } = await writeDevsetJsonl(input, (t) => t.jsonlBytes >= targetMb * 1e6);
process.stderr.write(`deboil soak-batch: ${docs} documents, ${(bytes / 1e6).toFixed(0)} MB of JSONL, --jobs ${jobs}\n`);
const started = performance.now();
const child = spawn(process.execPath, [CLI, input, "--output", output, "--jobs", String(jobs), "--quiet"], { stdio: ["ignore", "ignore", "inherit"] });
const samples: Array<{ s: number; mb: number }> = [];
const timer = setInterval(() => {
  const mb = rssMb(child.pid!);
  if (mb !== undefined) samples.push({ s: (performance.now() - started) / 1000, mb });
}, 1000);
const [code] = (await once(child, "exit")) as [number | null];
clearInterval(timer);
const seconds = (performance.now() - started) / 1000;
const tenths = Array.from({ length: 10 }, (_, k) => samples.filter((x) => x.s >= (k * seconds) / 10 && x.s < ((k + 1) * seconds) / 10));
console.log(`peak RSS per tenth of the run (MB): ${tenths.map((t) => (t.length === 0 ? "-" : Math.round(Math.max(...t.map((x) => x.mb))))).join(", ")}`);
console.log(`peak RSS: ${Math.round(Math.max(...samples.map((x) => x.mb)))} MB`);
// The output is larger than the input (records carry the removed pieces): count its lines as a stream.
let outLines = 0;
for await (const chunk of createReadStream(output) as AsyncIterable<Buffer>) for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) outLines++;
console.log(`exit ${code}; ${outLines} records for ${docs} documents; ${seconds.toFixed(0)} s, ${(bytes / 1e6 / seconds).toFixed(2)} MB/s of JSONL`);
rmSync(dir, { recursive: true, force: true });
if (code !== 0 || outLines !== docs) process.exitCode = 1;
