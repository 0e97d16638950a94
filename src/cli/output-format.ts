// Which format an output is written in: what --format says, else what the output file's name
// says (.jsonl, .json, .md, .html, .txt, each optionally .gz), else records for record inputs (JSONL,
// WARC) and text for documents. Never the number of documents: a batch that happens to hold one
// document is written like one that holds many.
import type { Format } from "./layout.js";

const BY_EXTENSION: ReadonlyArray<readonly [string, Format]> = [
  [".jsonl", "jsonl"],
  [".ndjson", "jsonl"],
  [".json", "json"],
  [".md", "markdown"],
  [".markdown", "markdown"],
  [".txt", "text"],
  [".html", "html"],
  [".htm", "html"],
];

/** The format a file name asks for, or undefined when its extension names none. */
export function formatOfPath(path: string): Format | undefined {
  const lower = path.toLowerCase().replace(/\.gz$/u, "");
  return BY_EXTENSION.find(([ext]) => lower.endsWith(ext))?.[1];
}

export function outputFormat(asked: Format | undefined, outputPath: string | undefined, recordInput: boolean): Format {
  return asked ?? (outputPath === undefined ? undefined : formatOfPath(outputPath)) ?? (recordInput ? "jsonl" : "text");
}
