// A small streaming WARC reader: "WARC/1.x" header block, Content-Length bytes of body, CRLF CRLF.
// Written here rather than taken from npm: warcio (the maintained one) brings yargs 17, tempy,
// hash-wasm and pako for what is, for reading, ~100 lines over node:zlib. Gzip members are inflated
// upstream (maybeGunzip). Only records that hold a document become inputs: `response` records
// whose HTTP payload is HTML, and `conversion` records (WET) whose payload is text.

export interface WarcRecord {
  /** 1-based position in the file. */
  index: number;
  headers: Record<string, string>;
  /** Undefined when the body was longer than the limit (its bytes were skipped). */
  body?: Buffer;
  length: number;
}

/** Pulls bytes from an async source on demand. */
class ByteReader {
  private buf: Buffer = Buffer.alloc(0);
  private done = false;
  constructor(private readonly it: AsyncIterator<Buffer>) {}
  private async more(): Promise<boolean> {
    if (this.done) return false;
    const next = await this.it.next();
    if (next.done) {
      this.done = true;
      return false;
    }
    this.buf = this.buf.length === 0 ? next.value : Buffer.concat([this.buf, next.value]);
    return true;
  }
  /** Bytes up to and including the first "\r\n\r\n" (at most `max`), or undefined at a clean end. */
  async headerBlock(max: number): Promise<Buffer | undefined> {
    for (;;) {
      const end = this.buf.indexOf("\r\n\r\n");
      if (end !== -1) {
        const block = this.buf.subarray(0, end + 4);
        this.buf = this.buf.subarray(end + 4);
        return block;
      }
      if (this.buf.length > max) throw new Error("a WARC header block longer than 64 KB");
      if (!(await this.more())) {
        if (this.buf.toString("latin1").trim() === "") return undefined;
        throw new Error("the file ends inside a WARC header block");
      }
    }
  }
  async take(n: number, keep: boolean): Promise<Buffer | undefined> {
    const parts: Buffer[] = [];
    let left = n;
    for (;;) {
      const piece = this.buf.subarray(0, left);
      if (keep && piece.length > 0) parts.push(Buffer.from(piece));
      this.buf = this.buf.subarray(piece.length);
      left -= piece.length;
      if (left === 0) return keep ? Buffer.concat(parts, n) : undefined;
      if (!(await this.more())) throw new Error(`the file ends inside a record body (${left} of ${n} bytes missing)`);
    }
  }
  /** Skips the blank lines between records. */
  async skipNewlines(): Promise<void> {
    for (;;) {
      let i = 0;
      while (i < this.buf.length && (this.buf[i] === 13 || this.buf[i] === 10)) i++;
      this.buf = this.buf.subarray(i);
      if (this.buf.length > 0 || !(await this.more())) return;
    }
  }
}

export async function* readWarcRecords(source: AsyncIterable<Buffer>, maxBody: number): AsyncGenerator<WarcRecord> {
  const reader = new ByteReader(source[Symbol.asyncIterator]());
  for (let index = 1; ; index++) {
    await reader.skipNewlines();
    const block = await reader.headerBlock(64 * 1024);
    if (block === undefined) return;
    const lines = block.toString("utf8").split("\r\n");
    if (!/^WARC\/\d/u.test(lines[0] ?? "")) throw new Error(`record ${index}: expected "WARC/1.x", found ${JSON.stringify((lines[0] ?? "").slice(0, 40))}`);
    const headers = parseHeaders(lines.slice(1));
    const length = Number(headers["content-length"]);
    if (!Number.isSafeInteger(length) || length < 0) throw new Error(`record ${index}: no valid Content-Length`);
    const keep = length <= maxBody;
    const body = await reader.take(length, keep);
    yield body === undefined ? { index, headers, length } : { index, headers, body, length };
  }
}

function parseHeaders(lines: string[]): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const line of lines) {
    const colon = line.indexOf(":");
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return headers;
}

export type WarcPayload =
  | { kind: "html"; bytes: Buffer; charset?: string; contentEncoding?: string }
  | { kind: "text"; bytes: Buffer }
  | { kind: "skip"; reason?: string };

/** What a record holds for cleaning: HTML from a response, text from a WET conversion, or nothing.
 *  A response whose HTTP status is not 2xx is an error page or a redirect, not the article: it is
 *  skipped with its status class as the reason, so the batch can count it. */
export function warcPayload(record: WarcRecord & { body: Buffer }): WarcPayload {
  const type = record.headers["warc-type"];
  const contentType = record.headers["content-type"] ?? "";
  if (type === "conversion") return /^text\/plain/iu.test(contentType) || contentType === "" ? { kind: "text", bytes: record.body } : { kind: "skip" };
  if (type === "resource" && /^text\/html/iu.test(contentType)) return { kind: "html", bytes: record.body, ...charsetOf(contentType) };
  if (type !== "response" || !/application\/http/iu.test(contentType)) return { kind: "skip" };
  const end = record.body.indexOf("\r\n\r\n");
  if (end === -1) return { kind: "skip" };
  const head = record.body.subarray(0, end).toString("latin1").split("\r\n");
  const http = parseHeaders(head.slice(1));
  const type2 = http["content-type"] ?? "";
  if (!/^(?:text\/html|application\/xhtml\+xml)/iu.test(type2)) return { kind: "skip" };
  const status = /^HTTP\/[\d.]+\s+(\d{3})/u.exec(head[0] ?? "")?.[1];
  if (status !== undefined && !status.startsWith("2")) return { kind: "skip", reason: `http-${status[0]}xx` };
  let bytes = record.body.subarray(end + 4);
  if (/chunked/iu.test(http["transfer-encoding"] ?? "")) bytes = dechunk(bytes);
  const encoding = (http["content-encoding"] ?? "").trim().toLowerCase();
  return { kind: "html", bytes, ...charsetOf(type2), ...(encoding !== "" && encoding !== "identity" ? { contentEncoding: encoding } : {}) };
}

function charsetOf(contentType: string): { charset?: string } {
  const m = /charset\s*=\s*"?([\w:.-]+)/iu.exec(contentType);
  return m ? { charset: m[1]! } : {};
}

/** HTTP chunked transfer coding, as some crawlers store it. */
function dechunk(bytes: Buffer): Buffer {
  const parts: Buffer[] = [];
  let at = 0;
  while (at < bytes.length) {
    const eol = bytes.indexOf("\r\n", at);
    if (eol === -1) break;
    const size = parseInt(bytes.subarray(at, eol).toString("latin1"), 16);
    if (!Number.isFinite(size) || size === 0) break;
    parts.push(bytes.subarray(eol + 2, eol + 2 + size));
    at = eol + 2 + size + 2;
  }
  return Buffer.concat(parts);
}

/** The id and url of a WARC document: its record id and target URI. */
export function warcIdentity(record: WarcRecord, file: string): { id: string; url?: string } {
  const id = (record.headers["warc-record-id"] ?? "").replace(/^<|>$/gu, "") || `${file}#${record.index}`;
  const url = record.headers["warc-target-uri"]?.replace(/^<|>$/gu, "");
  return url ? { id, url } : { id };
}
