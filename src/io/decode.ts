// Bytes from disk or stdin become the text the library sees. Decoding is lenient on purpose:
// invalid UTF-8 turns into U+FFFD and the library decides whether too much of it means "not text".
// Line endings and a BOM are normalised here exactly as the library does, so the ranges in a
// result point into the text we hold (the explain view needs that to show line:col).
const utf8 = new TextDecoder("utf-8", { fatal: false, ignoreBOM: false });

export function decodeText(bytes: Uint8Array): string {
  return normaliseNewlines(utf8.decode(bytes));
}

export function normaliseNewlines(text: string): string {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return body.includes("\r") ? body.replace(/\r\n?/gu, "\n") : body;
}
