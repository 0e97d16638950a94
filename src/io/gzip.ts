// Gzip-compressed input is recognised by its magic bytes, not its name, so `.jsonl.gz`, `.txt.gz`,
// `.warc.gz` and a compressed standard input all work. Several gzip members one after another
// (as WARC.gz files are written) inflate as one stream.
import { Readable } from "node:stream";
import { GzipError, isGzip } from "../inflate.js";
import { zlib } from "../zlib.js";

/** An HTTP body decoded by its Content-Encoding (gzip, br, deflate; x-gzip as gzip), with at most
 *  `maxBytes` out. Servers send "deflate" both zlib-wrapped and raw, so both are tried. */
export function decodeContentEncoding(bytes: Uint8Array, encoding: string, maxBytes: number): Uint8Array {
  const options = { maxOutputLength: maxBytes };
  const attempt = (decode: () => Uint8Array): Uint8Array => {
    try {
      return decode();
    } catch (error) {
      const e = error as NodeJS.ErrnoException;
      // Some crawlers store the body decoded but keep the header: markup is taken as it is.
      if (looksLikeMarkup(bytes)) return bytes;
      if (e.code === "ERR_BUFFER_TOO_LARGE") throw new GzipError("too-large", `${encoding} body inflates to more than ${maxBytes} bytes (--max-line-bytes)`);
      throw new GzipError("bad-encoding", `${encoding} body is damaged or truncated (${e.message})`);
    }
  };
  switch (encoding) {
    case "gzip":
    case "x-gzip":
      return attempt(() => zlib().gunzipSync(bytes, options));
    case "br":
      return attempt(() => zlib().brotliDecompressSync(bytes, options));
    case "deflate":
      return attempt(() => {
        try {
          return zlib().inflateSync(bytes, options);
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE") throw error;
          return zlib().inflateRawSync(bytes, options);
        }
      });
    default:
      throw new GzipError("bad-encoding", `unsupported Content-Encoding "${encoding}"`);
  }
}

function looksLikeMarkup(bytes: Uint8Array): boolean {
  let i = 0;
  while (i < bytes.length && i < 64 && (bytes[i] === 0x20 || bytes[i] === 0x09 || bytes[i] === 0x0a || bytes[i] === 0x0d || bytes[i] === 0xef || bytes[i] === 0xbb || bytes[i] === 0xbf)) i++;
  return bytes[i] === 0x3c;
}

/** The chunks of `source`, inflated when the first bytes say gzip. A truncated stream throws a GzipError. */
export async function* maybeGunzip(source: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
  const it = source[Symbol.asyncIterator]();
  let first = await it.next();
  while (!first.done && first.value.length < 2) {
    const next = await it.next();
    if (next.done) break;
    first = { done: false, value: Buffer.concat([first.value, next.value]) };
  }
  if (first.done) return;
  const rest = async function* (): AsyncGenerator<Buffer> {
    yield first.value as Buffer;
    for (let n = await it.next(); !n.done; n = await it.next()) yield n.value;
  };
  if (!isGzip(first.value)) return yield* rest();
  const input = Readable.from(rest(), { objectMode: false });
  const gunzip = zlib().createGunzip();
  input.on("error", (error) => gunzip.destroy(error));
  input.pipe(gunzip);
  try {
    for await (const chunk of gunzip) yield chunk as Buffer;
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    if (e.code?.startsWith("Z_") || /unexpected end of file|incorrect header/u.test(e.message)) throw new GzipError("bad-gzip", `gzip data is damaged or truncated (${e.message})`);
    throw error;
  } finally {
    input.destroy();
    gunzip.destroy();
  }
}
