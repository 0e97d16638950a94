// Stopping and resuming the real command, for npm run soak-resume and its short version in the
// test suite: a mixed corpus (JSONL with repeated ids, gzip, text files, hostile files), one
// reference run, then runs stopped by SIGINT or SIGKILL once their output has grown by a random
// share, each followed by a --resume run, until one finishes. Every input document must then be
// in the outputs exactly once: the same records (by output file and id) as the reference run.
import { spawn } from "node:child_process";
import { once } from "node:events";
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";

const CLI = join(import.meta.dirname, "../cli.cjs");

export interface CorpusSize {
  jsonlDocs: number;
  textFiles: number;
}

/** A small deterministic random source (mulberry32), so a failing soak can be run again. */
export function randomSource(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const para = (n: number, random: () => number): string =>
  `The council approved budget ${n} on Monday after a long debate about the cost of the bridge, said ${["the mayor", "a spokesman", "residents", "the auditor"][Math.floor(random() * 4)]}.`;
const article = (n: number, random: () => number): string => {
  const paragraphs = Array.from({ length: 2 + Math.floor(random() * 6) }, (_, k) => para(n * 10 + k, random));
  return `${paragraphs.join("\n\n")}\n\nShare this article\n\nSource: Reuters\n`;
};

/** Writes the corpus under `dir`/in and returns the number of input documents it holds. */
export function writeMixedCorpus(dir: string, size: CorpusSize, random: () => number): string {
  const root = join(dir, "in");
  mkdirSync(join(root, "t"), { recursive: true });
  // Every 25th record repeats the id before it, with another text: --resume must tell the copies apart.
  const line = (i: number, prefix: string): string => JSON.stringify({ id: `${prefix}${i % 25 === 24 ? i - 1 : i}`, text: article(i, random) });
  const half = Math.ceil(size.jsonlDocs / 2);
  writeFileSync(join(root, "docs.jsonl"), Array.from({ length: half }, (_, i) => `${line(i, "a")}\n`).join(""));
  writeFileSync(join(root, "more.jsonl.gz"), gzipSync(Array.from({ length: size.jsonlDocs - half }, (_, i) => `${line(i, "b")}\n`).join("")));
  for (let i = 0; i < size.textFiles; i++) writeFileSync(join(root, "t", `${String(i).padStart(4, "0")}.txt`), article(100_000 + i, random));
  // Hostile files: each still gives one record per document.
  writeFileSync(join(root, "binary.txt"), Buffer.from(Array.from({ length: 4096 }, () => Math.floor(random() * 256))));
  writeFileSync(join(root, "empty.txt"), "");
  writeFileSync(join(root, "latin1.txt"), Buffer.concat([Buffer.from(article(7, random)), Buffer.from([0xe9, 0x74, 0xe9, 0x0a])]));
  const huge = JSON.stringify({ id: "huge", text: `${"word ".repeat(300_000)}\n` });
  writeFileSync(join(root, "huge-line.jsonl"), `${line(1, "h")}\n${huge}\n${line(2, "h")}\n`);
  const whole = gzipSync(Array.from({ length: 60 }, (_, i) => `${line(i, "c")}\n`).join(""));
  writeFileSync(join(root, "cut.jsonl.gz"), whole.subarray(0, Math.floor(whole.length * 0.6)));
  return root;
}

/** The limit the corpus's huge line is over. */
export const MAX_LINE_BYTES = 1_000_000;

export type Mode = "output" | "out-dir";

/** The command's arguments for a mode: where it writes, and how. */
export function argsFor(mode: Mode, input: string, target: string, extra: readonly string[]): string[] {
  const where = mode === "output" ? ["--output", join(target, "out.jsonl"), "--unordered"] : ["--out-dir", target, "--format", "jsonl"];
  return [input, ...where, "--max-line-bytes", String(MAX_LINE_BYTES), "-q", ...extra];
}

/** Every record under `target` (temporary files left aside), as "output file › id" keys. */
export function recordKeys(target: string): string[] {
  const keys: string[] = [];
  const visit = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) visit(path);
      else if (!entry.name.endsWith(".tmp")) {
        const raw = readFileSync(path);
        const text = (path.endsWith(".gz") ? gunzipSync(raw) : raw).toString("utf8");
        for (const l of text.split("\n")) if (l !== "") keys.push(`${relative(target, path)} › ${(JSON.parse(l) as { id: string }).id}`);
      }
    }
  };
  visit(target);
  return keys.sort();
}

/**
 * How far a run has got: the bytes under `dir`, counting for each output the largest of its file
 * and its temporary files, so copying an earlier run's records into a new file does not count.
 */
export function bytesUnder(dir: string): number {
  const largest = new Map<string, number>();
  const visit = (d: string): void => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) visit(path);
      else {
        const output = path.replace(/\.\d+\.[0-9a-z]+\.tmp$/u, "");
        largest.set(output, Math.max(largest.get(output) ?? 0, statSync(path, { throwIfNoEntry: false })?.size ?? 0));
      }
    }
  };
  try {
    visit(dir);
  } catch {
    // A file renamed while the folder was read: counted next time.
  }
  return [...largest.values()].reduce((a, b) => a + b, 0);
}

export interface RunOutcome {
  code: number | null;
  signal: NodeJS.Signals | null;
  /** Whether the signal was sent before the run ended by itself. */
  stopped: boolean;
  peakRssMb: number;
  stderr: string;
}

/**
 * Runs the command; with `stop`, sends that signal once the bytes under `target` have grown by
 * `afterBytes`. Samples the resident memory of the process (its workers are threads of it).
 */
export async function runCommand(args: readonly string[], cwd: string, target: string, stop?: { signal: NodeJS.Signals; afterBytes: number }): Promise<RunOutcome> {
  const child = spawn(process.execPath, [CLI, ...args], { cwd, stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
  let peakRssMb = 0;
  let stopped = false;
  let running = true;
  const from = bytesUnder(target);
  const watch = setInterval(() => {
    if (!running) return;
    const kb = /VmRSS:\s+(\d+)/u.exec(readStatus(child.pid!))?.[1];
    if (kb !== undefined) peakRssMb = Math.max(peakRssMb, Number(kb) / 1024);
    if (stop && !stopped && bytesUnder(target) - from >= stop.afterBytes) {
      stopped = true;
      child.kill(stop.signal);
    }
  }, 20);
  const [code, signal] = (await once(child, "exit")) as [number | null, NodeJS.Signals | null];
  running = false;
  clearInterval(watch);
  return { code, signal, stopped, peakRssMb, stderr };
}

function readStatus(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/status`, "utf8");
  } catch {
    return "";
  }
}

export interface Scenario {
  /** Records of the run that was never stopped. */
  reference: string[];
  /** Records after the stopped runs and the --resume runs that followed. */
  resumed: string[];
  runs: Array<RunOutcome & { resume: boolean; sent?: NodeJS.Signals }>;
}

/**
 * One reference run into `dir`/ref-MODE, then into `dir`/MODE a first run and a --resume run
 * after each stop, each stopped by the next of `stops` once its output has grown by a random
 * share (between `shares`) of the reference output, and a last --resume run to the end.
 */
export async function killAndResume(dir: string, mode: Mode, stops: readonly NodeJS.Signals[], random: () => number, extra: readonly string[] = [], shares: [number, number] = [0.05, 0.5]): Promise<Scenario> {
  const input = "in";
  const refTarget = join(dir, `ref-${mode}`);
  const target = join(dir, mode);
  mkdirSync(refTarget, { recursive: true });
  mkdirSync(target, { recursive: true });
  const runs: Scenario["runs"] = [];
  const reference = await runCommand(argsFor(mode, input, refTarget, extra), dir, refTarget);
  runs.push({ ...reference, resume: false });
  const size = bytesUnder(refTarget);
  for (const [i, signal] of [...stops, undefined].entries()) {
    const resume = i > 0;
    const args = argsFor(mode, input, target, resume ? [...extra, "--resume"] : extra);
    const stop = signal === undefined ? undefined : { signal, afterBytes: Math.max(1, Math.floor(size * (shares[0] + random() * (shares[1] - shares[0])))) };
    const run = await runCommand(args, dir, target, stop);
    runs.push({ ...run, resume, ...(signal !== undefined ? { sent: signal } : {}) });
  }
  return { reference: recordKeys(refTarget), resumed: recordKeys(target), runs };
}

/** The keys in `a` and not in `b` (as multisets), for a readable failure. */
export function missingFrom(a: readonly string[], b: readonly string[]): string[] {
  const left = new Map<string, number>();
  for (const k of b) left.set(k, (left.get(k) ?? 0) + 1);
  const out: string[] = [];
  for (const k of a) {
    const n = left.get(k) ?? 0;
    if (n === 0) out.push(k);
    else left.set(k, n - 1);
  }
  return out;
}
