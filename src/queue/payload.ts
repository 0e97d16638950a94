// What a queue job says: clean this input (or this part of a JSONL file) with these settings into
// this output file. A job is plain JSON in Redis, where anyone can edit it: a worker reads it
// through readPayload, which names the first thing wrong instead of cleaning something else.
import { isAbsolute } from "node:path";
import type { InputKind } from "../io/walk.js";
import { FORMATS, type Format } from "../cli/layout.js";
import { RECORD_KEYS } from "../batch/record.js";

/** How every worker cleans a job alike: the cleaning flags of `deboil queue add`. */
export interface CleanSettings {
  format: Format;
  gzip: boolean;
  textField: string;
  maxLineBytes: number;
  /** Absolute paths, so a worker started anywhere finds them. */
  rulesDirs: string[];
  /** ID=off|report|on, as --rule takes them. */
  ruleFlags: string[];
  builtin: boolean;
  /** false: off; a share: the largest share the guard lets go; absent: the library's default. */
  guard?: false | number;
  maxInputChars?: number;
  maxInputLines?: number;
  /** --fields: the record keys to write besides id and status; absent: all. */
  fields?: string[];
  timings: boolean;
  /** --links: markdown output keeps links; absent: it does not. */
  links?: boolean;
}

/** Bytes [start, end) of the input, part `index` of `count`, after `firstLine` lines. */
export interface JobPart {
  index: number;
  count: number;
  start: number;
  end: number;
  firstLine: number;
}

export interface JobPayload {
  /** The payload's version: a worker refuses one it does not know. */
  v: 1;
  /** Absolute path of the input file, as every worker must see it. */
  input: string;
  kind: InputKind;
  /** The name the documents are known by (their ids when they have none): as a run of deboil
   *  from the folder the job was added in would name them. */
  name: string;
  /** The output file, relative to the worker's --output-dir, "/"-separated. */
  output: string;
  part?: JobPart;
  clean: CleanSettings;
}

/** The key of the stand-in data of a job whose stored data is not JSON (see tolerant.ts). */
export const UNREADABLE_DATA = "deboil:unreadable-data";

export class BadPayload extends Error {
  override name = "BadPayload";
}

const KINDS: readonly string[] = ["text", "jsonl", "html", "warc"];
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const isCount = (v: unknown): v is number => typeof v === "number" && Number.isInteger(v) && v >= 0;

/** The job's data as a payload, or a BadPayload naming the first field that is wrong. */
export function readPayload(data: unknown): JobPayload {
  const bad = (what: string): never => {
    throw new BadPayload(`bad job payload: ${what}`);
  };
  if (!isObject(data)) return bad(`expected an object, got ${describe(data)}`);
  if (UNREADABLE_DATA in data) bad(`the job's data is not JSON: ${JSON.stringify(data[UNREADABLE_DATA])}`);
  if (data["v"] !== 1) bad(`"v" is ${describe(data["v"])}; this worker reads version 1 (was the job added by another version of deboil?)`);
  const text = (key: string, from: Record<string, unknown> = data, where = ""): string => {
    const v = from[key];
    if (typeof v !== "string" || v === "") bad(`"${where}${key}" is ${describe(v)}, expected a non-empty string`);
    return v as string;
  };
  const input = text("input");
  if (!isAbsolute(input)) bad(`"input" is "${input}", expected an absolute path`);
  const kind = text("kind");
  if (!KINDS.includes(kind)) bad(`"kind" is "${kind}", expected one of ${KINDS.join(", ")}`);
  const output = text("output");
  // The output stays under the worker's output folder, whatever the payload says.
  if (output.startsWith("/") || output.includes("\\") || output.split("/").some((s) => s === ".." || s === "." || s === "")) bad(`"output" is "${output}", expected a relative path inside the output folder`);
  const payload: JobPayload = { v: 1, input, kind: kind as InputKind, name: text("name"), output, clean: readSettings(data["clean"], bad) };
  if (data["part"] !== undefined) payload.part = readPart(data["part"], bad);
  return payload;
}

function readPart(part: unknown, bad: (what: string) => never): JobPart {
  if (!isObject(part)) return bad(`"part" is ${describe(part)}, expected an object`);
  for (const key of ["index", "count", "start", "end", "firstLine"]) if (!isCount(part[key])) bad(`"part.${key}" is ${describe(part[key])}, expected a whole number`);
  const p = part as unknown as JobPart;
  if (p.end < p.start || p.index >= p.count) bad(`"part" is inconsistent (bytes ${p.start}-${p.end}, part ${p.index} of ${p.count})`);
  return { index: p.index, count: p.count, start: p.start, end: p.end, firstLine: p.firstLine };
}

function readSettings(clean: unknown, bad: (what: string) => never): CleanSettings {
  if (!isObject(clean)) return bad(`"clean" is ${describe(clean)}, expected an object`);
  const flag = (key: string): boolean => (typeof clean[key] === "boolean" ? (clean[key] as boolean) : bad(`"clean.${key}" is ${describe(clean[key])}, expected true or false`));
  const strings = (key: string): string[] => {
    const v = clean[key];
    if (!Array.isArray(v) || !v.every((s) => typeof s === "string")) return bad(`"clean.${key}" is ${describe(v)}, expected a list of strings`);
    return v as string[];
  };
  const positive = (key: string): number | undefined => {
    const v = clean[key];
    if (v === undefined) return undefined;
    if (!isCount(v) || v === 0) return bad(`"clean.${key}" is ${describe(v)}, expected a whole number above 0`);
    return v;
  };
  const format = clean["format"];
  if (typeof format !== "string" || !(FORMATS as readonly string[]).includes(format)) bad(`"clean.format" is ${describe(format)}, expected one of ${FORMATS.join(", ")}`);
  const textField = clean["textField"];
  if (typeof textField !== "string" || textField === "") bad(`"clean.textField" is ${describe(textField)}, expected a field name`);
  const settings: CleanSettings = {
    format: format as Format,
    gzip: flag("gzip"),
    textField: textField as string,
    maxLineBytes: positive("maxLineBytes") ?? bad(`"clean.maxLineBytes" is missing`),
    rulesDirs: strings("rulesDirs"),
    ruleFlags: strings("ruleFlags"),
    builtin: flag("builtin"),
    timings: flag("timings"),
  };
  if (clean["links"] !== undefined) settings.links = flag("links");
  for (const dir of settings.rulesDirs) if (!isAbsolute(dir)) bad(`"clean.rulesDirs" holds "${dir}", expected absolute paths`);
  const guard = clean["guard"];
  if (guard !== undefined) {
    if (guard !== false && (typeof guard !== "number" || !(guard >= 0 && guard <= 1))) bad(`"clean.guard" is ${describe(guard)}, expected false or a share between 0 and 1`);
    settings.guard = guard as false | number;
  }
  const maxInputChars = positive("maxInputChars");
  if (maxInputChars !== undefined) settings.maxInputChars = maxInputChars;
  const maxInputLines = positive("maxInputLines");
  if (maxInputLines !== undefined) settings.maxInputLines = maxInputLines;
  if (clean["fields"] !== undefined) {
    const fields = strings("fields");
    const unknown = fields.filter((k) => !(RECORD_KEYS as readonly string[]).includes(k));
    if (unknown.length > 0) bad(`"clean.fields" holds ${unknown.map((k) => `"${k}"`).join(", ")}, not record keys`);
    settings.fields = fields;
  }
  return settings;
}

function describe(value: unknown): string {
  if (value === undefined) return "missing";
  const json = JSON.stringify(value);
  return json.length > 60 ? `${json.slice(0, 57)}...` : json;
}
