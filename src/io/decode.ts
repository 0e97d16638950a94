// Bytes from disk or stdin become the text the library sees. UTF-8 is the norm; UTF-16 with a
// byte-order mark is decoded as such (read as UTF-8 it would be full of NULs, which look binary);
// bytes that are not valid UTF-8 are read as windows-1252, the superset of Latin-1 that browsers use
// for "latin1", with a warning: legacy text then keeps its accents instead of turning into U+FFFD.
// Only while they look like text in a Latin script, mostly ASCII: bytes of which more than a
// third are high are decoded leniently as UTF-8, and the library's sniff refuses the U+FFFDs.
// Line endings and a BOM are normalised here exactly as the library does, so the ranges in a
// result point into the text we hold (the explain view needs that to show line:col).
import { normaliseText } from "../input/normalise-text.js";
import type { Warning } from "../types.js";

export interface DecodedText {
  text: string;
  /** Set when the bytes were not UTF-8 and were read as windows-1252. */
  warning?: Warning;
}

const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });
const lenientUtf8 = new TextDecoder("utf-8", { fatal: false, ignoreBOM: false });
/** Latin-1 text in any Latin-script language has far fewer accented letters than this share. */
const MAX_HIGH_SHARE = 1 / 3;
const SAMPLE = 64 * 1024;

export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: normaliseText(new TextDecoder("utf-16le").decode(bytes)) };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: normaliseText(new TextDecoder("utf-16be").decode(bytes)) };
  try {
    return { text: normaliseText(utf8.decode(bytes)) };
  } catch {
    if (highShare(bytes) > MAX_HIGH_SHARE) return { text: normaliseText(lenientUtf8.decode(bytes)) };
    return {
      text: normaliseText(windows1252(bytes)),
      warning: { code: "decoded-as-latin1", message: "the bytes are not valid UTF-8; decoded as windows-1252 (Latin-1)" },
    };
  }
}

// Node's TextDecoder("windows-1252") decodes ISO-8859-1, which leaves 0x80-0x9F as C1 controls;
// scraped "Latin-1" text uses them for curly quotes, dashes and the euro sign.
const CP1252_80_9F = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";

function highShare(bytes: Uint8Array): number {
  const n = Math.min(bytes.length, SAMPLE);
  let high = 0;
  for (let i = 0; i < n; i++) if (bytes[i]! >= 0x80) high++;
  return high / Math.max(n, 1);
}

function windows1252(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    .toString("latin1")
    .replace(/[\u0080-\u009f]/gu, (c) => CP1252_80_9F[c.charCodeAt(0) - 0x80]!);
}

