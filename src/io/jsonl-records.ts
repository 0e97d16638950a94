// One JSONL line -> one document, or an error record at the same position. A bad line never
// stops the file: the caller keeps reading and the output keeps one record per input line.
import type { InputDoc, Origin } from "./document.js";
import type { RawLine } from "./split-lines.js";
import { normaliseNewlines } from "./decode.js";

const utf8 = new TextDecoder("utf-8", { fatal: false });

export function lineToDoc(raw: RawLine, source: string, textField: string, maxLineBytes: number, origin: Origin): InputDoc {
  const fallbackId = `${source}:${raw.line}`;
  const fail = (code: string, message: string, id?: string): InputDoc => ({ kind: "error", id: id ?? fallbackId, line: raw.line, error: { code, message }, origin });
  if ("tooLong" in raw) return fail("line-too-long", `the line has ${raw.tooLong} bytes; --max-line-bytes is ${maxLineBytes}`);
  let value: unknown;
  try {
    value = JSON.parse(utf8.decode(raw.bytes));
  } catch (error) {
    return fail("bad-json", (error as Error).message);
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) return fail("not-an-object", "expected a JSON object");
  const record = value as Record<string, unknown>;
  const id = typeof record["id"] === "string" || typeof record["id"] === "number" ? String(record["id"]) : fallbackId;
  const text = record[textField];
  const url = typeof record["url"] === "string" ? { url: record["url"] } : {};
  // {id, html, url?} records: the page itself, cleaned through the HTML front end.
  if (text === undefined && typeof record["html"] === "string") return { kind: "doc", id, html: record["html"], line: raw.line, origin, ...url };
  if (text === undefined) return fail("missing-text", `no "${textField}" field`, id);
  if (typeof text !== "string") return fail("text-not-string", `"${textField}" is ${text === null ? "null" : typeof text}, not a string`, id);
  return { kind: "doc", id, text: normaliseNewlines(text), line: raw.line, origin, ...url };
}

/** Blank lines (a trailing newline, spacing between records) are not records. */
export function isBlank(raw: RawLine): boolean {
  return "bytes" in raw && raw.bytes.every((b) => b === 32 || b === 9 || b === 13);
}
