// Turns the command-line paths into a stream of documents, one file at a time, so memory stays
// bounded by the largest single document, not by the batch.
import { createReadStream } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { extname } from "node:path";
import { decodeText } from "./decode.js";
import type { InputDoc, Origin } from "./document.js";
import { isBlank, lineToDoc } from "./jsonl-records.js";
import { splitLines } from "./split-lines.js";
import { describeFsError, findInputs, type InputKind } from "./walk.js";

export interface ReadOptions {
  inputFormat: InputKind | "auto";
  textField: string;
  /** The most bytes one document may have: a JSONL line, or a whole text file. */
  maxDocBytes: number;
  /** Told about files that are skipped (wrong extension, symlink loop). */
  onNote: (message: string) => void;
  stdin: NodeJS.ReadableStream;
}

export async function* readInputs(paths: readonly string[], options: ReadOptions): AsyncGenerator<InputDoc> {
  for await (const found of findInputs(paths, options)) {
    if (found.kind === "note") options.onNote(found.message);
    else if (found.kind === "missing") {
      yield { kind: "error", id: found.path, error: { code: found.code, message: `${found.path}: ${found.message}` }, origin: { outputStem: stem(found.rel), file: found.path, jsonl: false } };
    } else if (found.kind === "stdin") {
      const origin: Origin = { outputStem: "stdin", jsonl: found.input === "jsonl" };
      if (found.input === "jsonl") yield* readJsonl(options.stdin as AsyncIterable<Buffer>, "stdin", origin, options);
      else yield await readStdinText(options.stdin as AsyncIterable<Buffer>, origin, options.maxDocBytes);
    } else {
      const origin: Origin = { outputStem: stem(found.rel), file: found.path, jsonl: found.input === "jsonl" };
      if (found.input === "jsonl") yield* readJsonlFile(found.path, origin, options);
      else yield await readTextFile(found.path, origin, options.maxDocBytes);
    }
  }
}

async function readTextFile(path: string, origin: Origin, maxBytes: number): Promise<InputDoc> {
  try {
    const { size } = await stat(path);
    if (size > maxBytes) return { kind: "error", id: path, error: { code: "too-large", message: `${path}: ${size} bytes; the limit is ${maxBytes} (--max-line-bytes)` }, origin };
    return { kind: "doc", id: path, text: decodeText(await readFile(path)), origin };
  } catch (error) {
    return { kind: "error", id: path, error: { code: "unreadable", message: `${path}: ${describeFsError(error)}` }, origin };
  }
}

async function readStdinText(stdin: AsyncIterable<Buffer>, origin: Origin, maxBytes: number): Promise<InputDoc> {
  const parts: Buffer[] = [];
  let size = 0;
  for await (const chunk of stdin) {
    size += chunk.length;
    // Keep draining so the writer on the other end of the pipe is not left blocked.
    if (size <= maxBytes) parts.push(Buffer.from(chunk));
  }
  if (size > maxBytes) return { kind: "error", id: "stdin", error: { code: "too-large", message: `stdin: ${size} bytes; the limit is ${maxBytes} (--max-line-bytes)` }, origin };
  return { kind: "doc", id: "stdin", text: decodeText(Buffer.concat(parts)), origin };
}

async function* readJsonlFile(path: string, origin: Origin, options: ReadOptions): AsyncGenerator<InputDoc> {
  const stream = createReadStream(path);
  try {
    yield* readJsonl(stream, path, origin, options);
  } catch (error) {
    // An error before or during reading (a directory named .jsonl, a vanished file) fails the file as one input.
    yield { kind: "error", id: path, error: { code: "unreadable", message: `${path}: ${describeFsError(error)}` }, origin };
  } finally {
    stream.destroy();
  }
}

async function* readJsonl(chunks: AsyncIterable<Buffer>, source: string, origin: Origin, options: ReadOptions): AsyncGenerator<InputDoc> {
  for await (const raw of splitLines(chunks, options.maxDocBytes)) {
    if (!isBlank(raw)) yield lineToDoc(raw, source, options.textField, options.maxDocBytes, origin);
  }
}

/** "news/a.txt" -> "news/a": the output file gets the extension of the output format instead. */
function stem(rel: string): string {
  const ext = extname(rel);
  return (ext ? rel.slice(0, -ext.length) : rel).split("\\").join("/");
}
