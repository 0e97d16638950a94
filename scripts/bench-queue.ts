// npm run bench-queue: the queue's overhead, as the scaling of workers. The same corpus (200
// dev-set text files and a JSONL file of the dev set's texts, cut into parts) is cleaned, in
// alternating turns, by two local queue workers of --jobs 1, one of --jobs 2, a plain `deboil
// --jobs 2 --out-dir`, one queue worker of --jobs 1 and a plain `deboil --jobs 1`; each queue turn
// on a fresh queue of a private Redis on the loopback. Reports the median wall time of each (from
// the start of the processes to their exit; workers run with --until-done) and the ratios.
//   BENCH_MB=18 BENCH_RUNS=3 BENCH_PART_MB=2 node dist/scripts/bench-queue.js
import { spawn, spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { startRedis } from "../test/helpers/redis.js";
import { writeDevsetJsonl } from "./devset-jsonl.js";

const targetMb = Number(process.env["BENCH_MB"] ?? 18);
const runs = Number(process.env["BENCH_RUNS"] ?? 3);
const partMb = Number(process.env["BENCH_PART_MB"] ?? 2);
const cli = fileURLToPath(new URL("../cli.cjs", import.meta.url));
const devset = join(import.meta.dirname, "../../../shared/devset/wcxb-articles/text");

const dir = mkdtempSync(join(tmpdir(), "deboil-bench-queue-"));
const corpus = join(dir, "corpus");
mkdirSync(join(corpus, "pages"), { recursive: true });
for (const name of readdirSync(devset).filter((f) => f.endsWith(".txt")).sort().slice(0, 200)) copyFileSync(join(devset, name), join(corpus, "pages", name));
const totals = await writeDevsetJsonl(join(corpus, "big.jsonl"), (t) => t.jsonlBytes >= targetMb * 1e6);
const redis = await startRedis({ dir });

const deboil = (args: string[]): string => {
  const run = spawnSync(process.execPath, [cli, ...args], { cwd: dir, encoding: "utf8" });
  if (run.status !== 0) throw new Error(`deboil ${args.join(" ")}: ${run.stderr}`);
  return run.stdout;
};
const worker = (queue: string, jobs: number): Promise<void> =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, "queue", "work", "--redis", redis.url, "--queue", queue, "--output-dir", join(dir, `out-${queue}`), "--jobs", String(jobs), "--until-done", "--quiet"], { stdio: "inherit" });
    child.on("close", (code) => (code === 0 ? resolve() : reject(new Error(`worker exited ${code}`))));
  });

/** One setup cleaning the corpus once: its wall time in seconds. */
type Setup = { name: string; run: () => Promise<number> };
let turns = 0;
const timed = async (work: () => Promise<unknown>): Promise<number> => {
  const started = performance.now();
  await work();
  return (performance.now() - started) / 1000;
};
const queued = (workers: number, jobs: number): Setup => ({
  name: `${workers} queue worker${workers > 1 ? "s" : ""} x --jobs ${jobs}`,
  run: async () => {
    const queue = `bench-${++turns}`;
    deboil(["queue", "add", "--redis", redis.url, "--queue", queue, "--part-mb", String(partMb), "--quiet", "corpus"]);
    const seconds = await timed(() => Promise.all(Array.from({ length: workers }, () => worker(queue, jobs))));
    const status = JSON.parse(deboil(["queue", "status", "--redis", redis.url, "--queue", queue, "--json"])) as { counts: { failed: number } };
    if (status.counts.failed > 0) throw new Error(`${status.counts.failed} jobs failed`);
    deboil(["queue", "clean", "--redis", redis.url, "--queue", queue]);
    rmSync(join(dir, `out-${queue}`), { recursive: true, force: true });
    return seconds;
  },
});
const plain = (jobs: number): Setup => ({
  name: `deboil --jobs ${jobs} --out-dir (no queue)`,
  run: async () => {
    const out = join(dir, `out-plain-${++turns}`);
    const seconds = await timed(
      () =>
        new Promise<void>((resolve, reject) => {
          const child = spawn(process.execPath, [cli, "--jobs", String(jobs), "--quiet", "--out-dir", out, "corpus"], { cwd: dir, stdio: "inherit" });
          child.on("close", (code) => (code === 0 || code === 2 ? resolve() : reject(new Error(`deboil exited ${code}`))));
        }),
    );
    rmSync(out, { recursive: true, force: true });
    return seconds;
  },
});

const setups = [queued(2, 1), queued(1, 2), plain(2), queued(1, 1), plain(1)];
const times = new Map<string, number[]>(setups.map((s) => [s.name, []]));
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const inputMb = (totals.jsonlBytes + readdirSync(join(corpus, "pages")).reduce((n, f) => n + statSync(join(corpus, "pages", f)).size, 0)) / 1e6;
try {
  console.log(`corpus: 200 dev-set text files and ${(totals.jsonlBytes / 1e6).toFixed(1)} MB of JSONL (${totals.docs} documents), ${inputMb.toFixed(1)} MB in all; JSONL in parts of ${partMb} MiB; ${runs} turns of every setup, in alternation`);
  for (let i = 0; i < runs; i++) {
    for (const setup of setups) {
      const seconds = await setup.run();
      times.get(setup.name)!.push(seconds);
      console.log(`turn ${i + 1}: ${setup.name}: ${seconds.toFixed(2)} s`);
    }
  }
  const m = new Map([...times].map(([name, xs]) => [name, median(xs)]));
  for (const [name, seconds] of m) console.log(`median ${name}: ${seconds.toFixed(2)} s, ${(inputMb / seconds).toFixed(2)} MB/s`);
  const ratio = (a: Setup, b: Setup): string => (m.get(b.name)! / m.get(a.name)!).toFixed(3);
  console.log(`throughput of ${setups[0]!.name} over ${setups[1]!.name}: ${ratio(setups[0]!, setups[1]!)}; over ${setups[2]!.name}: ${ratio(setups[0]!, setups[2]!)}`);
  console.log(`throughput of ${setups[3]!.name} over ${setups[4]!.name} (the queue's own cost): ${ratio(setups[3]!, setups[4]!)}`);
} finally {
  await redis.stop();
  rmSync(dir, { recursive: true, force: true });
}
