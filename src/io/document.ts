// What the input side hands to the batch runner: a document to clean, or the reason there is none.
import type { Warning } from "../types.js";
export interface InputError {
  /** not-found, unreadable, too-large, bad-gzip, bad-warc; for JSONL lines also bad-json,
   *  not-an-object, missing-text, text-not-string, line-too-long. */
  code: string;
  message: string;
}

/** Which output file a document belongs to: its path relative to the --out-dir, without extension. */
export interface Origin {
  /** e.g. "news/a" for <dir>/news/a.txt, "stdin" for standard input. */
  outputStem: string;
  /** The file the bytes came from (undefined for stdin); an output must never overwrite it. */
  file?: string;
  /** JSONL and WARC inputs hold several documents per file. */
  jsonl: boolean;
}

/** A document: exactly one of `text` and `html`. */
export type InputDoc =
  | { kind: "doc"; id: string; text?: string; html?: string; url?: string; line?: number; origin: Origin; warnings?: Warning[] }
  | { kind: "error"; id?: string; line?: number; error: InputError; origin: Origin };
