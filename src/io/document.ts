// What the input side hands to the batch runner: a document to clean, or the reason there is none.
import type { Warning } from "../types.js";
export interface InputError {
  /** not-found, unreadable, too-large, bad-gzip, bad-warc, bad-encoding (a WARC body's Content-Encoding); for JSONL lines also bad-json,
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
  /** The name the file's documents are known by (their ids when they have none of their own). */
  name?: string;
  /** The file's path relative to the folder it was found in (its name when named itself), "/"-separated:
   *  what --shard hashes for ids taken from the path, so the spelling of the folder does not matter. */
  rel?: string;
  /** JSONL and WARC inputs hold several documents per file. */
  jsonl: boolean;
}

/** A document: exactly one of `text` and `html`. */
/** What an input record says about itself beyond the document: its url (a JSONL `url`, a WARC
 *  target URI) and, for JSONL, its other fields. Both are written into its output record. */
export interface Carried {
  url?: string;
  inputFields?: Record<string, unknown>;
}

export type InputDoc =
  | ({ kind: "doc"; id: string; text?: string; html?: string; line?: number; origin: Origin; warnings?: Warning[] } & Carried)
  | ({ kind: "error"; id?: string; line?: number; error: InputError; origin: Origin } & Carried);
