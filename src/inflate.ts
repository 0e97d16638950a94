// Whole gzip buffers inflated within a byte limit, for the library (HTML bytes handed to clean())
// and the command's readers alike: a few hundred KB of gzip can inflate to gigabytes. Gzip is
// recognised by its magic bytes, not a file name; several members one after another inflate as one.
import { zlib } from "./zlib.js";

export const isGzip = (bytes: Uint8Array): boolean => bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;

/** Inflates `bytes` if they are gzip data, with at most `maxBytes` out; throws a GzipError otherwise.
 *  `limit`: what sets `maxBytes`, for the message. */
export function inflateWhole(bytes: Uint8Array, maxBytes: number, limit = "--max-line-bytes"): Uint8Array {
  if (!isGzip(bytes)) return bytes;
  try {
    return zlib().gunzipSync(bytes, { maxOutputLength: maxBytes });
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    if (e.code === "ERR_BUFFER_TOO_LARGE") throw new GzipError("too-large", `inflates to more than ${maxBytes} bytes (${limit})`);
    throw new GzipError("bad-gzip", `gzip data is damaged or truncated (${e.message})`);
  }
}

export class GzipError extends Error {
  constructor(readonly code: string, message: string) {
    super(message);
  }
}
