// Turns the command-line paths into a stream of documents, one file at a time, so memory stays
// bounded by the largest single document, not by the batch. Gzip input is inflated on the fly
// (recognised by its magic bytes); HTML is decoded with its declared charset; WARC files give one
// document per HTML response or WET text record.
import { createReadStream } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { isAbsolute, normalize, relative, resolve, sep } from "node:path";
import { decodeText } from "./decode.js";
import type { InputDoc, Origin } from "./document.js";
import { GzipError, inflateWhole } from "../inflate.js";
import { decodeContentEncoding, maybeGunzip } from "./gzip.js";
import { isBlank, lineToDoc } from "./jsonl-records.js";
import { splitLines } from "./split-lines.js";
import { contentExt, describeFsError, findInputs, type InputKind } from "./walk.js";

export interface ReadOptions {
  inputFormat: InputKind | "auto";
  textField: string;
  /** The most bytes one document may have: a JSONL line, a whole text file, a WARC record. */
  maxDocBytes: number;
  /** Told about files that are skipped (wrong extension, symlink loop). */
  onNote: (message: string) => void;
  /** Told how many bytes were read from disk or stdin (compressed size), for progress. */
  onBytes?: (bytes: number) => void;
  /** Told about a record that holds no document to clean, with the reason (e.g. "http-4xx"). */
  onSkip?: (reason: string) => void;
  stdin: NodeJS.ReadableStream;
  /** The name the documents of the one input file are known by, in place of its path as given:
   *  a queue job is cleaned wherever the worker runs, and its ids are those of the machine that added it. */
  name?: string;
  /** Read only these bytes of the one JSONL input file (a part of it, cut on line boundaries). */
  slice?: ByteSlice;
}

/** Bytes [start, end) of a JSONL file, whose first line is line `firstLine + 1` of the file. */
export interface ByteSlice {
  start: number;
  end: number;
  /** Lines before `start`: the lines of the slice keep their numbers in the whole file. */
  firstLine: number;
}

export async function* readInputs(paths: readonly string[], options: ReadOptions): AsyncGenerator<InputDoc> {
  for await (const found of findInputs(paths, options)) {
    if (found.kind === "note") options.onNote(found.message);
    else if (found.kind === "missing") {
      const name = sourceName(found.path);
      yield { kind: "error", id: name, error: { code: found.code, message: `${name}: ${found.message}` }, origin: { outputStem: stem(found.rel), file: found.path, name, rel: slashed(found.rel), jsonl: false } };
    } else if (found.kind === "stdin") {
      const many = found.input === "jsonl" || found.input === "warc";
      yield* readSource(counted(options.stdin as AsyncIterable<Buffer>, options), "stdin", found.input, { outputStem: "stdin", jsonl: many }, options);
    } else {
      const name = options.name ?? sourceName(found.path);
      const origin: Origin = { outputStem: stem(found.rel), file: found.path, name, rel: slashed(found.rel), jsonl: found.input === "jsonl" || found.input === "warc" };
      if (options.slice !== undefined) yield* readSlice(found.path, name, origin, options.slice, options);
      else if (origin.jsonl) yield* readStreamFile(found.path, name, found.input, origin, options);
      else yield await readWholeFile(found.path, name, found.input, origin, options);
    }
  }
}

function counted(source: AsyncIterable<Buffer>, options: ReadOptions): AsyncIterable<Buffer> {
  const onBytes = options.onBytes;
  if (!onBytes) return source;
  return (async function* () {
    for await (const chunk of source) {
      onBytes(chunk.length);
      yield chunk;
    }
  })();
}

/** A text or HTML file: one document. */
async function readWholeFile(path: string, name: string, kind: InputKind, origin: Origin, options: ReadOptions): Promise<InputDoc> {
  const fail = (code: string, message: string): InputDoc => ({ kind: "error", id: name, error: { code, message: `${name}: ${message}` }, origin });
  try {
    const info = await stat(path);
    if (info.size > options.maxDocBytes) return fail("too-large", `${info.size} bytes; the limit is ${options.maxDocBytes} (--max-line-bytes)`);
    // A FIFO, a device or a process substitution has no size to check first: read it up to the limit.
    const raw = info.isFile() ? await readFile(path) : await readBounded(createReadStream(path), options.maxDocBytes);
    if (raw === undefined) return fail("too-large", `more than ${options.maxDocBytes} bytes; the limit is ${options.maxDocBytes} (--max-line-bytes)`);
    options.onBytes?.(raw.length);
    return await bytesToDoc(inflateWhole(raw, options.maxDocBytes), kind, name, origin);
  } catch (error) {
    if (error instanceof GzipError) return fail(error.code, error.message);
    return fail("unreadable", describeFsError(error));
  }
}

async function bytesToDoc(bytes: Uint8Array, kind: InputKind, id: string, origin: Origin, url?: string, charset?: string): Promise<InputDoc> {
  const doc: InputDoc = { kind: "doc", id, origin };
  if (kind === "html") {
    // Loaded only for HTML: the text path never pays for it.
    const { decodeHtml } = await import("../input/html/decode.js");
    doc.html = decodeHtml(bytes, charset).html;
  } else {
    const decoded = decodeText(bytes);
    doc.text = decoded.text;
    if (decoded.warning) doc.warnings = [decoded.warning];
  }
  if (url !== undefined) doc.url = url;
  return doc;
}

async function* readStreamFile(path: string, name: string, kind: InputKind, origin: Origin, options: ReadOptions): AsyncGenerator<InputDoc> {
  const stream = createReadStream(path);
  try {
    yield* readSource(counted(stream, options), name, kind, origin, options);
  } catch (error) {
    // An error before or during reading (a directory named .jsonl, a vanished file) fails the file as one input.
    yield { kind: "error", id: name, error: { code: "unreadable", message: `${name}: ${describeFsError(error)}` }, origin };
  } finally {
    stream.destroy();
  }
}

/** A part of a JSONL file: its lines as they are numbered in the whole file. A part is never
 *  compressed (a gzip file cannot be cut), so its bytes are not sniffed for gzip. */
async function* readSlice(path: string, name: string, origin: Origin, slice: ByteSlice, options: ReadOptions): AsyncGenerator<InputDoc> {
  if (slice.end <= slice.start) return;
  const stream = createReadStream(path, { start: slice.start, end: slice.end - 1 });
  try {
    for await (const raw of splitLines(counted(stream, options), options.maxDocBytes, slice.firstLine)) {
      if (!isBlank(raw)) yield lineToDoc(raw, name, options.textField, options.maxDocBytes, origin);
    }
  } catch (error) {
    yield { kind: "error", id: name, error: { code: "unreadable", message: `${name}: ${describeFsError(error)}` }, origin };
  } finally {
    stream.destroy();
  }
}

/** A byte stream (a file or stdin), inflated if gzip, read as its kind. Damage ends it with one error input. */
async function* readSource(chunks: AsyncIterable<Buffer>, source: string, kind: InputKind, origin: Origin, options: ReadOptions): AsyncGenerator<InputDoc> {
  const bytes = maybeGunzip(chunks);
  try {
    if (kind === "jsonl") {
      for await (const raw of splitLines(bytes, options.maxDocBytes)) {
        if (!isBlank(raw)) yield lineToDoc(raw, source, options.textField, options.maxDocBytes, origin);
      }
    } else if (kind === "warc") {
      yield* readWarc(bytes, source, origin, options);
    } else {
      const whole = await readBounded(bytes, options.maxDocBytes);
      if (whole === undefined) yield { kind: "error", id: source, error: { code: "too-large", message: `${source}: more than ${options.maxDocBytes} bytes; the limit is ${options.maxDocBytes} (--max-line-bytes)` }, origin };
      else yield await bytesToDoc(whole, kind, source, origin);
    }
  } catch (error) {
    if (error instanceof GzipError) yield { kind: "error", id: source, error: { code: error.code, message: `${source}: ${error.message}; the records before the damage were read` }, origin };
    else if (error instanceof WarcError) yield { kind: "error", id: source, error: { code: "bad-warc", message: `${source}: ${error.message}` }, origin };
    else throw error;
  }
}

/**
 * The bytes of a stream, or undefined as soon as they pass `maxBytes`. Reading stops there (the
 * stream is closed): a pipe or a device may never end, and draining it would only spend time.
 */
async function readBounded(chunks: AsyncIterable<Buffer>, maxBytes: number): Promise<Buffer | undefined> {
  const parts: Buffer[] = [];
  let size = 0;
  for await (const chunk of chunks) {
    size += chunk.length;
    if (size > maxBytes) return undefined;
    parts.push(Buffer.from(chunk));
  }
  return Buffer.concat(parts, size);
}

class WarcError extends Error {}

async function* readWarc(bytes: AsyncIterable<Buffer>, source: string, origin: Origin, options: ReadOptions): AsyncGenerator<InputDoc> {
  // Loaded only for WARC input: the reader is no part of a text or JSONL run.
  const { readWarcRecords, warcIdentity, warcPayload } = await import("./warc.js");
  const records = readWarcRecords(bytes, options.maxDocBytes);
  for (;;) {
    let next;
    try {
      next = await records.next();
    } catch (error) {
      if (error instanceof GzipError) throw error;
      throw new WarcError((error as Error).message);
    }
    if (next.done) return;
    const record = next.value;
    const { id, url } = warcIdentity(record, source);
    const at = { id, line: record.index, origin, ...(url === undefined ? {} : { url }) };
    if (record.body === undefined) {
      if (record.headers["warc-type"] === "response" || record.headers["warc-type"] === "conversion") {
        yield { kind: "error", ...at, error: { code: "too-large", message: `${source} record ${record.index}: ${record.length} bytes; the limit is ${options.maxDocBytes} (--max-line-bytes)` } };
      }
      continue;
    }
    const payload = warcPayload({ ...record, body: record.body });
    if (payload.kind === "skip") {
      if (payload.reason !== undefined) options.onSkip?.(payload.reason);
      continue;
    }
    try {
      const bytes =
        payload.kind === "text" ? payload.bytes : payload.contentEncoding !== undefined ? decodeContentEncoding(payload.bytes, payload.contentEncoding, options.maxDocBytes) : inflateWhole(payload.bytes, options.maxDocBytes);
      const doc = await bytesToDoc(bytes, payload.kind, id, origin, url, payload.kind === "html" ? payload.charset : undefined);
      yield { ...doc, line: record.index } as InputDoc;
    } catch (error) {
      yield { kind: "error", ...at, error: { code: error instanceof GzipError ? error.code : "unreadable", message: `${source} record ${record.index}: ${(error as Error).message}` } };
    }
  }
}

/**
 * The name a file's documents are known by (their ids, and the fallback ids `name:line` of JSONL
 * records without one): one name whatever the spelling, so --resume and --shard find the same ids
 * for "x.jsonl", "./x.jsonl" and the absolute path. A path under the working folder is written
 * relative to it; any other path is only normalised.
 */
export function sourceName(path: string): string {
  const rel = relative(process.cwd(), resolve(path));
  if (rel !== "" && !rel.startsWith("..") && !isAbsolute(rel)) return rel.split(sep).join("/");
  return normalize(path);
}

const slashed = (path: string): string => path.split(sep).join("/");

/** "news/a.txt" -> "news/a", "b.jsonl.gz" -> "b": the output file gets the extension of the output format instead. */
export function stem(rel: string): string {
  const lower = rel.toLowerCase();
  const base = lower.endsWith(".gz") ? rel.slice(0, -3) : rel;
  const ext = contentExt(rel);
  return (ext && base.toLowerCase().endsWith(ext) ? base.slice(0, -ext.length) : base).split("\\").join("/");
}
