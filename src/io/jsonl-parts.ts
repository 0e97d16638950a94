// Cuts a large JSONL file into byte ranges of about a set size, each ending at a line end, so
// that machines can clean the parts of one file side by side. Each part knows how many lines come
// before it: its records keep the line numbers (and the fallback ids "name:line") of the whole file.
import { createReadStream } from "node:fs";
import { open } from "node:fs/promises";
import type { ByteSlice } from "./read-inputs.js";

/** The parts of `path`, in order; one part for a file no larger than `partBytes`; undefined for
 *  a gzip file, whose bytes cannot be read from the middle. */
export async function jsonlParts(path: string, partBytes: number): Promise<ByteSlice[] | undefined> {
  if (await isGzip(path)) return undefined;
  const parts: ByteSlice[] = [];
  let start = 0;
  let firstLine = 0;
  let lines = 0;
  let offset = 0;
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
    for (let nl = chunk.indexOf(10); nl !== -1; nl = chunk.indexOf(10, nl + 1)) {
      lines++;
      const end = offset + nl + 1;
      if (end - start >= partBytes) {
        parts.push({ start, end, firstLine });
        start = end;
        firstLine = lines;
      }
    }
    offset += chunk.length;
  }
  if (offset > start || parts.length === 0) parts.push({ start, end: offset, firstLine });
  return parts;
}

async function isGzip(path: string): Promise<boolean> {
  const file = await open(path, "r");
  try {
    const head = Buffer.alloc(2);
    const { bytesRead } = await file.read(head, 0, 2, 0);
    return bytesRead === 2 && head[0] === 0x1f && head[1] === 0x8b;
  } finally {
    await file.close();
  }
}
