// Messages between the pool and its workers. Documents travel in chunks so that the cost of a
// message is paid per chunk, not per document.
import type { CleanerOptions } from "../cleaner.js";
import type { RecordSummary } from "./record.js";
import type { CleanInput, CleanResult } from "../types.js";

/** One document, as for Cleaner.clean(), with the input record's other fields for its record. */
export interface BatchItem extends CleanInput {
  /** Written into the item's record by renderChunk; not cleaned. */
  inputFields?: Record<string, unknown>;
}

export interface BatchError {
  code: "timeout" | "worker-crashed" | "clean-failed";
  message: string;
}

/** One outcome per item, always: a result, or an error with a reason. */
export type BatchOutcome = { ok: true; id?: string; result: CleanResult } | { ok: false; id?: string; error: BatchError };

export interface WorkerInit {
  cleaner: CleanerOptions;
  /** Where the worker marks the document it is on (see progress.ts). */
  progress: SharedArrayBuffer;
  /** Rendered records keep stats.ms. */
  timings?: boolean;
}

/** A cleaned document already written out as its JSONL record (no newline), with the counts the
 *  batch summary needs. Copying one string back is far cheaper than copying the result object
 *  and serialising it again on the main thread, which every document of a batch goes through. */
export interface RenderedOutcome {
  ok: true;
  id: string;
  line: string;
  summary: RecordSummary & { status: "ok" | "empty" };
}

export interface TaskMessage {
  task: number;
  items: BatchItem[];
  /** Reply with RenderedOutcomes for documents that have an id and come out ok or empty. */
  render?: boolean;
  /** The record keys a rendered record keeps besides id and status (all when absent). */
  keys?: string[];
}

export interface ReplyMessage {
  task: number;
  outcomes: Array<BatchOutcome | RenderedOutcome>;
}

/** Sent once after start-up: the rules loaded, or why they did not. */
export type ReadyMessage = { ready: true } | { ready: false; problems: string[] };
