// The one shape a document takes in json/jsonl output. A document the library refused (binary,
// too large) becomes an error record like one that could not be read: either way there is no text.
import type { CleanResult } from "../index.js";

export interface DocError {
  code: string;
  message: string;
}

export interface ErrorRecord {
  id?: string;
  /** The JSONL line the record came from, when it came from one. */
  line?: number;
  status: "error";
  error: DocError;
}

export type CleanRecord = Pick<CleanResult, "status" | "text" | "metadata" | "removed" | "warnings" | "stats"> & {
  id: string;
  reports?: CleanResult["reports"];
  wouldRemove?: CleanResult["wouldRemove"];
};

export type OutputRecord = CleanRecord | ErrorRecord;

export function toRecord(id: string, result: CleanResult): OutputRecord {
  if (result.status === "rejected") {
    const why = result.warnings[0] ?? { code: "rejected", message: "the input is not text" };
    return { id, status: "error", error: { code: why.code, message: why.message } };
  }
  const { status, text, metadata, removed, warnings, stats } = result;
  const record: CleanRecord = { id, status, text, metadata, removed, warnings, stats };
  if (result.reports.length > 0) record.reports = result.reports;
  if (result.wouldRemove !== undefined) record.wouldRemove = result.wouldRemove;
  return record;
}

export function errorRecord(error: DocError, id?: string, line?: number): ErrorRecord {
  // Built in this order so the JSON reads id, line, status, error.
  return { ...(id === undefined ? {} : { id }), ...(line === undefined ? {} : { line }), status: "error", error };
}
