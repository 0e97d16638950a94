// Where formatted output goes: standard output, one file (--output), or one file per input under
// --out-dir. Files are written to a temporary name in the same folder and renamed when complete,
// so a crash or a failed document never leaves a half-written file behind under the real name.
// A resumable output (--resume) starts with the complete records of the last run: those of the
// file under the real name and those of temporary files left by runs that were stopped or killed
// (see resumableOutput). An --output FILE is renamed as soon as it holds them, and then grows
// record by record, so a killed run leaves every record it finished. Where a path may
// not be replaced (a device, a FIFO, /dev/stdout, a symlink) destination.ts decides.
import { once } from "node:events";
import { createReadStream, createWriteStream } from "node:fs";
import { mkdir, readdir, rename, stat, unlink } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import type { Gzip } from "node:zlib";
import { zlib } from "../zlib.js";
import { destinationOf, DestinationError, type Destination, type LinkPolicy } from "./destination.js";
import { GzipError } from "../inflate.js";
import { maybeGunzip } from "./gzip.js";
import { DoneRecords, OCCURRENCE_FIELD, withOccurrence } from "./resume-ledger.js";
import { splitLines } from "./split-lines.js";

export interface Output {
  write(chunk: string): Promise<void>;
  /** Pushes what was written through the compressor to the file (a no-op when not compressed). */
  flush(): Promise<void>;
  /** Makes the output visible under its real name (a no-op for standard output). */
  commit(): Promise<void>;
  /** Drops what was written (a no-op for standard output and a resumable output). */
  abort(): Promise<void>;
  /** Closes the output without making it visible: an incomplete output left for --resume. */
  suspend(): Promise<void>;
}

export interface OutputOptions {
  gzip?: boolean;
  /** What to do with a symlink at the path (default: write to its target). */
  links?: LinkPolicy;
  /** Told when the output goes somewhere other than the path as given (a symlink's target). */
  onNote?: (message: string) => void;
}

/** Waits when the stream's buffer is full, so a large batch does not pile up in memory. A stream
 *  that fails while full never drains: its error ends the wait too (the caller then sees it). */
async function writeChunk(stream: NodeJS.WritableStream, chunk: string | Buffer): Promise<void> {
  if (chunk.length !== 0 && !stream.write(chunk)) await drainOrError(stream);
}

function drainOrError(stream: NodeJS.WritableStream): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      stream.off("drain", done);
      stream.off("error", done);
      resolve();
    };
    stream.on("drain", done);
    stream.on("error", done);
  });
}

function flushGzip(gzip: Gzip): Promise<void> {
  return new Promise((resolve) => gzip.flush(zlib().constants.Z_SYNC_FLUSH, () => resolve()));
}

/**
 * Sends what the compressor makes to `target`, as pipe() does, except that a target that fails
 * (a full disk; one that throws from write, as standard output on a file does) makes the
 * compressor drop the rest instead of stalling on a drain that never comes or throwing out of
 * its data event where nothing can catch it.
 */
function pipeCompressed(gzip: Gzip, target: NodeJS.WritableStream, fail: (error: Error) => void, failed: () => boolean, endTarget: boolean): void {
  if (endTarget) gzip.on("end", () => target.end());
  gzip.on("data", (data: Buffer) => {
    if (failed()) return;
    try {
      if (!target.write(data)) {
        gzip.pause();
        void drainOrError(target).then(() => gzip.resume());
      }
    } catch (error) {
      fail(error as Error);
    }
  });
}

export function streamOutput(stream: NodeJS.WritableStream, options: OutputOptions = {}): Output {
  // A failed write (a full disk, a closed pipe) fails the next write, flush or commit with its error.
  let failure: Error | undefined;
  const fail = (error: Error): void => void (failure ??= error);
  stream.on("error", fail);
  const check = (): void => {
    if (failure) throw failure;
  };
  const put = async (sink: NodeJS.WritableStream, chunk: string): Promise<void> => {
    check();
    try {
      await writeChunk(sink, chunk);
    } catch (error) {
      fail(error as Error);
    }
    check();
  };
  if (!options.gzip) return { write: (chunk) => put(stream, chunk), flush: async () => check(), commit: async () => check(), abort: async () => {}, suspend: async () => {} };
  const gzip = zlib().createGzip();
  gzip.on("error", fail);
  pipeCompressed(gzip, stream, fail, () => failure !== undefined, false);
  return {
    write: (chunk) => put(gzip, chunk),
    flush: async () => {
      check();
      await flushGzip(gzip);
      check();
    },
    commit: async () => {
      check();
      const ended = once(gzip, "end");
      gzip.end();
      await ended;
      check();
    },
    abort: async () => {},
    suspend: async () => {},
  };
}

export async function fileOutput(asked: string, options: OutputOptions = {}): Promise<Output> {
  const place = await destinationOf(asked, options.links ?? "follow");
  if (place.mode === "direct") return directOutput(place, options);
  if (place.note !== undefined) options.onNote?.(place.note);
  return (await openFile(place.path, options)).output;
}

export interface Resumed {
  output: Output;
  /** The documents the output already holds: they are skipped. */
  done: DoneRecords;
  /** Temporary files of stopped or killed runs whose records were taken (and that were removed). */
  taken: string[];
}

/**
 * An output that carries on from earlier runs: the complete records of `dest` and of the
 * temporary files that stopped or killed runs left beside it are copied into a new file, and the
 * documents they hold are returned so they are skipped. With `commitEarly` (--output) the new file
 * replaces `dest` at once and then grows record by record; without (--out-dir, where a file under
 * its real name means a finished input) it stays temporary until committed.
 */
export async function resumableOutput(asked: string, options: OutputOptions & { commitEarly: boolean }): Promise<Resumed> {
  const place = await destinationOf(asked, options.links ?? "follow");
  if (place.mode === "direct") throw new DestinationError(`${place.path} is ${place.what}: --resume needs a regular file to read the done records from`);
  if (place.note !== undefined) options.onNote?.(place.note);
  const dest = place.path;
  const { output, publish } = await openFile(dest, options);
  const done = new DoneRecords();
  const sources = [...((await exists(dest)) ? [dest] : []), ...(await orphansOf(dest))];
  try {
    for (const source of sources) await copyDoneRecords(source, done, (line) => output.write(line));
    await output.flush();
    if (options.commitEarly) await publish();
  } catch (error) {
    await output.abort();
    throw error;
  }
  const taken = sources.filter((s) => s !== dest);
  // Their records are in the new file now; one left behind by a kill right here is merged again
  // next time without doubling a record (see copyDoneRecords).
  await Promise.all(taken.map((t) => unlink(t).catch(() => {})));
  return { output, done, taken };
}

/** Removes the temporary files that stopped or killed runs left for `dest`; returns their names. */
export async function removeOrphans(dest: string): Promise<string[]> {
  const orphans = await orphansOf(dest);
  await Promise.all(orphans.map((o) => unlink(o).catch(() => {})));
  return orphans;
}

/** The temporary files named for `dest` (see openFile) whose process is gone. */
async function orphansOf(dest: string): Promise<string[]> {
  const prefix = `${basename(dest)}.`;
  const names = await readdir(dirname(dest)).catch(() => [] as string[]);
  const orphans: Array<{ path: string; mtime: number }> = [];
  for (const name of names) {
    const pid = tempPid(name, prefix);
    if (pid === undefined || pid === process.pid || alive(pid)) continue;
    const path = join(dirname(dest), name);
    const info = await stat(path).catch(() => undefined);
    if (info?.isFile()) orphans.push({ path, mtime: info.mtimeMs });
  }
  return orphans.sort((a, b) => a.mtime - b.mtime).map((o) => o.path);
}

function tempPid(name: string, prefix: string): number | undefined {
  if (!name.startsWith(prefix)) return undefined;
  const match = /^(\d+)\.[0-9a-z]+\.tmp$/u.exec(name.slice(prefix.length));
  return match ? Number(match[1]) : undefined;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** A file output, and `publish` to rename it to its real name while it stays open. */
async function openFile(dest: string, options: OutputOptions): Promise<{ output: Output; publish: () => Promise<void> }> {
  await mkdir(dirname(dest), { recursive: true });
  const temp = `${dest}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  const file = createWriteStream(temp);
  let failure: Error | undefined;
  const fail = (error: Error): void => void (failure ??= error);
  file.on("error", fail);
  await once(file, "open");
  const gzip = options.gzip ? zlib().createGzip() : undefined;
  if (gzip) {
    gzip.on("error", fail);
    pipeCompressed(gzip, file, fail, () => failure !== undefined, true);
  }
  const sink: NodeJS.WritableStream = gzip ?? file;
  let renamed = false;
  const close = async (): Promise<void> => {
    if (!file.closed) {
      const closed = once(file, "close");
      if (failure) file.destroy();
      else sink.end();
      await closed;
    }
    if (failure) throw failure;
  };
  const flush = async (): Promise<void> => {
    if (gzip && !failure) await flushGzip(gzip);
    if (failure) throw failure;
  };
  const publish = async (): Promise<void> => {
    if (!renamed) await rename(temp, dest);
    renamed = true;
  };
  const output: Output = {
    write: async (chunk) => {
      if (failure) throw failure;
      await writeChunk(sink, chunk);
      if (failure) throw failure;
    },
    flush,
    commit: async () => {
      await close();
      await publish();
    },
    abort: async () => {
      await close().catch(() => {});
      if (!renamed) await unlink(temp).catch(() => {});
    },
    // The temporary file stays: its process will be gone when a --resume run looks for it.
    suspend: () => close(),
  };
  return { output, publish };
}

/** Writes in place what cannot be replaced; nothing can be taken back, so abort only closes. */
async function directOutput(place: Extract<Destination, { mode: "direct" }>, options: OutputOptions): Promise<Output> {
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
    suspend: () => close().catch(() => {}),
  };
}

/** Whether a file exists (an --out-dir output of an earlier run, for --resume). */
export async function exists(path: string): Promise<boolean> {
  return stat(path).then(() => true, () => false);
}

/**
 * Copies the complete JSONL records of an earlier run's output (gzip or not) and adds them to
 * `done`: each line that parses as JSON, with its id. A line cut short by a kill, or a damaged gzip
 * tail, is dropped (and redone). Occurrences are counted per file, so a record that two files both
 * hold (a kill while one was being copied into the other) is copied once.
 */
async function copyDoneRecords(path: string, done: DoneRecords, write: (line: string) => Promise<void>): Promise<void> {
  const own = new DoneRecords();
  const stream = createReadStream(path);
  try {
    for await (const raw of splitLines(maybeGunzip(stream), Number.MAX_SAFE_INTEGER)) {
      if (!("bytes" in raw)) continue;
      const text = raw.bytes.toString("utf8");
      let record: Record<string, unknown>;
      try {
        record = JSON.parse(text) as Record<string, unknown>;
      } catch {
        continue;
      }
      if (typeof record !== "object" || record === null || typeof record["id"] !== "string") continue;
      const given = record[OCCURRENCE_FIELD];
      const occurrence = own.add(record["id"], Number.isSafeInteger(given) && (given as number) >= 1 ? (given as number) : undefined);
      if (occurrence === 0 || done.add(record["id"], occurrence) === 0) continue;
      await write(`${given === undefined ? withOccurrence(text, record["id"], occurrence) : text}\n`);
    }
  } catch (error) {
    // A truncated gzip member at the end: keep what inflated.
    if (!(error instanceof GzipError)) throw error;
  } finally {
    stream.destroy();
  }
}
