// One JSONL line -> one document, or an error record at the same position. A bad line never
// stops the file: the caller keeps reading and the output keeps one record per input line.
import type { InputDoc, Origin } from "./document.js";
import type { RawLine } from "./split-lines.js";
import { normaliseText } from "../input/normalise-text.js";

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
  const html = text === undefined && typeof record["html"] === "string" ? record["html"] : undefined;
  // The record's own fields (url, crawl date, anything) go out with its result, so it can be joined back.
  const carried = carriedFields(record, html === undefined ? textField : "html");
  const failCarried = (code: string, message: string): InputDoc => ({ ...fail(code, message, id), ...carried });
  // {id, html, url?} records: the page itself, cleaned through the HTML front end.
  if (html !== undefined) return { kind: "doc", id, html, line: raw.line, origin, ...carried };
  if (text === undefined) return failCarried("missing-text", `no "${textField}" field`);
  if (typeof text !== "string") return failCarried("text-not-string", `"${textField}" is ${text === null ? "null" : typeof text}, not a string`);
  return { kind: "doc", id, text: normaliseText(text), line: raw.line, origin, ...carried };
}

/** The url (when a string) and every other field but the id and the cleaned one. */
function carriedFields(record: Record<string, unknown>, cleanedField: string): { url?: string; inputFields?: Record<string, unknown> } {
  const out: { url?: string; inputFields?: Record<string, unknown> } = {};
  let fields: Record<string, unknown> | undefined;
  for (const key of Object.keys(record)) {
    if (key === "id" || key === cleanedField) continue;
    if (key === "url" && typeof record[key] === "string") out.url = record[key] as string;
    else (fields ??= {})[key] = record[key];
  }
  if (fields !== undefined) out.inputFields = fields;
  return out;
}

/** Blank lines (a trailing newline, spacing between records) are not records. */
export function isBlank(raw: RawLine): boolean {
  return "bytes" in raw && raw.bytes.every((b) => b === 32 || b === 9 || b === 13);
}
