// Where formatted output goes: standard output, one file (--output), or one file per input under
// --out-dir. Files are written to a temporary name in the same folder and renamed when complete,
// so a crash or a failed document never leaves a half-written file behind under the real name.
// A resumable output (--resume) is renamed as soon as it holds the records kept from the last run,
// and then grows record by record, so a killed run leaves every record it finished. Where a path
// may not be replaced (a device, a FIFO, /dev/stdout, a symlink) destination.ts decides.
import { once } from "node:events";
import { createReadStream, createWriteStream } from "node:fs";
import { mkdir, rename, stat, unlink } from "node:fs/promises";
import { dirname } from "node:path";
import { constants, createGzip, type Gzip } from "node:zlib";
import { destinationOf, DestinationError, type Destination, type LinkPolicy } from "./destination.js";
import { GzipError, maybeGunzip } from "./gzip.js";
import { splitLines } from "./split-lines.js";

export interface Output {
  write(chunk: string): Promise<void>;
  /** Pushes what was written through the compressor to the file (a no-op when not compressed). */
  flush(): Promise<void>;
  /** Makes the output visible under its real name (a no-op for standard output). */
  commit(): Promise<void>;
  /** Drops what was written (a no-op for standard output and a resumable output). */
  abort(): Promise<void>;
}

export interface OutputOptions {
  gzip?: boolean;
  /** What to do with a symlink at the path (default: write to its target). */
  links?: LinkPolicy;
  /** Told when the output goes somewhere other than the path as given (a symlink's target). */
  onNote?: (message: string) => void;
}

/** Waits when the stream's buffer is full, so a large batch does not pile up in memory. */
async function writeChunk(stream: NodeJS.WritableStream, chunk: string | Buffer): Promise<void> {
  if (chunk.length !== 0 && !stream.write(chunk)) await once(stream, "drain");
}

function flushGzip(gzip: Gzip): Promise<void> {
  return new Promise((resolve) => gzip.flush(constants.Z_SYNC_FLUSH, () => resolve()));
}

export function streamOutput(stream: NodeJS.WritableStream, options: OutputOptions = {}): Output {
  if (!options.gzip) return { write: (chunk) => writeChunk(stream, chunk), flush: async () => {}, commit: async () => {}, abort: async () => {} };
  const gzip = createGzip();
  gzip.pipe(stream, { end: false });
  return {
    write: (chunk) => writeChunk(gzip, chunk),
    flush: () => flushGzip(gzip),
    commit: async () => {
      const ended = once(gzip, "end");
      gzip.end();
      await ended;
    },
    abort: async () => {},
  };
}

export async function fileOutput(dest: string, options: OutputOptions = {}): Promise<Output> {
  return (await openFile(dest, options, false)).output;
}

/**
 * An output that carries on from an earlier run's: the complete records of `dest` are copied into
 * a new file that then replaces it, and their ids are returned so those documents are skipped.
 */
export async function resumableOutput(dest: string, options: OutputOptions = {}): Promise<{ output: Output; done: string[] }> {
  return openFile(dest, options, true);
}

async function openFile(asked: string, options: OutputOptions, resume: boolean): Promise<{ output: Output; done: string[] }> {
  const place = await destinationOf(asked, options.links ?? "follow");
  if (place.mode === "direct") return { output: await directOutput(place, options, resume), done: [] };
  if (place.note !== undefined) options.onNote?.(place.note);
  const dest = place.path;
  await mkdir(dirname(dest), { recursive: true });
  const temp = `${dest}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  const file = createWriteStream(temp);
  let failure: Error | undefined;
  file.on("error", (error) => void (failure = error));
  await once(file, "open");
  const gzip = options.gzip ? createGzip() : undefined;
  if (gzip) {
    gzip.on("error", (error) => void (failure = error));
    gzip.pipe(file);
  }
  const sink: NodeJS.WritableStream = gzip ?? file;
  let renamed = false;
  const close = async (): Promise<void> => {
    if (!file.closed) {
      const closed = once(file, "close");
      sink.end();
      await closed;
    }
    if (failure) throw failure;
  };
  const flush = async (): Promise<void> => {
    if (gzip) await flushGzip(gzip);
    if (failure) throw failure;
  };
  const output: Output = {
    write: async (chunk) => {
      if (failure) throw failure;
      await writeChunk(sink, chunk);
    },
    flush,
    commit: async () => {
      await close();
      if (!renamed) await rename(temp, dest);
      renamed = true;
    },
    abort: async () => {
      await close().catch(() => {});
      if (!renamed) await unlink(temp).catch(() => {});
    },
  };
  const done: string[] = [];
  if (resume) {
    try {
      if (await exists(dest)) done.push(...(await copyDoneRecords(dest, (line) => output.write(line))));
      await flush();
      await rename(temp, dest);
    } catch (error) {
      await output.abort();
      throw error;
    }
    renamed = true;
  }
  return { output, done };
}

/** Writes in place what cannot be replaced; nothing can be taken back, so abort only closes. */
async function directOutput(place: Extract<Destination, { mode: "direct" }>, options: OutputOptions, resume: boolean): Promise<Output> {
  if (resume) throw new DestinationError(`${place.path} is ${place.what}: --resume needs a regular file to read the done records from`);
  const file = createWriteStream(place.path, { flags: "a" });
  let failure: Error | undefined;
  file.on("error", (error) => void (failure = error));
  await once(file, "open");
  const inner = streamOutput(file, options);
  const close = async (): Promise<void> => {
    if (!file.closed) {
      const closed = once(file, "close");
      file.end();
      await closed;
    }
  };
  return {
    write: async (chunk) => {
      if (failure) throw failure;
      await inner.write(chunk);
    },
    flush: inner.flush,
    commit: async () => {
      await inner.commit();
      await close();
      if (failure) throw failure;
    },
    abort: () => close().catch(() => {}),
  };
}

/** Whether a file exists (an --out-dir output of an earlier run, for --resume). */
export async function exists(path: string): Promise<boolean> {
  return stat(path).then(() => true, () => false);
}

/**
 * The complete JSONL records of an earlier run's output (gzip or not): each line that parses as
 * JSON, with its id. A line cut short by a kill, or a damaged gzip tail, is dropped (and redone).
 */
async function copyDoneRecords(path: string, write: (line: string) => Promise<void>): Promise<string[]> {
  const ids: string[] = [];
  const stream = createReadStream(path);
  try {
    for await (const raw of splitLines(maybeGunzip(stream), Number.MAX_SAFE_INTEGER)) {
      if (!("bytes" in raw)) continue;
      const text = raw.bytes.toString("utf8");
      let record: { id?: unknown };
      try {
        record = JSON.parse(text) as { id?: unknown };
      } catch {
        continue;
      }
      if (typeof record !== "object" || record === null || typeof record.id !== "string") continue;
      await write(`${text}\n`);
      ids.push(record.id);
    }
  } catch (error) {
    // A truncated gzip member at the end: keep what inflated.
    if (!(error instanceof GzipError)) throw error;
  } finally {
    stream.destroy();
  }
  return ids;
}
