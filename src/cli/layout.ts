// How documents are laid out in one output (stdout, or one file under --out-dir):
//   text      the clean text; several documents each get a "==> id <==" header, as head(1) does
//   markdown  see markdown.ts; several documents each get a "<!-- id -->" comment
//   html      see html-output.ts; the same comment between documents
//   json      one pretty object; several documents make a pretty array
//   jsonl     one record per line
//   explain   see explain.ts, one listing after another
// A document that failed has no text: text/markdown/explain leave it out (the caller reports it
// on stderr); json/jsonl write an error record in its place, so records out = documents in.
import type { CleanResult } from "../types.js";
import { explainDoc } from "./explain.js";
import { toHtml } from "./html-output.js";
import { toMarkdown } from "./markdown.js";
import type { OutputRecord, RecordSummary } from "../batch/record.js";

export const FORMATS = ["text", "json", "jsonl", "markdown", "html", "explain"] as const;
export type Format = (typeof FORMATS)[number];

export const EXTENSIONS: Record<Format, string> = { text: ".txt", json: ".json", jsonl: ".jsonl", markdown: ".md", html: ".html", explain: ".explain.txt" };

export interface Entry {
  id: string;
  /** The record; for one a pool worker wrote out itself (`line`), its id and status alone. */
  record: OutputRecord | { id: string; status: "ok" | "empty" };
  /** The record as one JSON line (no newline), written on a pool worker. Only the jsonl layout
   *  reads it: the batch asks workers for it only when every output is jsonl. */
  line?: string;
  /** What the batch counts take from the record. */
  summary: RecordSummary;
  /** Present when the library cleaned the document (absent for read errors). */
  result?: CleanResult;
  /** The text that was cleaned, needed by the explain view for line:col. */
  source?: string;
  /** UTF-8 bytes of the input, for throughput. */
  bytes?: number;
}

export interface Layout {
  begin(): string;
  doc(entry: Entry): string;
  end(): string;
}

/** `links`: markdown keeps links as [text](href). */
export function createLayout(format: Format, several: boolean, links = false): Layout {
  let count = 0;
  const sep = (): string => (count++ > 0 ? "\n" : "");
  const cleaned = (e: Entry): e is Entry & { result: CleanResult } => e.record.status !== "error" && e.result !== undefined;
  switch (format) {
    case "jsonl":
      return { begin: () => "", doc: (e) => `${e.line ?? JSON.stringify(e.record)}\n`, end: () => "" };
    case "json":
      if (!several) return { begin: () => "", doc: (e) => `${JSON.stringify(e.record, null, 2)}\n`, end: () => "" };
      return {
        begin: () => "[\n",
        doc: (e) => `${count++ > 0 ? ",\n" : ""}${indent(JSON.stringify(e.record, null, 2))}`,
        end: () => (count > 0 ? "\n]\n" : "]\n"),
      };
    case "text":
      return {
        begin: () => "",
        doc: (e) => (!cleaned(e) ? "" : several ? `${sep()}==> ${oneLine(e.id)} <==\n${withNewline(e.result.text)}` : withNewline(e.result.text)),
        end: () => "",
      };
    case "markdown":
      return {
        begin: () => "",
        doc: (e) => (!cleaned(e) ? "" : several ? `${sep()}<!-- ${oneLine(e.id).replace(/--/gu, "- -")} -->\n\n${toMarkdown(e.result, { links })}` : toMarkdown(e.result, { links })),
        end: () => "",
      };
    case "html":
      return {
        begin: () => "",
        doc: (e) => (!cleaned(e) ? "" : several ? `${sep()}<!-- ${oneLine(e.id).replace(/--/gu, "- -")} -->\n${toHtml(e.result)}` : toHtml(e.result)),
        end: () => "",
      };
    case "explain":
      return {
        begin: () => "",
        doc: (e) => `${sep()}${cleaned(e) ? explainDoc(oneLine(e.id), e.source ?? e.result.text, e.result) : `${oneLine(e.id)}  (error)\n  ${e.record.status === "error" ? `${e.record.error.code}: ${e.record.error.message}` : ""}\n`}`,
        end: () => "",
      };
  }
}

/** An id as it heads a document: control characters and line separators are escaped, so an id can
 *  never start a line of its own (a forged "==> id <==" header and the text after it). */
export const oneLine = (id: string): string =>
  id.replace(/[\p{Cc}\u2028\u2029]/gu, (c) => ({ "\n": "\\n", "\r": "\\r", "\t": "\\t" })[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);

const withNewline = (s: string): string => (s === "" || s.endsWith("\n") ? s : `${s}\n`);
const indent = (s: string): string => s.replace(/^/gmu, "  ");
