// argv -> CliOptions. Every flag is declared here, and --help is generated from these declarations.
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
  inputFormat: "auto" | "text" | "jsonl";
  textField: string;
  maxLineBytes: number;
}

export type Parsed = { kind: "run"; options: CliOptions } | { kind: "shown" };

const EPILOGUE = `Inputs:
  FILE   a text file is one document; a .jsonl file holds one {"id", "text", "url"?} per line
  DIR    walked recursively for .txt and .jsonl files (others are skipped with a note)
  -      standard input (also read when no FILE is given and stdin is not a terminal)
  Blank JSONL lines are skipped; every other line gives exactly one output record.

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
  2  some inputs failed (error records / messages on stderr); the others were written`;

export function parseArgs(argv: readonly string[], version: string): Parsed {
  const parser = yargs([...argv])
    .scriptName("deboil")
    .usage("Usage: deboil [options] [FILE|DIR|-]...\n\nStrip boilerplate from scraped article text with declarative rules.")
    .option("format", { alias: "f", choices: FORMATS.filter((f) => f !== "explain"), describe: "output format (see below)" })
    .option("explain", { type: "boolean", default: false, describe: "annotated listing of what was removed and why" })
    .option("out-dir", { alias: "o", type: "string", describe: "write one output file per input under DIR" })
    .option("input-format", { choices: ["auto", "text", "jsonl"] as const, default: "auto" as const, describe: "how to read inputs (auto: .jsonl files as JSONL)" })
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
  };
  if (args["out-dir"] !== undefined) options.outDir = args["out-dir"];
  if (args["check-rules"] !== undefined) options.checkRules = args["check-rules"];
  return { kind: "run", options };
}

const list = (value: string | string[] | undefined): string[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);
