// Cleaning a batch: documents stream in from src/io, each is cleaned on its own, and its record
// goes out in input order. One document's failure becomes its error record and the batch goes on.
import { extname, join, resolve } from "node:path";
import type { Cleaner } from "../index.js";
import type { InputDoc, Origin } from "../io/document.js";
import { readInputs } from "../io/read-inputs.js";
import { anyDirectory } from "../io/walk.js";
import { fileOutput, streamOutput, type Output } from "../io/write-output.js";
import { addRecord, emptyStats, formatSummary } from "../report/batch-stats.js";
import { EXTENSIONS, createLayout, type Entry, type Format, type Layout } from "../report/layout.js";
import { createProgress, silentProgress } from "../report/progress.js";
import { errorRecord, toRecord } from "../report/record.js";
import type { CliOptions } from "./args.js";
import { EXIT, UsageError, type ExitCode } from "./exit-codes.js";

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

export async function runBatch(options: CliOptions, cleaner: Cleaner, io: Streams): Promise<ExitCode> {
  const started = performance.now();
  const paths = options.files.length > 0 ? options.files : io.stdin.isTTY ? [] : ["-"];
  if (paths.length === 0) throw new UsageError("no input: name FILE, DIR or - (stdin), or pipe text in");
  const jsonlIn = options.inputFormat === "jsonl" || (options.inputFormat === "auto" && paths.some((p) => extname(p).toLowerCase() === ".jsonl"));
  const several = paths.length > 1 || jsonlIn || (await anyDirectory(paths));
  const formatFor = (manyDocs: boolean): Format => options.format ?? (manyDocs ? "jsonl" : "text");
  const say = (message: string): void => {
    if (!options.quiet) io.stderr.write(`deboil: ${message}\n`);
  };
  const stats = emptyStats();
  let failed = 0;
  const progress = io.stderr.isTTY && several && !options.quiet ? createProgress(io.stderr, started) : silentProgress;

  const stdoutTarget: Target | undefined =
    options.outDir === undefined ? { output: streamOutput(io.stdout), layout: createLayout(formatFor(several), several), written: false } : undefined;
  let fileTarget: Target | undefined;
  const claimed = new Set<string>();

  const finish = async (target: Target): Promise<void> => {
    if (!target.written) return target.output.abort();
    await target.output.write(target.layout.end());
    await target.output.commit();
  };
  /** The output for a document: stdout, or the file of its origin (opened when the origin changes). */
  const targetFor = async (origin: Origin): Promise<Target> => {
    if (stdoutTarget) return stdoutTarget;
    if (fileTarget?.origin === origin) return fileTarget;
    if (fileTarget) await finish(fileTarget);
    fileTarget = undefined;
    const format = formatFor(origin.jsonl);
    const dest = resolve(join(options.outDir!, origin.outputStem + EXTENSIONS[format]));
    if (origin.file !== undefined && dest === resolve(origin.file)) throw new Error(`${dest}: the output would overwrite its input; choose another --out-dir`);
    if (claimed.has(dest)) throw new Error(`${dest}: another input in this batch has the same output path`);
    claimed.add(dest);
    fileTarget = { origin, output: await fileOutput(dest), layout: createLayout(format, origin.jsonl), written: false };
    return fileTarget;
  };
  const emit = async (entry: Entry, origin: Origin): Promise<void> => {
    const target = await targetFor(origin);
    const chunk = target.layout.doc(entry);
    // A failed document in a text format has nothing to write: no file rather than an empty one.
    if (chunk === "" && entry.record.status === "error" && target !== stdoutTarget) return;
    if (!target.written) await target.output.write(target.layout.begin());
    target.written = true;
    await target.output.write(chunk);
  };

  if (stdoutTarget) {
    await stdoutTarget.output.write(stdoutTarget.layout.begin());
    stdoutTarget.written = true;
  }
  const inputs = readInputs(paths, { inputFormat: options.inputFormat, textField: options.textField, maxDocBytes: options.maxLineBytes, onNote: say, stdin: io.stdin });
  for await (const input of inputs) {
    const entry = clean(cleaner, input);
    addRecord(stats, entry.record);
    if (entry.record.status === "error") {
      failed++;
      const { message, line } = { ...entry.record.error, line: entry.record.line };
      const where = line !== undefined ? `${input.origin.file ?? "stdin"}:${line}` : entry.id;
      say(message.startsWith(where) ? message : `${where}: ${message}`);
    }
    try {
      await emit(entry, input.origin);
    } catch (error) {
      // Only --out-dir can fail here (stdout errors end the process in cli.ts).
      if (entry.record.status !== "error") failed++;
      say(`cannot write output for ${entry.id}: ${(error as Error).message}`);
    }
    progress.tick(stats.docs);
  }
  progress.clear();
  try {
    if (fileTarget) await finish(fileTarget);
    if (stdoutTarget) await finish(stdoutTarget);
  } catch (error) {
    failed++;
    say(`cannot write output: ${(error as Error).message}`);
  }
  if (options.summary || (several && !options.quiet)) io.stderr.write(formatSummary(stats, performance.now() - started));
  return failed > 0 ? EXIT.partial : EXIT.ok;
}

function clean(cleaner: Cleaner, input: InputDoc): Entry {
  if (input.kind === "error") return { id: input.id ?? input.origin.outputStem, record: errorRecord(input.error, input.id, input.line) };
  try {
    const result = cleaner.clean(input.url === undefined ? { text: input.text, id: input.id } : { text: input.text, id: input.id, url: input.url });
    return { id: input.id, record: toRecord(input.id, result), result, source: input.text };
  } catch (error) {
    // A library bug on one document must not cost the rest of the batch.
    return { id: input.id, record: errorRecord({ code: "internal-error", message: (error as Error).message }, input.id) };
  }
}
