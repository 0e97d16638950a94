// The one shape a document takes in json/jsonl output. A document the library refused (binary,
// too large) becomes an error record like one that could not be read: either way there is no text.
import type { CleanResult } from "../types.js";

export interface DocError {
  code: string;
  message: string;
}

/** Input fields written back into the record: the url and, for JSONL input, the record's other fields. */
export interface CarriedFields {
  url?: string;
  inputFields?: Record<string, unknown>;
}

export interface ErrorRecord extends CarriedFields {
  id?: string;
  /** The JSONL line the record came from, when it came from one. */
  line?: number;
  status: "error";
  error: DocError;
}

export type CleanRecord = Pick<CleanResult, "status" | "text" | "metadata" | "metadataFrom" | "removed" | "warnings"> &
  CarriedFields & {
  /** The result's stats; `ms` only with timings. */
  stats: Omit<CleanResult["stats"], "ms"> & { ms?: number };
  id: string;
  reports?: CleanResult["reports"];
  /** A guarded document: what the rules would have removed (nothing was). */
  wouldRemove?: CleanResult["wouldRemove"];
  /** HTML only: which extractor found the article, and what the DOM stage removed before the rules. */
  extractor?: string;
  domRemovals?: CleanResult["domRemovals"];
  /** HTML only: the page type found, and where it was read. */
  pageType?: CleanResult["pageType"];
  pageTypeFrom?: CleanResult["pageTypeFrom"];
};

export type OutputRecord = CleanRecord | ErrorRecord;

/** `carried`: the input's url and fields. `timings`: keep stats.ms, which differs from run to run;
 *  without it two runs on the same input write byte-identical records. */
export function toRecord(id: string, result: CleanResult, carried: CarriedFields = {}, timings = false): OutputRecord {
  if (result.status === "rejected") {
    const why = result.warnings[0] ?? { code: "rejected", message: "the input is not text" };
    return errorRecord({ code: why.code, message: why.message }, id, undefined, carried);
  }
  const { status, text, metadata, metadataFrom, removed, warnings } = result;
  const { ms, ...counts } = result.stats;
  const stats = timings ? result.stats : counts;
  const record: CleanRecord = { id, ...carriedOf(carried), status, text, metadata, metadataFrom, removed, warnings, stats };
  if (result.reports.length > 0) record.reports = result.reports;
  if (result.wouldRemove !== undefined) record.wouldRemove = result.wouldRemove;
  // Nothing is removed silently in any output: the DOM stage's removals travel with the record.
  if (result.extractor !== undefined) record.extractor = result.extractor;
  if (result.pageType !== undefined) {
    record.pageType = result.pageType;
    record.pageTypeFrom = result.pageTypeFrom;
  }
  if (result.domRemovals !== undefined) record.domRemovals = result.domRemovals;
  return record;
}

export function errorRecord(error: DocError, id?: string, line?: number, carried: CarriedFields = {}): ErrorRecord {
  // Built in this order so the JSON reads id, line, url, inputFields, status, error.
  return { ...(id === undefined ? {} : { id }), ...(line === undefined ? {} : { line }), ...carriedOf(carried), status: "error", error };
}

function carriedOf({ url, inputFields }: CarriedFields): CarriedFields {
  return { ...(url === undefined ? {} : { url }), ...(inputFields === undefined ? {} : { inputFields }) };
}

/** The keys of a result record that --fields may choose among; id, line, occurrence, status and
 *  error always stay, so every record still says which document it is and how it ended. */
export const RECORD_KEYS = ["url", "inputFields", "text", "metadata", "metadataFrom", "removed", "wouldRemove", "warnings", "stats", "reports", "extractor", "pageType", "pageTypeFrom", "domRemovals"] as const;
export type RecordKey = (typeof RECORD_KEYS)[number];
const ALWAYS = new Set(["id", "line", "occurrence", "status", "error"]);

/** The record with only the chosen keys besides those that always stay (all of them when `keys` is undefined). */
export function pickKeys<R extends OutputRecord>(record: R, keys: ReadonlySet<string> | undefined): R {
  if (keys === undefined) return record;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) if (ALWAYS.has(key) || keys.has(key)) out[key] = value;
  return out as R;
}

/** What the counts need of one record: small, so a pool worker can send it in place of the
 *  record when it writes the record out itself (see batch/protocol.ts, RenderedOutcome). */
export interface RecordSummary {
  status: OutputRecord["status"];
  charsIn: number;
  charsRemoved: number;
  bytesRemoved: number;
  byRule: Record<string, number>;
}

export function summarise(record: OutputRecord): RecordSummary {
  if (record.status === "error") return { status: "error", charsIn: 0, charsRemoved: 0, bytesRemoved: 0, byRule: {} };
  // The removed pieces themselves, not charsIn - charsOut, which also counts trimmed white space.
  let charsRemoved = 0;
  let bytesRemoved = 0;
  for (const r of record.removed) {
    charsRemoved += r.text.length;
    bytesRemoved += Buffer.byteLength(r.text);
  }
  return { status: record.status, charsIn: record.stats.charsIn, charsRemoved, bytesRemoved, byRule: record.stats.byRule };
}

/** A cleaned document's record as it is written (only the chosen keys, see pickKeys) and the
 *  counts the batch summary takes from the whole record: the worker that renders records and
 *  the CLI that writes them build both the same way. */
export function writtenRecord(id: string, result: CleanResult, carried: CarriedFields, options: { timings: boolean; keys: ReadonlySet<string> | undefined }): { record: OutputRecord; summary: RecordSummary } {
  const record = toRecord(id, result, carried, options.timings);
  return { record: pickKeys(record, options.keys), summary: summarise(record) };
}
