// Bytes -> HTML string. Order of trust: byte-order mark, then the charset the page declares in its
// first 2 KB (or the caller's, e.g. from Content-Type), then sniffing: valid UTF-8, else
// windows-1252 (what browsers fall back to for Western pages). A declared charset that does not fit
// the bytes (UTF-8 declared, bytes invalid; another charset declared, bytes valid UTF-8) is
// overruled with a warning instead of producing mojibake.
import { constants } from "node:buffer";
import { inflateWhole } from "../../inflate.js";

export interface DecodeWarning {
  code: string;
  message: string;
}

export interface Decoded {
  html: string;
  charset: string;
  warnings: DecodeWarning[];
}

const PREFIX = 2048;
const META_CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([\w:.-]+)/iu;

/** Gzip-compressed bytes (`.html.gz`) are inflated, to at most `maxBytes` (a GzipError past it:
 *  a few hundred KB of gzip can inflate to gigabytes; `limit` names what set it); anything else is
 *  returned as is. */
export function readHtmlBytes(bytes: Uint8Array, maxBytes = constants.MAX_LENGTH, limit = "maxBytes"): Uint8Array {
  return inflateWhole(bytes, maxBytes, limit);
}

/** What non-HTML input this is, judged by its magic bytes, or undefined if it may be HTML. */
export function binaryKind(head: Uint8Array | string): string | undefined {
  const b = typeof head === "string" ? Array.from(head.slice(0, 8), (c) => c.charCodeAt(0) & 0xff) : Array.from(head.subarray(0, 8));
  const starts = (...sig: number[]): boolean => sig.every((v, i) => b[i] === v);
  if (starts(0x25, 0x50, 0x44, 0x46)) return "PDF";
  if (starts(0x89, 0x50, 0x4e, 0x47)) return "PNG image";
  if (starts(0xff, 0xd8, 0xff)) return "JPEG image";
  if (starts(0x47, 0x49, 0x46, 0x38)) return "GIF image";
  if (starts(0x52, 0x49, 0x46, 0x46)) return "RIFF (WebP/WAV/AVI)";
  if (starts(0x50, 0x4b, 0x03, 0x04)) return "ZIP archive (docx/epub/zip)";
  if (starts(0x1f, 0x8b)) return "gzip data (not decompressed)";
  return undefined;
}

export function decodeHtml(bytes: Uint8Array, declared?: string): Decoded {
  const warnings: DecodeWarning[] = [];
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { html: decode(bytes.subarray(3), "utf-8"), charset: "utf-8", warnings };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { html: decode(bytes.subarray(2), "utf-16le"), charset: "utf-16le", warnings };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { html: decode(bytes.subarray(2), "utf-16be"), charset: "utf-16be", warnings };

  const inPage = META_CHARSET.exec(latin1(bytes.subarray(0, PREFIX)))?.[1];
  const utf8 = strictUtf8(bytes);
  for (const [label, where] of [[declared, "declared by the caller"], [inPage, "declared in the page"]] as const) {
    if (!label) continue;
    const charset = canonical(label);
    if (!charset) {
      warnings.push({ code: "charset-unknown", message: `unknown charset "${label}" ${where}; sniffing instead` });
      continue;
    }
    // Pages declared as UTF-8 whose bytes are not UTF-8 are nearly always windows-1252.
    if (charset === "utf-8" && utf8 === undefined) {
      warnings.push({ code: "charset-mismatch", message: `charset utf-8 ${where}, but the bytes are not valid UTF-8; decoded as windows-1252` });
      return { html: decode(bytes, "windows-1252"), charset: "windows-1252", warnings };
    }
    // Another charset declared for bytes that are valid UTF-8 with characters beyond ASCII is a
    // stale declaration (a page converted to UTF-8 that kept its old <meta charset>). Text in a
    // multi-byte charset can pass as UTF-8 only by chance over a few characters, so more are asked.
    if (charset !== "utf-8" && utf8 !== undefined && nonAscii(utf8, STALE_EVIDENCE) >= (singleByte(charset) ? 1 : STALE_EVIDENCE)) {
      warnings.push({ code: "charset-mismatch", message: `charset ${charset} ${where}, but the bytes are valid UTF-8; decoded as utf-8` });
      return { html: utf8, charset: "utf-8", warnings };
    }
    // A page cannot declare UTF-16 in its own bytes (the declaration would not be readable);
    // browsers read such a declaration as UTF-8.
    if (charset.startsWith("utf-16") && where === "declared in the page") return { html: utf8 ?? decode(bytes, "windows-1252"), charset: utf8 !== undefined ? "utf-8" : "windows-1252", warnings };
    return { html: charset === "utf-8" ? utf8! : decode(bytes, charset), charset, warnings };
  }
  if (utf8 !== undefined) return { html: utf8, charset: "utf-8", warnings };
  warnings.push({ code: "charset-guessed", message: "no charset declared and the bytes are not UTF-8; decoded as windows-1252" });
  return { html: decode(bytes, "windows-1252"), charset: "windows-1252", warnings };
}

/** Characters beyond ASCII a UTF-8 reading must show before it overrules a multi-byte declaration. */
const STALE_EVIDENCE = 8;

/** Characters beyond ASCII, counted up to `enough`. */
function nonAscii(text: string, enough: number): number {
  let n = 0;
  for (const _ of text.matchAll(/[^\x00-\x7f]/gu)) if (++n >= enough) break;
  return n;
}

function canonical(label: string): string | undefined {
  try {
    return new TextDecoder(label.trim()).encoding;
  } catch {
    return undefined;
  }
}

function singleByte(charset: string): boolean {
  return charset.startsWith("windows-") || charset.startsWith("iso-8859") || charset.startsWith("koi8") || charset === "macintosh";
}

function strictUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

// windows-1252 in 0x80-0x9f; Node's TextDecoder treats the label as ISO-8859-1 there (or worse).
const CP1252 = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";

function decode(bytes: Uint8Array, charset: string): string {
  if (charset !== "windows-1252") return new TextDecoder(charset).decode(bytes);
  return latin1(bytes).replace(/[\x80-\x9f]/gu, (c) => CP1252[c.charCodeAt(0) - 0x80]!);
}

function latin1(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1");
}
