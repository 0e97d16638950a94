// Cleaning a batch: documents stream in from src/io, are cleaned in this thread (--jobs 1, or a
// single document) or on a pool of worker threads, and their records go out in input order (or as
// they finish, --unordered). At most a few chunks per worker are in flight, so memory stays bounded
// whatever the size of the batch. One document's failure becomes its error record and the batch
// goes on; every document read gives exactly one record (or is skipped by --shard / --resume).
import { nowMs } from "../clock.js";
import { join, resolve } from "node:path";
import type { Cleaner, CleanerOptions, CleanResult } from "../index.js";
import { Chunker } from "../batch/chunks.js";
import type { CleanerPool } from "../batch/pool.js";
import type { BatchItem, BatchOutcome, RenderedOutcome } from "../batch/protocol.js";
import type { InputDoc, Origin } from "../io/document.js";
import { readInputs, type ReadOptions } from "../io/read-inputs.js";
import { anyDirectory, inputBytes, kindOfExt } from "../io/walk.js";
import { inputSpace, outDirClash, outputClash, outputsClash, type InputSpace } from "../io/overlap.js";
import { DoneRecords, Occurrences, withOccurrence } from "../io/resume-ledger.js";
import { exists, fileOutput, removeOrphans, resumableOutput, streamOutput, type Output, type Resumed } from "../io/write-output.js";
import { addRecord, emptyStats, formatSummary, statsJson, type BatchStats } from "./batch-stats.js";
import { EXTENSIONS, createLayout, type Entry, type Format, type Layout } from "./layout.js";
import type { Progress } from "./progress.js";
import { errorRecord, summarise, writtenRecord, type ErrorRecord } from "../batch/record.js";
import type { CliOptions } from "./args.js";
import { EXIT, UsageError, type ExitCode } from "./exit-codes.js";
import { outputFormat } from "./output-format.js";
import { shardKey, shardOf } from "./shard.js";

export interface Streams {
  stdin: NodeJS.ReadStream;
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
}

/** One open output and the layout of the documents in it. */
interface Target {
  origin?: Origin;
  output: Output;
  layout: Layout;
  written: boolean;
}

type Doc = Extract<InputDoc, { kind: "doc" }>;
type Outcome = { ok: true; result: CleanResult } | { ok: true; rendered: RenderedOutcome } | { ok: false; error: { code: string; message: string } };

/** Cleans documents: in this thread, or on worker threads in chunks. */
export interface Engine {
  submit(doc: Doc): Promise<Outcome>;
  /** Sends a partly filled chunk now (before waiting on it). */
  flush(): void;
  close(): Promise<void>;
  /** Documents that may be in flight before the runner waits for the oldest. */
  window: number;
}

const CHUNK_ITEMS = 32;
const CHUNK_CHARS = 1_000_000;
const FLUSH_MS = 1000;

/**
 * How a caller that runs many batches in one process (a queue worker: one batch per job) embeds
 * them: one engine shared by every batch, stops handled by the caller, and the counts handed back.
 */
export interface Embedding {
  /** Cleans the documents instead of an engine of the batch's own; not closed by the batch. */
  engine: Engine;
  /** What documents are read as: the name they are known by, a byte range of a JSONL file. */
  read?: Pick<ReadOptions, "name" | "slice">;
  /** Told the counts now and then while the batch runs, and once at its end. */
  onStats: (stats: Readonly<BatchStats>, elapsedMs: number) => void;
}

export async function runBatch(options: CliOptions, cleaner: Cleaner, io: Streams, catalog: CleanerOptions = {}, embedding?: Embedding): Promise<ExitCode> {
  const started = nowMs();
  const paths = options.files.length > 0 ? options.files : io.stdin.isTTY ? [] : ["-"];
  if (paths.length === 0) throw new UsageError("no input: name FILE, DIR or - (stdin), or pipe text in");
  const manyKinds = new Set(["jsonl", "warc"]);
  const manyIn = manyKinds.has(options.inputFormat) || (options.inputFormat === "auto" && paths.some((p) => manyKinds.has(kindOfExt(p) ?? "")));
  const several = paths.length > 1 || manyIn || (await anyDirectory(paths));
  // --output and stdout: by --format, the file name, or the kind of input; --out-dir files: by their input's kind.
  const singleFormat = outputFormat(options.format, options.output, manyIn);
  const fileFormat = (origin: Origin): Format => outputFormat(options.format, undefined, origin.jsonl);
  const say = (message: string): void => {
    if (!options.quiet) io.stderr.write(`deboil: ${message}\n`);
  };
  /** An output that failed: said even with --quiet, since records are missing from it. */
  const warn = (message: string): void => void io.stderr.write(`deboil: ${message}\n`);
  const stats = emptyStats();
  let failed = 0;
  let bytesRead = 0;
  const showProgress = several && !options.quiet && (io.stderr.isTTY || options.progress);
  // The progress module loads only for a batch that shows progress.
  const progress: Progress = showProgress
    ? (await import("./progress.js")).createProgress(io.stderr, started, { tty: io.stderr.isTTY === true, ...(await totalBytes(paths, options)) })
    : { tick: () => {}, clear: () => {} };

  // --- outputs ---
  const space = await outputSafeInputs(paths, options);
  const gz = options.gzip ? ".gz" : "";
  let single: Target | undefined;
  /** What --resume skips in --output: the documents it holds, and the count of each id read so far. */
  let singleDone: Ledger | undefined;
  const noteResumed = (dest: string, resumed: Resumed): void => {
    if (resumed.taken.length > 0) say(`--resume: took the complete records of ${resumed.taken.join(", ")} (left by a stopped or killed run) and removed ${resumed.taken.length === 1 ? "it" : "them"}`);
    if (resumed.done.size > 0) say(`--resume: ${resumed.done.size} records already in ${dest}`);
  };
  if (options.output !== undefined) {
    const layout = createLayout(singleFormat, several, options.links);
    let output: Output;
    try {
      if (options.resume) {
        const opened = await resumableOutput(options.output, { gzip: options.gzip, commitEarly: true, onNote: say });
        output = opened.output;
        singleDone = { done: opened.done, seen: new Occurrences() };
        noteResumed(options.output, opened);
      } else output = await fileOutput(options.output, { gzip: options.gzip, onNote: say });
    } catch (error) {
      throw new UsageError(`cannot write ${options.output}: ${(error as Error).message}`);
    }
    single = { output, layout, written: false };
  } else if (options.outDir === undefined) {
    single = { output: streamOutput(io.stdout, { gzip: options.gzip }), layout: createLayout(singleFormat, several, options.links), written: false };
  }
  let fileTarget: Target | undefined;
  const claimed = new Set<string>();
  const destOf = (origin: Origin): string => resolve(join(options.outDir!, origin.outputStem + EXTENSIONS[fileFormat(origin)] + gz));
  let rejected: Output | undefined;
  if (options.rejectedFile !== undefined) rejected = await fileOutput(options.rejectedFile, { onNote: say }).catch((error: Error) => {
    throw new UsageError(`cannot write ${options.rejectedFile}: ${error.message}`);
  });

  /** Ends an output: committed when complete; an incomplete --out-dir file stays temporary for --resume. */
  const finish = async (target: Target, complete = true): Promise<void> => {
    if (!target.written && target !== single) return target.output.abort();
    if (!complete) {
      await target.output.suspend();
      say(`${destOf(target.origin!)}: not complete (${target.origin!.file ?? "stdin"} was not read to its end); its records are kept for --resume`);
      return;
    }
    if (!target.written) await target.output.write(target.layout.begin());
    await target.output.write(target.layout.end());
    await target.output.commit();
  };
  /** The output for a document: stdout/--output, or the file of its origin (opened when the origin changes). */
  const targetFor = async (origin: Origin): Promise<Target> => {
    if (single) return single;
    if (fileTarget?.origin === origin) return fileTarget;
    if (fileTarget) await finish(fileTarget);
    fileTarget = undefined;
    const dest = destOf(origin);
    const clash = await outputClash(space, dest, { anyName: true, ...(origin.file !== undefined ? { alsoInput: origin.file } : {}) });
    if (clash !== undefined) throw new Error(clash);
    if (claimed.has(dest)) throw new Error(`${dest}: another input in this batch has the same output path`);
    claimed.add(dest);
    // An output --resume is carrying on was opened when the input's first document was read.
    const resumed = resumedOrigins.get(origin);
    if (resumed) {
      resumedOrigins.delete(origin);
      fileTarget = resumed;
      return resumed;
    }
    fileTarget = { origin, output: await fileOutput(dest, { gzip: options.gzip, links: "refuse" }), layout: createLayout(fileFormat(origin), origin.jsonl, options.links), written: false };
    return fileTarget;
  };
  let singleBroken = false;
  // Only an unordered --output can hold a later copy of an id before an earlier one: there each
  // record says which copy it is (see io/resume-ledger.ts).
  const tagOccurrences = options.unordered && options.output !== undefined && singleFormat === "jsonl";
  const emit = async (entry: Entry | null, origin: Origin, occurrence = 1): Promise<void> => {
    // A document --resume skipped still opens its --out-dir file, so a file all of whose records
    // were already there is committed in its turn.
    if (entry === null) return void (await targetFor(origin).catch(() => {}));
    addRecord(stats, entry.summary, entry.bytes ?? 0);
    if (entry.record.status === "error") {
      failed++;
      const { message, line } = { ...entry.record.error, line: entry.record.line };
      const where = line !== undefined ? `${origin.file ?? "stdin"}:${line}` : entry.id;
      say(message.startsWith(where) ? message : `${where}: ${message}`);
    }
    if (entry.record.status === "guarded") {
      const why = entry.record.warnings.find((w) => w.code === "guard-too-much-removed")?.message ?? "refused by the guard";
      say(`${entry.id ?? origin.file ?? "stdin"}: guarded, left unchanged: ${why}`);
    }
    if (rejected && (entry.record.status === "error" || entry.record.status === "guarded")) {
      const r = entry.record;
      const why = r.status === "error" ? { error: r.error } : { warnings: entry.result?.warnings ?? r.warnings };
      const line = `${JSON.stringify({ id: entry.id, ...(r.status === "error" && r.line !== undefined ? { line: r.line } : {}), ...(origin.file !== undefined ? { file: origin.file } : {}), status: r.status, ...why })}\n`;
      // A failure here fails the commit at the end, which reports it.
      await rejected.write(line).catch(() => {});
    }
    try {
      const target = await targetFor(origin);
      const laid = target.layout.doc(entry);
      const chunk = tagOccurrences ? withOccurrence(laid, entry.id, occurrence) : laid;
      // A failed document in a text format has nothing to write: no file rather than an empty one.
      if (chunk === "" && entry.record.status === "error" && target !== single) return;
      if (!target.written) await target.output.write(target.layout.begin());
      target.written = true;
      await target.output.write(chunk);
    } catch (error) {
      stats.writeFailed++;
      if (entry.record.status !== "error") failed++;
      // Once the one output failed, every later record fails the same way: say it once.
      if (!singleBroken) warn(`cannot write output for ${entry.id}: ${oneLine(error)}`);
      if (single) singleBroken = true;
    }
    embedding?.onStats(stats, nowMs() - started);
    // Reading runs ahead of cleaning by the in-flight window: scale the bytes read to the documents done.
    progress.tick(stats.docs, stats.docsIn > 0 ? (bytesRead * (stats.docs + stats.skippedShard + stats.skippedDone)) / stats.docsIn : 0);
  };

  // --- cleaning ---
  // A timeout can only be held on a worker, which can be stopped: a single document goes there too.
  const usePool = options.timeoutMs !== undefined || (several && options.jobs > 1);
  const jobs = several ? options.jobs : 1;
  // Workers write the records out themselves when every output is jsonl (see RenderedOutcome).
  const render = options.outDir === undefined ? singleFormat === "jsonl" : options.format === "jsonl";
  const engine = embedding?.engine ?? (usePool ? await poolEngine({ ...options, jobs }, catalog, render) : inProcessEngine(cleaner));
  const ordered = !options.unordered || options.outDir !== undefined;

  interface Pending {
    input: InputDoc;
    promise: Promise<void>;
    /** null: a document --resume skipped, kept in line only to open its --out-dir file in turn. */
    entry?: Entry | null;
    occurrence: number;
  }
  let pending: Pending[] = [];
  const submit = (input: InputDoc, occurrence: number): void => {
    const slot: Pending = { input, promise: Promise.resolve(), occurrence };
    if (input.kind === "error") slot.entry = errorEntry(input.id ?? input.origin.outputStem, errorRecord(input.error, input.id, input.line, input));
    else slot.promise = engine.submit(input).then((outcome) => void (slot.entry = toEntry(input, outcome, options.recordKeys, options.timings)));
    pending.push(slot);
  };
  const emitReady = async (): Promise<void> => {
    if (ordered) {
      while (pending.length > 0 && pending[0]!.entry !== undefined) {
        const slot = pending.shift()!;
        await emit(slot.entry!, slot.input.origin, slot.occurrence);
      }
    } else {
      const ready = pending.filter((p) => p.entry !== undefined);
      if (ready.length === 0) return;
      pending = pending.filter((p) => p.entry === undefined);
      for (const slot of ready) await emit(slot.entry!, slot.input.origin, slot.occurrence);
    }
  };
  const waitOne = async (): Promise<void> => {
    engine.flush();
    if (ordered) await pending[0]!.promise;
    else if (!pending.some((p) => p.entry !== undefined)) await Promise.race(pending.map((p) => p.promise));
    await emitReady();
  };

  // --- interruption ---
  let interrupted = false;
  let stopCode: ExitCode = EXIT.interrupted;
  // Ends the read being waited for. Each read gets its own promise: racing every read against one
  // long-lived "interrupted" promise left a reaction on it per read, and each reaction kept that
  // read's document alive until the end of the batch (RSS grew by the size of the input).
  let wake: () => void = () => {};
  // SIGTERM (kill, a job scheduler, a container stopping) is a request to stop like Ctrl-C.
  const onSignal = (signal: NodeJS.Signals): void => {
    if (interrupted) process.exit(stopCode);
    interrupted = true;
    stopCode = signal === "SIGTERM" ? EXIT.terminated : EXIT.interrupted;
    say(`${signal === "SIGTERM" ? "terminated" : "interrupted"}: finishing the documents in flight (Ctrl-C again to stop at once)`);
    wake();
  };
  // An embedded batch is stopped by its caller, which finishes the batches in flight.
  if (!embedding) {
    process.on("SIGINT", onSignal);
    process.on("SIGTERM", onSignal);
  }
  // A compressed --output is flushed now and then, so a killed --resume run loses at most a second.
  const flusher = options.resume && options.gzip && single ? setInterval(() => void single!.output.flush().catch(() => {}), FLUSH_MS) : undefined;

  const skippedOrigins = new Set<Origin>();
  let lastOrigin: Origin | undefined;
  /** Whether a document is skipped (--shard, --resume); if not, which copy of its id it is. A skipped
   *  document of an --out-dir file being carried on keeps a slot, so that file is finished in turn. */
  const skip = async (input: InputDoc): Promise<{ skipped: true; slot: boolean } | { skipped: false; occurrence: number }> => {
    const id = input.id ?? input.origin.outputStem;
    if (options.shard && shardOf(shardKey(input), options.shard.count) !== options.shard.index) {
      stats.skippedShard++;
      return { skipped: true, slot: false };
    }
    let ledger = singleDone;
    if (options.resume && options.outDir !== undefined) {
      if (input.origin !== lastOrigin) {
        lastOrigin = input.origin;
        if (await resumeOrigin(input.origin)) skippedOrigins.add(input.origin);
      }
      if (skippedOrigins.has(input.origin)) return (stats.skippedDone++, { skipped: true, slot: false });
      ledger = originDone.get(input.origin);
    }
    const occurrence = ledger && (tagOccurrences || ledger.done.hasId(id)) ? ledger.seen.next(id) : tagOccurrences ? taggedSeen.next(id) : 1;
    if (!ledger?.done.has(id, occurrence)) return { skipped: false, occurrence };
    stats.skippedDone++;
    return { skipped: true, slot: originDone.has(input.origin) };
  };
  const taggedSeen = new Occurrences();
  const originDone = new Map<Origin, Ledger>();
  const resumedOrigins = new Map<Origin, Target>();
  /**
   * --resume with --out-dir, at the first document of an input: true when its output file is
   * there (finished). Otherwise the complete records that stopped or killed runs left in
   * temporary files are taken into a new temporary output, and those documents are skipped.
   */
  const resumeOrigin = async (origin: Origin): Promise<boolean> => {
    const dest = destOf(origin);
    if (await exists(dest)) {
      const removed = await removeOrphans(dest);
      if (removed.length > 0) say(`--resume: ${dest} is complete; removed ${removed.join(", ")} left by a stopped or killed run`);
      return true;
    }
    if (fileFormat(origin) !== "jsonl" || !origin.jsonl) {
      // Only JSONL records say which documents they hold: anything else is written again.
      const removed = await removeOrphans(dest);
      if (removed.length > 0) say(`--resume: removed ${removed.join(", ")} left by a stopped or killed run; ${origin.file ?? "stdin"} is cleaned again`);
      return false;
    }
    const resumed = await resumableOutput(dest, { gzip: options.gzip, commitEarly: false, links: "refuse" });
    noteResumed(dest, resumed);
    if (resumed.done.size === 0 && resumed.taken.length === 0) {
      await resumed.output.abort();
      return false;
    }
    originDone.set(origin, { done: resumed.done, seen: new Occurrences() });
    resumedOrigins.set(origin, { origin, output: resumed.output, layout: createLayout("jsonl", true), written: true });
    return false;
  };

  try {
    if (single) {
      await single.output.write(single.layout.begin());
      single.written = true;
    }
    const inputs = readInputs(paths, {
      inputFormat: options.inputFormat,
      textField: options.textField,
      maxDocBytes: options.maxLineBytes,
      onNote: say,
      onBytes: (n) => void (bytesRead += n),
      onSkip: (reason) => void (stats.skippedInput[reason] = (stats.skippedInput[reason] ?? 0) + 1),
      get stdin() {
        return io.stdin;
      },
      ...embedding?.read,
    })[Symbol.asyncIterator]();
    while (!interrupted && !singleBroken) {
      const next = await new Promise<IteratorResult<InputDoc> | undefined>((resolve, reject) => {
        wake = () => resolve(undefined);
        inputs.next().then(resolve, reject);
      });
      if (next === undefined || next.done) break;
      stats.docsIn++;
      const verdict = await skip(next.value);
      if (!verdict.skipped) submit(next.value, verdict.occurrence);
      else if (verdict.slot) pending.push({ input: next.value, promise: Promise.resolve(), entry: null, occurrence: 0 });
      else continue;
      await emitReady();
      while (pending.length >= engine.window) await waitOne();
    }
    while (pending.length > 0) await waitOne();
    // The output failed: the rest of the input is read only to count what was not cleaned.
    while (singleBroken && !interrupted) {
      const next = await new Promise<IteratorResult<InputDoc> | undefined>((resolve, reject) => {
        wake = () => resolve(undefined);
        inputs.next().then(resolve, reject);
      });
      if (next === undefined || next.done) break;
      stats.docsIn++;
      stats.notCleaned++;
    }
    if (interrupted) void inputs.return(undefined).catch(() => {});
  } finally {
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
    if (flusher) clearInterval(flusher);
    if (!embedding) await engine.close();
    progress.clear();
  }
  for (const target of [fileTarget, single]) {
    if (!target) continue;
    try {
      // Stopped early, a JSONL input's file may miss its last records: it is not committed.
      await finish(target, !(interrupted && target !== single && target.origin?.jsonl));
    } catch (error) {
      failed++;
      warn(`cannot write ${target === single ? (options.output ?? "standard output") : destOf(target.origin!)}: ${oneLine(error)}`);
      if (target === single && options.output !== undefined) {
        // Cleaning them again costs more than their bytes: they are kept for a --resume run.
        await target.output.suspend().catch(() => {});
        warn(`the records written before the failure are ${options.resume ? `in ${options.output}` : "kept in a temporary file beside it"}; free space and rerun with --resume to carry on from them`);
      } else await target.output.abort();
    }
  }
  const elapsed = nowMs() - started;
  embedding?.onStats(stats, elapsed);
  if (rejected) {
    await rejected.commit().catch(async (error: Error) => {
      failed++;
      await rejected!.abort();
      warn(`cannot write ${options.rejectedFile}: ${oneLine(error)}`);
    });
  }
  if (options.statsFile !== undefined) {
    const json = statsJson(stats, elapsed, { jobs: usePool ? jobs : 1, interrupted });
    let out: Output | undefined;
    try {
      out = await fileOutput(options.statsFile, { onNote: say });
      await out.write(`${JSON.stringify(json, null, 2)}\n`);
      await out.commit();
    } catch (error) {
      failed++;
      await out?.abort();
      warn(`cannot write ${options.statsFile}: ${oneLine(error)}`);
    }
  }
  // After a failed output the summary is the account of what was written and what was not.
  if (options.summary || (several && !options.quiet) || stats.writeFailed > 0) io.stderr.write(formatSummary(stats, elapsed));
  if (interrupted) return stopCode;
  return failed > 0 ? EXIT.partial : EXIT.ok;
}

/** What a --resume skips in one output: the documents it holds, and how often each id was read. */
interface Ledger {
  done: DoneRecords;
  seen: Occurrences;
}

/** An error as one line: a file-system error's message, without a stack. */
function oneLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split("\n")[0]!;
}

function toEntry(input: Doc, outcome: Outcome, keys: ReadonlySet<string> | undefined, timings: boolean): Entry {
  const source = input.text ?? input.html ?? "";
  const bytes = Buffer.byteLength(source);
  if (!outcome.ok) return { ...errorEntry(input.id, errorRecord(outcome.error, input.id, input.line, input)), bytes };
  if ("rendered" in outcome) {
    const { line, summary } = outcome.rendered;
    return { id: input.id, record: { id: input.id, status: summary.status }, line, summary, bytes };
  }
  const { record, summary } = writtenRecord(input.id, outcome.result, input, { timings, keys });
  const entry: Entry = { id: input.id, record, summary, result: outcome.result, bytes };
  // The explain view points into the text that was cleaned; for HTML that is the extracted text.
  if (input.text !== undefined) entry.source = input.text;
  return entry;
}

function errorEntry(id: string, record: ErrorRecord): Entry {
  return { id, record, summary: summarise(record) };
}

/** What a document read from the inputs is cleaned as, in this thread or on a worker. */
function itemOf(doc: Doc): BatchItem {
  return { id: doc.id, ...(doc.html !== undefined ? { html: doc.html } : { text: doc.text ?? "" }), ...(doc.url ? { url: doc.url } : {}), ...(doc.inputFields ? { inputFields: doc.inputFields } : {}), ...(doc.warnings ? { warnings: doc.warnings } : {}) };
}

function inProcessEngine(cleaner: Cleaner): Engine {
  return {
    window: 1,
    submit: (doc) => {
      try {
        return Promise.resolve({ ok: true, result: cleaner.clean(itemOf(doc)) });
      } catch (error) {
        // A library bug on one document must not cost the rest of the batch.
        return Promise.resolve({ ok: false, error: { code: "internal-error", message: (error as Error).message } });
      }
    },
    flush: () => {},
    close: async () => {},
  };
}

/** Engines on one set of cleaning threads (or on this thread, for --jobs 1), for callers that
 *  run many batches of the same rules: one engine per way of returning records. */
export interface SharedEngines {
  /** The engine for batches of this format and these record keys. */
  engineFor(format: Format | undefined, keys: ReadonlySet<string> | undefined): Engine;
  close(): Promise<void>;
}

export async function sharedEngines(options: CliOptions, cleaner: Cleaner, catalog: CleanerOptions): Promise<SharedEngines> {
  if (options.jobs <= 1) {
    const engine = inProcessEngine(cleaner);
    return { engineFor: () => engine, close: async () => {} };
  }
  const pool = await startPool(options, catalog);
  const engines = new Map<string, Engine>();
  return {
    engineFor: (format, keys) => {
      const render = format === "jsonl";
      const key = JSON.stringify([render, keys === undefined ? null : [...keys].sort()]);
      let engine = engines.get(key);
      if (!engine) engines.set(key, (engine = engineOn(pool, render, keys)));
      return engine;
    },
    close: () => pool.close(),
  };
}

async function startPool(options: CliOptions, catalog: CleanerOptions): Promise<CleanerPool> {
  // Loaded only for batches on workers: a single document never starts a thread.
  const { CleanerPool } = await import("../batch/pool.js");
  return CleanerPool.create({ jobs: options.jobs, cleaner: catalog, timings: options.timings, ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}) });
}

async function poolEngine(options: CliOptions, catalog: CleanerOptions, render: boolean): Promise<Engine> {
  return engineOn(await startPool(options, catalog), render, options.recordKeys);
}

/** Documents cleaned on the pool's threads in chunks; `render`: returned as finished JSONL lines. */
function engineOn(pool: CleanerPool, render: boolean, recordKeys: ReadonlySet<string> | undefined): Engine {
  const keys = recordKeys === undefined ? {} : { keys: recordKeys };
  const chunker = new Chunker<BatchItem, BatchOutcome | RenderedOutcome>((items) => (render ? pool.renderChunk(items, keys) : pool.cleanChunk(items)), { items: CHUNK_ITEMS, chars: CHUNK_CHARS });
  return {
    window: pool.size * 3 * CHUNK_ITEMS,
    submit: (doc) =>
      chunker
        .add(itemOf(doc))
        .then((o): Outcome => (!o.ok ? { ok: false, error: o.error } : "line" in o ? { ok: true, rendered: o } : { ok: true, result: o.result })),
    flush: () => chunker.flush(),
    close: () => pool.close(),
  };
}

/**
 * Where the inputs are, for the output files to keep clear of (nothing to look up when every
 * output goes to stdout). An output folder or file that would overwrite or feed the inputs is bad usage.
 */
async function outputSafeInputs(paths: readonly string[], options: CliOptions): Promise<InputSpace> {
  const named = [
    { flag: "--output", path: options.output },
    { flag: "--stats", path: options.statsFile },
    { flag: "--rejected", path: options.rejectedFile },
  ].filter((o): o is { flag: string; path: string } => o.path !== undefined);
  if (named.length === 0 && options.outDir === undefined) return { files: new Set(), dirs: [] };
  const space = await inputSpace(paths);
  const problems = [options.outDir !== undefined ? await outDirClash(space, options.outDir) : undefined];
  for (const { path } of named) problems.push(await outputClash(space, path, { anyName: false }));
  problems.push(await outputsClash(named, options.outDir));
  const first = problems.find((p) => p !== undefined);
  if (first !== undefined) throw new UsageError(first);
  return space;
}

/** The bytes of the input files (for the progress bar's ETA), when every input is a file or folder. */
async function totalBytes(paths: readonly string[], options: CliOptions): Promise<{ totalBytes?: number }> {
  if (paths.includes("-")) return {};
  return { totalBytes: await inputBytes(paths, { inputFormat: options.inputFormat }) };
}
