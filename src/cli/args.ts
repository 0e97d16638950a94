// argv -> CliOptions, on yargs-parser (what yargs is built on, without the cost of loading yargs),
// checked as strictly as yargs did: unknown flags, choices, numbers, values left out.
import yargsParser from "yargs-parser";
import { defaultJobs } from "../batch/jobs.js";
import type { Format } from "./layout.js";
import { UsageError } from "./exit-codes.js";
import { FLAGS, SHOW_FLAGS, type Flag } from "./flags.js";
import { outputFormat } from "./output-format.js";
import { RECORD_KEYS, type RecordKey } from "../batch/record.js";

export interface CliOptions {
  files: string[];
  /** Undefined: chosen per output (see output-format.ts). */
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
  /** --guard: off (false), or the largest share of a page without an article region that may be removed; undefined: the library's default. */
  guard?: false | number;
  /** Set when asked for: a document taking longer loses its worker and gets an error record. */
  timeoutMs?: number;
  /** Set when asked for; else the cleaner's defaults. */
  maxInputChars?: number;
  maxInputLines?: number;
  /** --fields: the record keys to write besides id and status (all when undefined). */
  recordKeys?: ReadonlySet<string>;
  /** Records keep stats.ms (off by default, so that two runs write the same bytes). */
  timings: boolean;
  /** Markdown output keeps links. */
  links: boolean;
}

/** "help": --help was asked for (help.ts prints it); "version": --version and no --help. */
export type Parsed = { kind: "run"; options: CliOptions } | { kind: "help" } | { kind: "version" };

type Value = boolean | string | number | string[] | undefined;

const PARSER_OPTIONS: yargsParser.Options = {
  boolean: [...FLAGS.filter((f) => f.type === "boolean").map((f) => f.name), ...Object.keys(SHOW_FLAGS)],
  // Numbers too are read as strings and converted below, with one message per flag.
  string: FLAGS.filter((f) => f.type !== "boolean").map((f) => f.name),
  alias: Object.fromEntries([...FLAGS.filter((f) => f.alias !== undefined).map((f) => [f.name, [f.alias!]]), ...Object.entries(SHOW_FLAGS).map(([name, alias]) => [name, [alias]])]),
  configuration: {
    // Flags are spelled as declared: no camelCase or dotted variants.
    "camel-case-expansion": false,
    "dot-notation": false,
    // FILE names such as "007" or "1e3" stay as typed.
    "parse-numbers": false,
    "parse-positional-numbers": false,
    "populate--": true,
    // Left in `_`, where the strict check below finds them.
    "unknown-options-as-args": true,
  },
};

/** Every key the parser may set for a declared flag: its name and its alias. */
const KNOWN_KEYS = new Set<string>([...FLAGS.flatMap((f) => (f.alias === undefined ? [f.name] : [f.name, f.alias])), ...Object.entries(SHOW_FLAGS).flat()]);

export function parseArgs(argv: readonly string[]): Parsed {
  const parsed = yargsParser.detailed([...argv], PARSER_OPTIONS);
  if (parsed.error) throw new UsageError(parsed.error.message);
  const raw = parsed.argv as Record<string, unknown> & { _: Array<string | number>; "--"?: Array<string | number> };
  // Like yargs: asking for help or the version wins over anything else on the line.
  if (raw["help"] === true) return { kind: "help" };
  if (raw["version"] === true) return { kind: "version" };
  const unknown = raw._.map(String).filter((a) => a.startsWith("-") && a !== "-").map((a) => a.replace(/=.*$/su, ""));
  // The parser takes some misspellings for flags of their own ("--output-dir" beside --output):
  // any key it read that no flag declares is unknown too.
  for (const key of Object.keys(raw)) if (key !== "_" && key !== "--" && !KNOWN_KEYS.has(key)) unknown.push(`--${key}`);
  const values = new Map<string, Value>();
  for (const flag of FLAGS) {
    const value = raw[flag.name];
    // --no-X on a flag that takes a value.
    if (flag.type !== "boolean" && typeof value === "boolean") unknown.push(`--no-${flag.name}`);
    else values.set(flag.name, value === undefined ? flag.default : check(flag, value));
  }
  if (unknown.length > 0) throw new UsageError(`Unknown argument${unknown.length === 1 ? "" : "s"}: ${unknown.join(", ")}`);
  const files = [...raw._, ...(raw["--"] ?? [])].map(String);
  return { kind: "run", options: toOptions(files, (name) => values.get(name) as never) };
}

/** One flag's value as its type, or the UsageError saying what is wrong with it. */
function check(flag: Flag, value: unknown): Value {
  if (flag.type === "boolean") return value as boolean;
  const given = (Array.isArray(value) ? value : [value]).map(String);
  if (!flag.repeatable && given.length > 1) throw new UsageError(`--${flag.name}: given more than once`);
  for (const v of given) {
    // yargs-parser gives "" for a flag at the end of the line or followed by another flag.
    if (v === "" && !flag.optionalValue) throw new UsageError(`--${flag.name}: expected a value`);
    if (flag.choices && !flag.choices.includes(v)) throw new UsageError(`Invalid values:\n  Argument: ${flag.name}, Given: ${JSON.stringify(v)}, Choices: ${flag.choices.map((c) => JSON.stringify(c)).join(", ")}`);
  }
  if (flag.repeatable) return given;
  if (flag.type === "string") return given[0];
  const n = Number(given[0]);
  if (!Number.isInteger(n) || n <= 0) throw new UsageError(`--${flag.name}: expected a whole number${flag.unit ? ` of ${flag.unit}` : ""} above 0`);
  return n;
}

/** --fields: known record keys only, so a typo does not silently empty every record. */
function recordKeysOf(list: string): ReadonlySet<RecordKey> {
  const keys = list.split(",").map((k) => k.trim()).filter((k) => k !== "");
  const unknown = keys.filter((k) => !(RECORD_KEYS as readonly string[]).includes(k));
  if (unknown.length > 0) throw new UsageError(`--fields: no record key ${unknown.map((k) => `"${k}"`).join(", ")}; choose among ${RECORD_KEYS.join(", ")}`);
  return new Set(keys as RecordKey[]);
}

/** A checked flag's value (its default when not given). */
type Get = <T extends Value>(name: string) => T;

/** The checked flags as CliOptions, and the checks that involve several flags. */
function toOptions(files: string[], get: Get): CliOptions {
  const explain = get<boolean>("explain");
  const format = get<Exclude<Format, "explain"> | undefined>("format");
  const output = get<string | undefined>("output");
  const outDir = get<string | undefined>("out-dir");
  // The explain listing is text, so "--format text --explain" is fine; any other format is a contradiction.
  if (explain && format !== undefined && format !== "text") throw new UsageError(`--explain prints a text listing; it cannot be combined with --format ${format}`);
  const options: CliOptions = {
    files,
    format: explain ? "explain" : format,
    rulesDirs: get<string[] | undefined>("rules-dir") ?? [],
    ruleFlags: get<string[] | undefined>("rule") ?? [],
    builtin: get<boolean>("builtin-rules"),
    listRules: get<boolean>("list-rules"),
    summary: get<boolean>("summary"),
    quiet: get<boolean>("quiet"),
    inputFormat: get<boolean>("jsonl") ? "jsonl" : get<CliOptions["inputFormat"]>("input-format"),
    textField: get<string>("text-field"),
    maxLineBytes: get<number>("max-line-bytes"),
    jobs: get<number | undefined>("jobs") ?? defaultJobs(),
    unordered: get<boolean>("unordered"),
    gzip: get<boolean>("gzip") || (output?.toLowerCase().endsWith(".gz") ?? false),
    resume: get<boolean>("resume"),
    progress: get<boolean>("progress"),
    timings: get<boolean>("timings"),
    links: get<boolean>("links"),
  };
  if (output !== undefined) options.output = output;
  const stats = get<string | undefined>("stats");
  if (stats !== undefined) options.statsFile = stats;
  const rejected = get<string | undefined>("rejected");
  if (rejected !== undefined) options.rejectedFile = rejected;
  const timeoutMs = get<number | undefined>("timeout-ms");
  if (timeoutMs !== undefined) options.timeoutMs = timeoutMs;
  const maxInputChars = get<number | undefined>("max-input-chars");
  if (maxInputChars !== undefined) options.maxInputChars = maxInputChars;
  const maxInputLines = get<number | undefined>("max-input-lines");
  if (maxInputLines !== undefined) options.maxInputLines = maxInputLines;
  const fields = get<string | undefined>("fields");
  if (fields !== undefined) options.recordKeys = recordKeysOf(fields);
  const guard = get<string | undefined>("guard");
  if (guard !== undefined) options.guard = parseGuard(guard);
  const shard = get<string | undefined>("shard");
  if (shard !== undefined) {
    const m = /^(\d+)\/(\d+)$/u.exec(shard);
    if (!m || Number(m[2]) < 1 || Number(m[1]) >= Number(m[2])) throw new UsageError(`--shard: expected i/n with 0 <= i < n, e.g. 0/4 (got "${shard}")`);
    options.shard = { index: Number(m[1]), count: Number(m[2]) };
  }
  if (output !== undefined && outDir !== undefined) throw new UsageError("--output and --out-dir cannot be combined: one file, or one file per input");
  if (options.resume && output === undefined && outDir === undefined) throw new UsageError("--resume needs --output FILE or --out-dir DIR: the records of the earlier run are read from there");
  if (options.resume && output !== undefined && outputFormat(options.format, output, false) !== "jsonl") throw new UsageError("--resume with --output needs JSONL output (--format jsonl or a .jsonl[.gz] file): the ids of done records are read back");
  if (outDir !== undefined) options.outDir = outDir;
  const checkRules = get<string | undefined>("check-rules");
  if (checkRules !== undefined) options.checkRules = checkRules;
  return options;
}

/** "off" or a share between 0 and 1 ("0.95"). */
function parseGuard(value: string): false | number {
  if (value === "off") return false;
  const share = Number(value);
  if (value.trim() === "" || !Number.isFinite(share) || share < 0 || share > 1) throw new UsageError(`--guard: expected off or a share between 0 and 1, e.g. 0.95 (got "${value}")`);
  return share;
}
