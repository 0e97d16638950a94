// Where formatted output goes: standard output, or one file per input under --out-dir. Files are
// written to a temporary name in the same folder and renamed when complete, so a crash or a
// failed document never leaves a half-written file behind under the real name.
import { once } from "node:events";
import { createWriteStream } from "node:fs";
import { mkdir, rename, unlink } from "node:fs/promises";
import { dirname } from "node:path";

export interface Output {
  write(chunk: string): Promise<void>;
  /** Makes the output visible under its real name (a no-op for standard output). */
  commit(): Promise<void>;
  /** Drops what was written (a no-op for standard output). */
  abort(): Promise<void>;
}

/** Waits when the stream's buffer is full, so a large batch does not pile up in memory. */
async function writeChunk(stream: NodeJS.WritableStream, chunk: string): Promise<void> {
  if (chunk !== "" && !stream.write(chunk)) await once(stream, "drain");
}

export function streamOutput(stream: NodeJS.WritableStream): Output {
  return { write: (chunk) => writeChunk(stream, chunk), commit: async () => {}, abort: async () => {} };
}

export async function fileOutput(dest: string): Promise<Output> {
  await mkdir(dirname(dest), { recursive: true });
  const temp = `${dest}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  const stream = createWriteStream(temp);
  let failure: Error | undefined;
  stream.on("error", (error) => void (failure = error));
  await once(stream, "open");
  const close = async (): Promise<void> => {
    if (!stream.closed) {
      stream.end();
      await once(stream, "close");
    }
    if (failure) throw failure;
  };
  return {
    write: async (chunk) => {
      if (failure) throw failure;
      await writeChunk(stream, chunk);
    },
    commit: async () => {
      await close();
      await rename(temp, dest);
    },
    abort: async () => {
      await close().catch(() => {});
      await unlink(temp).catch(() => {});
    },
  };
}
