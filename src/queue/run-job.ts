// One job, cleaned with the batch core the command uses (cli/run-batch.ts), as `deboil --output
// FILE` would clean that one input: read with the job's settings, written to a temporary file and
// renamed when complete (gzip when asked), so a job that is retried, even after its worker was
// killed mid-write, never leaves half a file or a second copy.
import { join } from "node:path";
import { PassThrough, Writable } from "node:stream";
import type { Cleaner, CleanerOptions } from "../cleaner.js";
import type { BatchStats } from "../cli/batch-stats.js";
import type { CliOptions } from "../cli/args.js";
import { runBatch, type SharedEngines } from "../cli/run-batch.js";
import { EXIT } from "../cli/exit-codes.js";
import { inputProblem } from "../io/queue-files.js";
import { removeOrphans } from "../io/write-output.js";
import type { CleanSettings, JobPayload } from "./payload.js";

/** What cleans a job's documents; one per set of rules, shared by the jobs of a worker. */
export interface Cleaning {
  cleaner: Cleaner;
  catalog: CleanerOptions;
  engines: SharedEngines;
}

/** A job's result, kept by BullMQ with the job: what `queue status` adds up. */
export interface JobResult {
  /** The output file, relative to the output folder. */
  output: string;
  documents: number;
  ok: number;
  empty: number;
  guarded: number;
  /** Documents that got an error record (a bad JSONL line, a document too large). */
  failed: number;
  charsIn: number;
  charsRemoved: number;
  /** UTF-8 bytes of the documents cleaned. */
  bytesIn: number;
  /** Removals by rule id. */
  rules: Record<string, number>;
  seconds: number;
}

/** The job cannot be done as it stands (its input is gone): retrying it would fail the same way. */
export class InputProblem extends Error {
  override name = "InputProblem";
}

/** The command-line options a `deboil` run of this job would have had. */
export function cliOptionsOf(clean: CleanSettings, jobs: number): CliOptions {
  const options: CliOptions = {
    files: [],
    format: clean.format,
    rulesDirs: clean.rulesDirs,
    ruleFlags: clean.ruleFlags,
    builtin: clean.builtin,
    listRules: false,
    summary: false,
    quiet: true,
    inputFormat: "auto",
    textField: clean.textField,
    maxLineBytes: clean.maxLineBytes,
    jobs,
    unordered: false,
    gzip: clean.gzip,
    resume: false,
    progress: false,
    timings: clean.timings,
    links: clean.links ?? false,
  };
  if (clean.guard !== undefined) options.guard = clean.guard;
  if (clean.maxInputChars !== undefined) options.maxInputChars = clean.maxInputChars;
  if (clean.maxInputLines !== undefined) options.maxInputLines = clean.maxInputLines;
  if (clean.fields !== undefined) options.recordKeys = new Set(clean.fields);
  return options;
}

export async function runJob(payload: JobPayload, outputDir: string, cleaning: Cleaning, jobs: number, onProgress: (stats: Readonly<BatchStats>) => void): Promise<JobResult> {
  const problem = await inputProblem(payload.input, payload.part?.end ?? 0);
  if (problem !== undefined) throw new InputProblem(problem);
  const dest = join(outputDir, ...payload.output.split("/"));
  const options: CliOptions = { ...cliOptionsOf(payload.clean, jobs), files: [payload.input], output: dest, inputFormat: payload.kind };
  // With --quiet, all a batch says is that an output failed: the job then fails, with that reason.
  const said: string[] = [];
  const stderr = new Writable({ write: (chunk: Buffer, _encoding, done) => void (said.push(String(chunk)), done()) });
  const io = { stdin: new PassThrough() as unknown as NodeJS.ReadStream, stdout: process.stdout, stderr: stderr as unknown as NodeJS.WriteStream };
  let last: { stats: Readonly<BatchStats>; elapsed: number } | undefined;
  const read = { name: payload.name, ...(payload.part ? { slice: { start: payload.part.start, end: payload.part.end, firstLine: payload.part.firstLine } } : {}) };
  const code = await runBatch(options, cleaning.cleaner, io, cleaning.catalog, {
    engine: cleaning.engines.engineFor(options.format, options.recordKeys),
    read,
    onStats: (stats, elapsed) => {
      last = { stats, elapsed };
      onProgress(stats);
    },
  });
  if (said.length > 0 || (code !== EXIT.ok && code !== EXIT.partial) || last === undefined || last.stats.writeFailed > 0) {
    throw new Error(said.join("").replace(/^deboil: /gmu, "").trim() || `the batch ended with exit code ${code}`);
  }
  // Temporary files of this output left by a worker that was killed while writing it.
  await removeOrphans(dest);
  const { stats, elapsed } = last;
  const n = (status: string): number => stats.byStatus[status] ?? 0;
  return {
    output: payload.output,
    documents: stats.docs,
    ok: n("ok"),
    empty: n("empty"),
    guarded: n("guarded"),
    failed: n("error"),
    charsIn: stats.charsIn,
    charsRemoved: stats.charsRemoved,
    bytesIn: stats.bytesIn,
    rules: { ...stats.removalsByRule },
    seconds: Number((elapsed / 1000).toFixed(3)),
  };
}
