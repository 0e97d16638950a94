// The queue tests' tools: the command run as real processes (workers side by side), a corpus made
// in a temporary folder, and the outputs of a queue run read back for comparison with `deboil`.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { gunzipSync } from "node:zlib";
import { cliPath } from "../cli/harness.js";

let queues = 0;
/** A queue name no other test (or test run) uses. */
export const queueName = (): string => `t${process.pid}-${++queues}`;

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function deboil(args: readonly string[], cwd: string): Run {
  const run = spawnSync(process.execPath, [cliPath, ...args], { cwd, encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

export interface Running {
  child: ChildProcess;
  /** What it printed on stderr so far. */
  stderr(): string;
  done: Promise<Run>;
}

/** Starts `deboil ARGS` and returns at once. */
export function start(args: readonly string[], cwd: string): Running {
  const child = spawn(process.execPath, [cliPath, ...args], { cwd, stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout!.on("data", (d) => void (stdout += String(d)));
  child.stderr!.on("data", (d) => void (stderr += String(d)));
  const done = new Promise<Run>((resolve) => child.on("close", (status) => resolve({ status, stdout, stderr })));
  return { child, stderr: () => stderr, done };
}

export interface Status {
  counts: { waiting: number; active: number; delayed: number; done: number; failed: number };
  documents: number;
  failed: Array<{ id: string; output: string; reason: string }>;
}

export function queueStatus(redis: string, queue: string, cwd: string): Status {
  const run = deboil(["queue", "status", "--redis", redis, "--queue", queue, "--json"], cwd);
  if (run.status !== 0) throw new Error(`queue status failed: ${run.stderr}`);
  return JSON.parse(run.stdout) as Status;
}

export async function waitFor(what: string, test: () => boolean, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!test()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Resolves with the run, or rejects after `ms` (and kills the process). */
export async function within(running: Running, ms: number, what: string): Promise<Run> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      running.child.kill("SIGKILL");
      reject(new Error(`${what} did not finish within ${ms} ms; stderr:\n${running.stderr()}`));
    }, ms);
  });
  try {
    return await Promise.race([running.done, late]);
  } finally {
    clearTimeout(timer);
  }
}

const WORDS = "the council met on day to discuss budget for coming year in some detail with many words about river town people school road market after storm".split(" ");

/** A deterministic pseudo-random article: menu, paragraphs of prose, a share line. */
function article(seed: number, paragraphs: number): string {
  let s = seed * 7919 + 1;
  const next = (): number => (s = (s * 1103515245 + 12345) & 0x7fffffff);
  const out = ["Home | News | Sport | Contact"];
  for (let p = 0; p < paragraphs; p++) out.push(`${Array.from({ length: 40 + (next() % 40) }, () => WORDS[next() % WORDS.length]).join(" ")}.`);
  out.push("Share this article", "Cookie policy | Privacy");
  return out.join("\n\n");
}

/**
 * `files` text files in a few folders, and JSONL files of about the given sizes in MB (each with a
 * record of bad JSON and records without ids now and then, whose ids then come from their line).
 */
export function makeCorpus(dir: string, options: { files: number; jsonlMb: number[] }): { documents: number } {
  let documents = 0;
  for (let i = 0; i < options.files; i++) {
    const sub = join(dir, `part${i % 4}`);
    mkdirSync(sub, { recursive: true });
    writeFileSync(join(sub, `page${String(i).padStart(4, "0")}.txt`), `${article(i, 1 + (i % 4))}\n`);
    documents++;
  }
  options.jsonlMb.forEach((mb, f) => {
    const lines: string[] = [];
    let size = 0;
    for (let i = 0; size < mb * 1e6; i++) {
      const line = i % 997 === 5 ? "{not json" : JSON.stringify(i % 5 === 0 ? { text: article(f * 1e6 + i, 5), url: `https://example.org/${i}` } : { id: `f${f}-${i}`, text: article(f * 1e6 + i, 5) });
      lines.push(line);
      size += line.length + 1;
      documents++;
    }
    writeFileSync(join(dir, `big${f}.jsonl`), `${lines.join("\n")}\n`);
  });
  return { documents };
}

/** Every file under `dir`, relative and "/"-separated. */
export function filesUnder(dir: string): string[] {
  const out: string[] = [];
  const visit = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) visit(join(d, e.name));
      else out.push(relative(dir, join(d, e.name)).split("\\").join("/"));
    }
  };
  visit(dir);
  return out.sort();
}

/**
 * The outputs of a run as input file -> its records or text: the parts of a JSONL file
 * (NAME.partK-of-N.jsonl) are joined as NAME.jsonl, and records are sorted by id (then by line),
 * as the union of outputs written on several machines is compared with a single run.
 */
export function outputsByInput(dir: string): Map<string, string[]> {
  const byInput = new Map<string, string[]>();
  for (const file of filesUnder(dir)) {
    const input = file.replace(/\.part\d+-of-\d+(\.[a-z]+(?:\.gz)?)$/u, "$1");
    const bytes = readFileSync(join(dir, file));
    const text = (file.endsWith(".gz") ? gunzipSync(bytes) : bytes).toString("utf8");
    const pieces = /\.jsonl(?:\.gz)?$/u.test(file) ? text.split("\n").filter((l) => l !== "") : [text];
    byInput.set(input, [...(byInput.get(input) ?? []), ...pieces]);
  }
  for (const pieces of byInput.values()) pieces.sort(byIdThenText);
  return byInput;
}

function byIdThenText(a: string, b: string): number {
  const ia = /^\{"id":("(?:[^"\\]|\\.)*")/u.exec(a)?.[1] ?? a;
  const ib = /^\{"id":("(?:[^"\\]|\\.)*")/u.exec(b)?.[1] ?? b;
  return ia < ib ? -1 : ia > ib ? 1 : a < b ? -1 : a > b ? 1 : 0;
}
