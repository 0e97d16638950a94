// Old build against new on the text path, in one process, for changes too small for the VM's
// drift between runs: both cleaners clean the same 80-page chunks of the dev set in alternating
// order, and CPU time is summed per build. The build loaded first runs faster (up to ~10% here),
// so the comparison runs twice in fresh processes, once in each load order, and reports the
// geometric mean of the two ratios.
// With --processes N, each build runs alone in N fresh processes instead, in turns (old, new, old,
// new...): a process cleans the dev set four times and reports the median CPU of its three warm
// rounds, and the ratio is of the builds' medians. No load order to correct for, so it separates
// changes of a few percent that the one-process comparison's two orders blur; it takes longer.
// With --instructions, each build cleans every fourth dev text twice under valgrind's callgrind,
// which counts the instructions the process runs: a figure other processes' load does not change.
// Node runs with --single-threaded there, so that V8 compiles and collects on the main thread
// (with its compiler threads the count depends on when the optimized code arrives), with
// --predictable and --predictable-gc-schedule (no decisions by the clock, a fixed heap growth), a
// fixed --random-seed, and every build loaded through one link path. About two fifths of the count
// is V8 compiling (code and regexes) as the run warms up: a change that moves when a function is
// optimized moves the count by a few per cent, so read small ratios with care. `--rounds N` (N > 2)
// also counts runs of N rounds and prints what the rounds past the second took, warm code alone.
// Usage: npm run build && node dist/scripts/compare-builds.js --old DIR [--rounds N] [--processes N | --instructions [--rounds N]]
//   DIR is another checkout, built (it must have DIR/dist/src/index.js).
import { spawnSync } from "node:child_process";
import { rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { readDevTexts } from "./dev-texts.js";

const { values: args } = parseArgs({
  options: {
    old: { type: "string" },
    // Rounds of each ordered comparison (default 3); with --instructions, rounds counted (default 2).
    rounds: { type: "string" },
    processes: { type: "string" },
    // Internal: one ordered comparison in this process.
    first: { type: "string" },
    second: { type: "string" },
    // Internal: one build's warm rounds in this process.
    alone: { type: "string" },
    instructions: { type: "boolean", default: false },
    // Internal: the counted run of one build.
    counted: { type: "string" },
    devset: { type: "string", default: join(import.meta.dirname, "../../../shared/devset/wcxb-articles") },
  },
});
const here = resolve(import.meta.dirname, "../..");
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const cpuMs = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

/** A cleaner of the built checkout `dir`. */
async function cleanerOf(dir: string): Promise<{ clean: (t: string) => unknown }> {
  return (await import(pathToFileURL(join(dir, "dist/src/index.js")).href)).createCleaner();
}

/** Cleans the dev set with both builds for `rounds` rounds; prints the median of second/first CPU time. */
async function ordered(first: string, second: string, rounds: number): Promise<void> {
  const builds = [await cleanerOf(first), await cleanerOf(second)];
  const texts = readDevTexts(join(args.devset!, "text"));
  const chunks: string[][] = [];
  for (let i = 0; i < texts.length; i += 80) chunks.push(texts.slice(i, i + 80));
  for (const b of builds) for (const t of texts.slice(0, 200)) b.clean(t); // warm-up
  const ratios: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const spent = [0, 0];
    chunks.forEach((chunk, c) => {
      for (const k of (r + c) % 2 === 0 ? [0, 1] : [1, 0]) {
        const started = cpuMs();
        for (const t of chunk) builds[k]!.clean(t);
        spent[k]! += cpuMs() - started;
      }
    });
    ratios.push(spent[1]! / spent[0]!);
  }
  console.log(median(ratios));
}

/** Cleans the dev set four times with one build; prints the median CPU time of the warm rounds. */
async function alone(dir: string): Promise<void> {
  const cleaner = await cleanerOf(dir);
  const texts = readDevTexts(join(args.devset!, "text"));
  const warm: number[] = [];
  for (let round = 0; round < 4; round++) {
    const started = cpuMs();
    for (const t of texts) cleaner.clean(t);
    if (round > 0) warm.push(cpuMs() - started);
  }
  console.log(median(warm));
}

/** Each build alone in `count` fresh processes, in turns; prints both medians and their ratio. */
function inProcesses(old: string, count: number): void {
  const spent: Record<"old" | "new", number[]> = { old: [], new: [] };
  for (let i = 0; i < count; i++) {
    for (const [name, dir] of [["old", old], ["new", here]] as const) {
      const child = spawnSync(process.execPath, [process.argv[1]!, "--alone", dir, "--devset", args.devset!], { encoding: "utf8" });
      if (child.status !== 0) throw new Error(child.stderr);
      spent[name].push(Number(child.stdout.trim()));
    }
  }
  const ratio = median(spent.new) / median(spent.old);
  const ms = (xs: number[]): string => xs.map((x) => x.toFixed(0)).join(", ");
  console.log(`CPU a warm round, each build alone in ${count} processes: old ${ms(spent.old)} ms; new ${ms(spent.new)} ms`);
  console.log(`median ${ratio.toFixed(3)}: the new build takes ${ratio <= 1 ? `${(1 / ratio).toFixed(2)}x less CPU than the old one` : `${ratio.toFixed(2)}x the old one's CPU`}`);
}

/** Cleans every fourth dev text `rounds` times with one build (the run callgrind counts). */
async function counted(dir: string, rounds: number): Promise<void> {
  const cleaner = await cleanerOf(dir);
  const texts = readDevTexts(join(args.devset!, "text")).filter((_, i) => i % 4 === 0);
  for (let round = 0; round < rounds; round++) for (const t of texts) cleaner.clean(t);
}

/** The instructions one build's counted run takes, by callgrind's count. Every build is counted
 *  through one link path: the modules' paths alone moved a build's count by several per cent
 *  (they change the heap's layout, and with it when V8 optimizes). */
function instructionsOf(dir: string, rounds: number): number {
  const link = join(tmpdir(), `deboil-counted-build-${process.pid}`);
  rmSync(link, { force: true });
  symlinkSync(dir, link, "dir");
  try {
    const node = [process.execPath, "--preserve-symlinks", "--single-threaded", "--predictable", "--predictable-gc-schedule", "--random-seed=1"];
    const child = spawnSync("valgrind", ["--tool=callgrind", "--callgrind-out-file=/dev/null", ...node, process.argv[1]!, "--counted", link, "--rounds", String(rounds), "--devset", args.devset!], { encoding: "utf8" });
    if (child.error !== undefined) throw new Error(`--instructions needs valgrind on the PATH: ${child.error.message}`);
    const total = /Collected\s*:\s*(\d+)/.exec(child.stderr);
    if (child.status !== 0 || total === null) throw new Error(child.stderr);
    return Number(total[1]);
  } finally {
    rmSync(link, { force: true });
  }
}

/** The counted run of both builds, cleaning twice; with `rounds` over 2, also the run of that
 *  many rounds, and what its rounds past the second took: about two fifths of the first count is
 *  V8 compiling as it warms up, so a change to what warm code does shows fully only there. */
function byInstructions(old: string, rounds: number): void {
  const g = (n: number): string => `${(n / 1e9).toFixed(3)}G`;
  const counts = { old: instructionsOf(old, 2), new: instructionsOf(here, 2) };
  console.log(`instructions, every fourth dev text cleaned twice: old ${g(counts.old)}, new ${g(counts.new)}`);
  console.log(`ratio ${(counts.new / counts.old).toFixed(3)}`);
  if (rounds <= 2) return;
  const warm = { old: instructionsOf(old, rounds) - counts.old, new: instructionsOf(here, rounds) - counts.new };
  console.log(`rounds 3-${rounds} (warm): old ${g(warm.old)}, new ${g(warm.new)}`);
  console.log(`warm ratio ${(warm.new / warm.old).toFixed(3)}`);
}

if (args.alone !== undefined) await alone(args.alone);
else if (args.counted !== undefined) await counted(args.counted, Number(args.rounds ?? 2));
else if (args.instructions) {
  if (args.old === undefined) throw new Error("usage: compare-builds --old DIR --instructions");
  byInstructions(resolve(args.old), Number(args.rounds ?? 2));
}
else if (args.first !== undefined && args.second !== undefined) await ordered(args.first, args.second, Number(args.rounds ?? 3));
else if (args.processes !== undefined) {
  if (args.old === undefined) throw new Error("usage: compare-builds --old DIR --processes N");
  inProcesses(resolve(args.old), Number(args.processes));
} else {
  if (args.old === undefined) throw new Error("usage: compare-builds --old DIR [--rounds N]");
  const old = resolve(args.old);
  const run = (first: string, second: string): number => {
    const child = spawnSync(process.execPath, [process.argv[1]!, "--first", first, "--second", second, "--rounds", args.rounds ?? "3", "--devset", args.devset!], { encoding: "utf8" });
    if (child.status !== 0) throw new Error(child.stderr);
    return Number(child.stdout.trim());
  };
  const newFirst = 1 / run(here, old); // old/new with new loaded first, as new/old
  const newSecond = run(old, here); // new/old with new loaded second
  const mean = Math.sqrt(newFirst * newSecond);
  console.log(`new build's CPU time as a share of the old one's: ${newFirst.toFixed(3)} (new loaded first), ${newSecond.toFixed(3)} (new loaded second)`);
  const verdict = mean <= 1 ? `${(1 / mean).toFixed(2)}x less CPU than the old one` : `${mean.toFixed(2)}x the old one's CPU`;
  console.log(`geometric mean ${mean.toFixed(3)}: the new build takes ${verdict}`);
}
