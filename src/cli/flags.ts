// Every command-line flag, declared once. This table drives both the parse of every run (args.ts,
// on yargs-parser) and the --help text (help.ts, on yargs, loaded only when help is asked for).
import { INPUT_LIMITS } from "../limits.js";
import { FORMATS } from "./layout.js";

export interface Flag {
  /** The long name, without dashes: "out-dir". */
  name: string;
  /** One letter: "-o". */
  alias?: string;
  /** "number": a whole number above 0 (every number flag counts something). */
  type: "boolean" | "string" | "number";
  /** What a number flag counts, for its error message: "bytes". */
  unit?: string;
  choices?: readonly string[];
  default?: boolean | string | number;
  describe: string;
  /** Repeating the flag collects its values into a list. */
  repeatable?: true;
  /** May be given bare (--check-rules [DIR]): the value is then "". */
  optionalValue?: true;
}

export const FLAGS: readonly Flag[] = [
  { name: "format", alias: "f", type: "string", choices: FORMATS.filter((f) => f !== "explain"), describe: "output format (see below)" },
  { name: "links", type: "boolean", default: false, describe: "markdown output keeps links as [text](href)" },
  { name: "explain", type: "boolean", default: false, describe: "annotated listing of what was removed and why" },
  { name: "out-dir", alias: "o", type: "string", describe: "write one output file per input under DIR" },
  { name: "output", type: "string", describe: "write every record to FILE (atomically; .gz compresses; a device or FIFO is written in place)" },
  { name: "gzip", type: "boolean", default: false, describe: "gzip the output (stdout, --output, or each --out-dir file)" },
  { name: "jobs", alias: "j", type: "number", describe: "worker threads (default: all cores; 1: in-process)" },
  { name: "unordered", type: "boolean", default: false, describe: "write records as they finish, not in input order" },
  { name: "shard", type: "string", describe: "i/n: clean only the documents whose id hashes to shard i of n (0-based)" },
  { name: "resume", type: "boolean", default: false, describe: "skip documents already in --output / --out-dir; write as they finish" },
  { name: "timeout-ms", type: "number", describe: "longest one document may take (runs on a worker even with --jobs 1)" },
  { name: "progress", type: "boolean", default: false, describe: "progress lines on stderr even when it is not a terminal" },
  { name: "stats", type: "string", describe: "write the batch summary to FILE as JSON" },
  { name: "rejected", type: "string", describe: "write failed and guarded documents to FILE as JSONL" },
  { name: "fields", type: "string", describe: "KEY,...: what json/jsonl records carry besides id and status (url, inputFields, text, metadata, metadataFrom, removed, warnings, stats, reports, extractor, pageType, pageTypeFrom, domRemovals; default all)" },
  { name: "input-format", type: "string", choices: ["auto", "text", "jsonl", "html", "warc"], default: "auto", describe: "how to read inputs (auto: by extension)" },
  { name: "jsonl", type: "boolean", default: false, describe: "same as --input-format jsonl" },
  { name: "text-field", type: "string", default: "text", describe: "JSONL field holding the text" },
  { name: "max-input-chars", type: "number", unit: "characters", describe: `longest document cleaned; a longer one gets an input-too-large error record (default ${INPUT_LIMITS.maxInputChars})` },
  { name: "max-input-lines", type: "number", unit: "lines", describe: `most lines of a document cleaned (memory grows with lines); more: an input-too-large record (default ${INPUT_LIMITS.maxInputLines})` },
  { name: "max-line-bytes", type: "number", unit: "bytes", default: 64 * 1024 * 1024, describe: "largest accepted document (a JSONL line, a file, stdin or a FIFO: reading stops there), in bytes" },
  { name: "rules-dir", type: "string", repeatable: true, describe: "extra folder of rule files (repeatable)" },
  { name: "rule", type: "string", repeatable: true, describe: "ID=off|report|on: switch a rule (repeatable)" },
  { name: "builtin-rules", type: "boolean", default: true, describe: "load the built-in rules (--no-builtin-rules to skip)" },
  { name: "guard", type: "string", describe: "off, or the largest share (0..1) of a page without an article region the rules may remove (default 0.9)" },
  { name: "list-rules", type: "boolean", default: false, describe: "list the active rules: id, zone, action, mode, summary" },
  { name: "check-rules", type: "string", optionalValue: true, describe: "[DIR] run every rule's examples and the catalog checks" },
  { name: "timings", type: "boolean", default: false, describe: "keep each document's cleaning time (stats.ms) in json/jsonl records" },
  { name: "summary", type: "boolean", default: false, describe: "print batch totals on stderr (default when several documents)" },
  { name: "quiet", alias: "q", type: "boolean", default: false, describe: "no notes, progress or default summary on stderr" },
];

/** Flags that print something instead of cleaning; yargs writes their help lines and their output. */
export const SHOW_FLAGS = { help: "h", version: "V" } as const;
