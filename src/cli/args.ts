// argv -> CliOptions. Every flag is declared here, and --help is generated from these declarations.
import { availableParallelism } from "node:os";
import yargs from "yargs";
import { FORMATS, type Format } from "../report/layout.js";
import { UsageError } from "./exit-codes.js";

export interface CliOptions {
  files: string[];
  /** Undefined: chosen per output (text for one document, jsonl for several). */
  format?: Format;
  rulesDirs: string[];
  ruleFlags: string[];
  builtin: boolean;
  outDir?: string;
  /** Undefined: not asked; "": check the whole catalog; else the folder to check. */
  checkRules?: string;
  listRules: boolean;
  summary: boolean;
  quiet: boolean;
  inputFormat: "auto" | "text" | "jsonl" | "html" | "warc";
  textField: string;
  maxLineBytes: number;
  /** Worker threads; 1 cleans in this thread. */
  jobs: number;
  unordered: boolean;
  /** One output file for every record (.gz: compressed). */
  output?: string;
  gzip: boolean;
  shard?: { index: number; count: number };
  resume: boolean;
  progress: boolean;
  statsFile?: string;
  rejectedFile?: string;
  /** Set when asked for: a document taking longer loses its worker and gets an error record. */
  timeoutMs?: number;
}

export type Parsed = { kind: "run"; options: CliOptions } | { kind: "shown" };

const EPILOGUE = `Inputs:
  FILE   a text file is one document; a .jsonl file one {"id", "text"|"html", "url"?} per line;
         .html/.htm is one page (charset from the page); .warc/.wet one document per HTML response
         or WET text record; any of them may be gzip-compressed (.gz; found by magic bytes)
  DIR    walked recursively for those files (others are skipped with a note)
  -      standard input (also read when no FILE is given and stdin is not a terminal)
  Blank JSONL lines are skipped; every other line gives exactly one output record.

Batches:
  --jobs N cleans on N worker threads (default: all cores; 1 cleans in-process). Records come out
  in input order, or as they finish with --unordered (each keyed by its id). A document that hangs
  (--timeout-ms) or crashes its worker gets an error record; the rest of the batch goes on.
  --shard i/n keeps the documents whose id (a file's path, a record's id) hashes to i of n.
  --resume with --output FILE.jsonl[.gz]: records are written as they finish, and a rerun skips the
  ids already in FILE; with --out-dir it skips inputs whose output file exists. Ctrl-C (SIGINT)
  finishes the documents in flight, closes the outputs and exits 130; rerun with --resume.
  --stats FILE writes the summary as JSON; --rejected FILE lists failed and guarded documents.

Output formats (--format):
  text      the clean text; several documents each get a "==> id <==" header
  markdown  the title as "# ", detected sub-headings as "## ", paragraphs as they are
  json      one pretty object per document; several documents make one array
  jsonl     one record per line, in input order, one per input (the default for several documents)
  records are {id, status, text, metadata, removed, warnings, stats, reports?}; an input that cannot
  be read or is not text gives {id, line?, status: "error", error: {code, message}}.
  --explain lists the document with every removed piece, its rule, reason and line:col.
  The default is text when an output holds one document and jsonl when it holds several.
  --out-dir writes one file per input at the same relative path, with the format's extension.

Exit codes:
  0  every document was cleaned (or --check-rules passed)
  1  bad usage or bad rules (the message names the file and key); nothing was cleaned
  2  some inputs failed (error records / messages on stderr); the others were written
  130 interrupted (SIGINT): the records finished so far were written`;

function wholeNumber(value: number, flag: string): number {
  if (!Number.isInteger(value) || value <= 0) throw new UsageError(`${flag}: expected a whole number above 0`);
  return value;
}

export function parseArgs(argv: readonly string[], version: string): Parsed {
  const parser = yargs([...argv])
    .scriptName("deboil")
    .usage("Usage: deboil [options] [FILE|DIR|-]...\n\nStrip boilerplate from scraped article text with declarative rules.")
    .option("format", { alias: "f", choices: FORMATS.filter((f) => f !== "explain"), describe: "output format (see below)" })
    .option("explain", { type: "boolean", default: false, describe: "annotated listing of what was removed and why" })
    .option("out-dir", { alias: "o", type: "string", describe: "write one output file per input under DIR" })
    .option("output", { type: "string", describe: "write every record to FILE (atomically; .gz compresses)" })
    .option("gzip", { type: "boolean", default: false, describe: "gzip the output (stdout, --output, or each --out-dir file)" })
    .option("jobs", { alias: "j", type: "number", describe: "worker threads (default: all cores; 1: in-process)" })
    .option("unordered", { type: "boolean", default: false, describe: "write records as they finish, not in input order" })
    .option("shard", { type: "string", describe: "i/n: clean only the documents whose id hashes to shard i of n (0-based)" })
    .option("resume", { type: "boolean", default: false, describe: "skip documents already in --output / --out-dir; write as they finish" })
    .option("timeout-ms", { type: "number", describe: "longest one document may take (runs on a worker even with --jobs 1)" })
    .option("progress", { type: "boolean", default: false, describe: "progress lines on stderr even when it is not a terminal" })
    .option("stats", { type: "string", describe: "write the batch summary to FILE as JSON" })
    .option("rejected", { type: "string", describe: "write failed and guarded documents to FILE as JSONL" })
    .option("input-format", { choices: ["auto", "text", "jsonl", "html", "warc"] as const, default: "auto" as const, describe: "how to read inputs (auto: by extension)" })
    .option("jsonl", { type: "boolean", default: false, describe: "same as --input-format jsonl" })
    .option("text-field", { type: "string", default: "text", describe: "JSONL field holding the text" })
    .option("max-line-bytes", { type: "number", default: 64 * 1024 * 1024, describe: "largest accepted document (a JSONL line or a text file), in bytes" })
    // Not `array: true`: that would swallow the FILEs after the flag. Repeating the flag collects.
    .option("rules-dir", { type: "string", describe: "extra folder of rule files (repeatable)" })
    .option("rule", { type: "string", describe: "ID=off|report|on: switch a rule (repeatable)" })
    .option("builtin-rules", { type: "boolean", default: true, describe: "load the built-in rules (--no-builtin-rules to skip)" })
    .option("list-rules", { type: "boolean", default: false, describe: "list the active rules: id, zone, action, mode, summary" })
    .option("check-rules", { type: "string", describe: "[DIR] run every rule's examples and the catalog checks" })
    .option("summary", { type: "boolean", default: false, describe: "print batch totals on stderr (default when several documents)" })
    .option("quiet", { alias: "q", type: "boolean", default: false, describe: "no notes, progress or default summary on stderr" })
    .strictOptions()
    .version(version)
    .help()
    .alias("help", "h")
    .alias("version", "V")
    .epilogue(EPILOGUE)
    .wrap(Math.min(110, process.stdout.columns || 100))
    .exitProcess(false)
    .fail((message, error) => {
      throw new UsageError(message || error?.message || "bad usage");
    });
  const args = parser.parseSync();
  // With exitProcess(false), yargs prints --help/--version itself and returns: nothing more to do.
  if (args["help"] === true || args["version"] === true) return { kind: "shown" };
  const maxLineBytes = args["max-line-bytes"];
  if (!Number.isInteger(maxLineBytes) || maxLineBytes <= 0) throw new UsageError("--max-line-bytes: expected a whole number of bytes above 0");
  // The explain listing is text, so "--format text --explain" is fine; any other format is a contradiction.
  if (args.explain && args.format !== undefined && args.format !== "text") throw new UsageError(`--explain prints a text listing; it cannot be combined with --format ${args.format}`);
  const options: CliOptions = {
    files: args._.map(String),
    format: args.explain ? "explain" : args.format,
    rulesDirs: list(args["rules-dir"]),
    ruleFlags: list(args.rule),
    builtin: args["builtin-rules"],
    listRules: args["list-rules"],
    summary: args.summary,
    quiet: args.quiet,
    inputFormat: args.jsonl ? "jsonl" : args["input-format"],
    textField: args["text-field"],
    maxLineBytes,
    jobs: wholeNumber(args.jobs ?? availableParallelism(), "--jobs"),
    unordered: args.unordered,
    gzip: args.gzip || (args.output?.toLowerCase().endsWith(".gz") ?? false),
    resume: args.resume,
    progress: args.progress,
  };
  if (args.output !== undefined) options.output = args.output;
  if (args.stats !== undefined) options.statsFile = args.stats;
  if (args.rejected !== undefined) options.rejectedFile = args.rejected;
  if (args["timeout-ms"] !== undefined) options.timeoutMs = wholeNumber(args["timeout-ms"], "--timeout-ms");
  if (args.shard !== undefined) {
    const m = /^(\d+)\/(\d+)$/u.exec(args.shard);
    if (!m || Number(m[2]) < 1 || Number(m[1]) >= Number(m[2])) throw new UsageError(`--shard: expected i/n with 0 <= i < n, e.g. 0/4 (got "${args.shard}")`);
    options.shard = { index: Number(m[1]), count: Number(m[2]) };
  }
  if (options.output !== undefined && args["out-dir"] !== undefined) throw new UsageError("--output and --out-dir cannot be combined: one file, or one file per input");
  if (options.resume && options.output === undefined && args["out-dir"] === undefined) throw new UsageError("--resume needs --output FILE or --out-dir DIR: the records of the earlier run are read from there");
  if (options.resume && options.output !== undefined && (options.format ?? "jsonl") !== "jsonl") throw new UsageError("--resume with --output needs --format jsonl (the ids of done records are read back)");
  if (args["out-dir"] !== undefined) options.outDir = args["out-dir"];
  if (args["check-rules"] !== undefined) options.checkRules = args["check-rules"];
  return { kind: "run", options };
}

const list = (value: string | string[] | undefined): string[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);
