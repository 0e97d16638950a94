// Cleaning a batch: documents stream in from src/io, are cleaned in this thread (--jobs 1, or a
// single document) or on a pool of worker threads, and their records go out in input order (or as
// they finish, --unordered). At most a few chunks per worker are in flight, so memory stays bounded
// whatever the size of the batch. One document's failure becomes its error record and the batch
// goes on; every document read gives exactly one record (or is skipped by --shard / --resume).
import { join, resolve } from "node:path";
import type { Cleaner, CleanerOptions, CleanResult } from "../index.js";
import type { BatchOutcome, RenderedOutcome } from "../batch/protocol.js";
import type { InputDoc, Origin } from "../io/document.js";
import { readInputs } from "../io/read-inputs.js";
import { anyDirectory, inputBytes, kindOfExt } from "../io/walk.js";
import { exists, fileOutput, resumableOutput, streamOutput, type Output } from "../io/write-output.js";
import { addRecord, emptyStats, formatSummary, statsJson, summarise } from "../report/batch-stats.js";
import { EXTENSIONS, createLayout, type Entry, type Format, type Layout } from "../report/layout.js";
import type { Progress } from "../report/progress.js";
import { errorRecord, toRecord, type ErrorRecord } from "../report/record.js";
import type { CliOptions } from "./args.js";
import { EXIT, UsageError, type ExitCode } from "./exit-codes.js";
import { shardOf } from "./shard.js";

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
interface Engine {
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

export async function runBatch(options: CliOptions, cleaner: Cleaner, io: Streams, catalog: CleanerOptions = {}): Promise<ExitCode> {
  const started = performance.now();
  const paths = options.files.length > 0 ? options.files : io.stdin.isTTY ? [] : ["-"];
  if (paths.length === 0) throw new UsageError("no input: name FILE, DIR or - (stdin), or pipe text in");
  const manyKinds = new Set(["jsonl", "warc"]);
  const manyIn = manyKinds.has(options.inputFormat) || (options.inputFormat === "auto" && paths.some((p) => manyKinds.has(kindOfExt(p) ?? "")));
  const several = paths.length > 1 || manyIn || (await anyDirectory(paths));
  const formatFor = (manyDocs: boolean): Format => options.format ?? (manyDocs ? "jsonl" : "text");
  const say = (message: string): void => {
    if (!options.quiet) io.stderr.write(`deboil: ${message}\n`);
  };
  const stats = emptyStats();
  let failed = 0;
  let bytesRead = 0;
  const showProgress = several && !options.quiet && (io.stderr.isTTY || options.progress);
  // The progress module loads only for a batch that shows progress.
  const progress: Progress = showProgress
    ? (await import("../report/progress.js")).createProgress(io.stderr, started, { tty: io.stderr.isTTY === true, ...(await totalBytes(paths, options)) })
    : { tick: () => {}, clear: () => {} };

  // --- outputs ---
  const gz = options.gzip ? ".gz" : "";
  let single: Target | undefined;
  const done = new Map<string, number>();
  if (options.output !== undefined) {
    const layout = createLayout(formatFor(several), several);
    let output: Output;
    try {
      if (options.resume) {
        const opened = await resumableOutput(options.output, { gzip: options.gzip });
        output = opened.output;
        for (const id of opened.done) done.set(id, (done.get(id) ?? 0) + 1);
        if (opened.done.length > 0) say(`--resume: ${opened.done.length} records already in ${options.output}`);
      } else output = await fileOutput(options.output, { gzip: options.gzip });
    } catch (error) {
      throw new UsageError(`cannot write ${options.output}: ${(error as Error).message}`);
    }
    single = { output, layout, written: false };
  } else if (options.outDir === undefined) {
    single = { output: streamOutput(io.stdout, { gzip: options.gzip }), layout: createLayout(formatFor(several), several), written: false };
  }
  let fileTarget: Target | undefined;
  const claimed = new Set<string>();
  const destOf = (origin: Origin): string => resolve(join(options.outDir!, origin.outputStem + EXTENSIONS[formatFor(origin.jsonl)] + gz));
  let rejected: Output | undefined;
  if (options.rejectedFile !== undefined) rejected = await fileOutput(options.rejectedFile).catch((error: Error) => {
    throw new UsageError(`cannot write ${options.rejectedFile}: ${error.message}`);
  });

  const finish = async (target: Target): Promise<void> => {
    if (!target.written && target !== single) return target.output.abort();
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
    if (origin.file !== undefined && dest === resolve(origin.file)) throw new Error(`${dest}: the output would overwrite its input; choose another --out-dir`);
    if (claimed.has(dest)) throw new Error(`${dest}: another input in this batch has the same output path`);
    claimed.add(dest);
    fileTarget = { origin, output: await fileOutput(dest, { gzip: options.gzip }), layout: createLayout(formatFor(origin.jsonl), origin.jsonl), written: false };
    return fileTarget;
  };
  let singleBroken = false;
  const emit = async (entry: Entry, origin: Origin): Promise<void> => {
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
      const why = r.status === "error" ? { error: r.error } : { warnings: r.warnings };
      await rejected.write(`${JSON.stringify({ id: entry.id, ...(r.status === "error" && r.line !== undefined ? { line: r.line } : {}), ...(origin.file !== undefined ? { file: origin.file } : {}), status: r.status, ...why })}\n`);
    }
    try {
      const target = await targetFor(origin);
      const chunk = target.layout.doc(entry);
      // A failed document in a text format has nothing to write: no file rather than an empty one.
      if (chunk === "" && entry.record.status === "error" && target !== single) return;
      if (!target.written) await target.output.write(target.layout.begin());
      target.written = true;
      await target.output.write(chunk);
    } catch (error) {
      stats.writeFailed++;
      if (entry.record.status !== "error") failed++;
      if (single) singleBroken = true;
      say(`cannot write output for ${entry.id}: ${(error as Error).message}`);
    }
    // Reading runs ahead of cleaning by the in-flight window: scale the bytes read to the documents done.
    progress.tick(stats.docs, stats.docsIn > 0 ? (bytesRead * (stats.docs + stats.skippedShard + stats.skippedDone)) / stats.docsIn : 0);
  };

  // --- cleaning ---
  const usePool = several && (options.jobs > 1 || options.timeoutMs !== undefined);
  // Workers write the records out themselves when every output is jsonl (see RenderedOutcome).
  const render = options.outDir === undefined ? formatFor(several) === "jsonl" : options.format === "jsonl";
  const engine = usePool ? await poolEngine(options, catalog, render) : inProcessEngine(cleaner);
  const ordered = !options.unordered || options.outDir !== undefined;

  interface Pending {
    input: InputDoc;
    promise: Promise<void>;
    entry?: Entry;
  }
  let pending: Pending[] = [];
  const submit = (input: InputDoc): void => {
    const slot: Pending = { input, promise: Promise.resolve() };
    if (input.kind === "error") slot.entry = errorEntry(input.id ?? input.origin.outputStem, errorRecord(input.error, input.id, input.line));
    else slot.promise = engine.submit(input).then((outcome) => void (slot.entry = toEntry(input, outcome)));
    pending.push(slot);
  };
  const emitReady = async (): Promise<void> => {
    if (ordered) {
      while (pending.length > 0 && pending[0]!.entry !== undefined) {
        const slot = pending.shift()!;
        await emit(slot.entry!, slot.input.origin);
      }
    } else {
      const ready = pending.filter((p) => p.entry !== undefined);
      if (ready.length === 0) return;
      pending = pending.filter((p) => p.entry === undefined);
      for (const slot of ready) await emit(slot.entry!, slot.input.origin);
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
  // Ends the read being waited for. Each read gets its own promise: racing every read against one
  // long-lived "interrupted" promise left a reaction on it per read, and each reaction kept that
  // read's document alive until the end of the batch (RSS grew by the size of the input).
  let wake: () => void = () => {};
  const onSigint = (): void => {
    if (interrupted) process.exit(EXIT.interrupted);
    interrupted = true;
    say("interrupted: finishing the documents in flight (Ctrl-C again to stop at once)");
    wake();
  };
  process.on("SIGINT", onSigint);
  // A compressed --output is flushed now and then, so a killed --resume run loses at most a second.
  const flusher = options.resume && options.gzip && single ? setInterval(() => void single!.output.flush().catch(() => {}), FLUSH_MS) : undefined;

  const skippedOrigins = new Set<Origin>();
  const skip = async (input: InputDoc): Promise<boolean> => {
    const id = input.id ?? input.origin.outputStem;
    if (options.shard && shardOf(id, options.shard.count) !== options.shard.index) {
      stats.skippedShard++;
      return true;
    }
    if (!options.resume) return false;
    if (options.outDir !== undefined) {
      if (skippedOrigins.has(input.origin)) return (stats.skippedDone++, true);
      if (fileTarget?.origin !== input.origin && !pending.some((p) => p.input.origin === input.origin) && (await exists(destOf(input.origin)))) {
        skippedOrigins.add(input.origin);
        return (stats.skippedDone++, true);
      }
      return false;
    }
    const left = done.get(id) ?? 0;
    if (left === 0) return false;
    done.set(id, left - 1);
    stats.skippedDone++;
    return true;
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
      stdin: io.stdin,
    })[Symbol.asyncIterator]();
    while (!interrupted && !singleBroken) {
      const next = await new Promise<IteratorResult<InputDoc> | undefined>((resolve, reject) => {
        wake = () => resolve(undefined);
        inputs.next().then(resolve, reject);
      });
      if (next === undefined || next.done) break;
      stats.docsIn++;
      if (await skip(next.value)) continue;
      submit(next.value);
      await emitReady();
      while (pending.length >= engine.window) await waitOne();
    }
    if (interrupted) void inputs.return(undefined).catch(() => {});
    while (pending.length > 0) await waitOne();
  } finally {
    process.off("SIGINT", onSigint);
    if (flusher) clearInterval(flusher);
    await engine.close();
    progress.clear();
  }
  try {
    if (fileTarget) await finish(fileTarget);
    if (single) await finish(single);
  } catch (error) {
    failed++;
    say(`cannot write output: ${(error as Error).message}`);
  }
  const elapsed = performance.now() - started;
  if (rejected) await rejected.commit().catch((error: Error) => say(`cannot write ${options.rejectedFile}: ${error.message}`));
  if (options.statsFile !== undefined) {
    const json = statsJson(stats, elapsed, { jobs: usePool ? options.jobs : 1, interrupted });
    try {
      const out = await fileOutput(options.statsFile);
      await out.write(`${JSON.stringify(json, null, 2)}\n`);
      await out.commit();
    } catch (error) {
      say(`cannot write ${options.statsFile}: ${(error as Error).message}`);
    }
  }
  if (options.summary || (several && !options.quiet)) io.stderr.write(formatSummary(stats, elapsed));
  if (interrupted) return EXIT.interrupted;
  return failed > 0 ? EXIT.partial : EXIT.ok;
}

function toEntry(input: Doc, outcome: Outcome): Entry {
  const source = input.text ?? input.html ?? "";
  const bytes = Buffer.byteLength(source);
  if (!outcome.ok) return { ...errorEntry(input.id, errorRecord(outcome.error, input.id, input.line)), bytes };
  if ("rendered" in outcome) {
    const { line, summary } = outcome.rendered;
    return { id: input.id, record: { id: input.id, status: summary.status }, line, summary, bytes };
  }
  const record = toRecord(input.id, outcome.result);
  const entry: Entry = { id: input.id, record, summary: summarise(record), result: outcome.result, bytes };
  // The explain view points into the text that was cleaned; for HTML that is the extracted text.
  if (input.text !== undefined) entry.source = input.text;
  return entry;
}

function errorEntry(id: string, record: ErrorRecord): Entry {
  return { id, record, summary: summarise(record) };
}

function inProcessEngine(cleaner: Cleaner): Engine {
  return {
    window: 1,
    submit: (doc) => {
      try {
        const input = doc.html !== undefined ? { html: doc.html, id: doc.id } : { text: doc.text ?? "", id: doc.id };
        return Promise.resolve({ ok: true, result: cleaner.clean(doc.url === undefined ? input : { ...input, url: doc.url }) });
      } catch (error) {
        // A library bug on one document must not cost the rest of the batch.
        return Promise.resolve({ ok: false, error: { code: "internal-error", message: (error as Error).message } });
      }
    },
    flush: () => {},
    close: async () => {},
  };
}

async function poolEngine(options: CliOptions, catalog: CleanerOptions, render: boolean): Promise<Engine> {
  // Loaded only for batches on workers: a single document never starts a thread.
  const { CleanerPool } = await import("../batch/pool.js");
  const pool = await CleanerPool.create({ jobs: options.jobs, cleaner: catalog, ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}) });
  let chunk: Array<{ doc: Doc; resolve: (o: Outcome) => void }> = [];
  let chars = 0;
  const flush = (): void => {
    if (chunk.length === 0) return;
    const sent = chunk;
    chunk = [];
    chars = 0;
    const items = sent.map(({ doc }) => (doc.html !== undefined ? { id: doc.id, html: doc.html, ...(doc.url ? { url: doc.url } : {}) } : { id: doc.id, text: doc.text ?? "", ...(doc.url ? { url: doc.url } : {}) }));
    void (render ? pool.renderChunk(items) : pool.cleanChunk(items)).then((outcomes: Array<BatchOutcome | RenderedOutcome>) =>
      outcomes.forEach((o, i) => sent[i]!.resolve(!o.ok ? { ok: false, error: o.error } : "line" in o ? { ok: true, rendered: o } : { ok: true, result: o.result })),
    );
  };
  return {
    window: pool.size * 3 * CHUNK_ITEMS,
    submit: (doc) =>
      new Promise<Outcome>((resolve) => {
        chunk.push({ doc, resolve });
        chars += (doc.text ?? doc.html ?? "").length;
        if (chunk.length >= CHUNK_ITEMS || chars >= CHUNK_CHARS) flush();
      }),
    flush,
    close: () => pool.close(),
  };
}

/** The bytes of the input files (for the progress bar's ETA), when every input is a file or folder. */
async function totalBytes(paths: readonly string[], options: CliOptions): Promise<{ totalBytes?: number }> {
  if (paths.includes("-")) return {};
  return { totalBytes: await inputBytes(paths, { inputFormat: options.inputFormat }) };
}
