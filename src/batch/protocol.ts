// Messages between the pool and its workers. Documents travel in chunks so that the cost of a
// message is paid per chunk, not per document.
import type { CleanerOptions } from "../cleaner.js";
import type { CleanResult } from "../types.js";

/** One document: exactly one of `text` and `html`, as for Cleaner.clean(). */
export interface BatchItem {
  id?: string;
  text?: string;
  html?: string;
  url?: string;
}

export interface BatchError {
  code: "timeout" | "worker-crashed" | "clean-failed";
  message: string;
}

/** One outcome per item, always: a result, or an error with a reason. */
export type BatchOutcome = { ok: true; id?: string; result: CleanResult } | { ok: false; id?: string; error: BatchError };

export interface WorkerInit {
  cleaner: CleanerOptions;
}

export interface TaskMessage {
  task: number;
  items: BatchItem[];
}

export interface ReplyMessage {
  task: number;
  outcomes: BatchOutcome[];
}

/** Sent once after start-up: the rules loaded, or why they did not. */
export type ReadyMessage = { ready: true } | { ready: false; problems: string[] };
