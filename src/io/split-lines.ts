// Splits a byte stream into lines without ever holding more than `maxLineBytes` of one line:
// readline would buffer a 100 MB line whole, so the bytes of an over-long line are counted and
// dropped instead, and the line comes out as { tooLong } at its position.
export type RawLine = { line: number; bytes: Buffer } | { line: number; tooLong: number };

/** `firstLine`: lines before the first chunk (when the chunks are a part of a file, cut at a line end). */
export async function* splitLines(chunks: AsyncIterable<Buffer | string>, maxLineBytes: number, firstLine = 0): AsyncGenerator<RawLine> {
  let parts: Buffer[] = [];
  let size = 0;
  let dropped = 0;
  let line = firstLine;
  const finish = (): RawLine => {
    line++;
    const out: RawLine = dropped > 0 ? { line, tooLong: dropped + size } : { line, bytes: Buffer.concat(parts, size) };
    parts = [];
    size = 0;
    dropped = 0;
    return out;
  };
  const take = (piece: Buffer): void => {
    if (dropped > 0 || size + piece.length > maxLineBytes) {
      dropped += size + piece.length;
      parts = [];
      size = 0;
    } else if (piece.length > 0) {
      parts.push(piece);
      size += piece.length;
    }
  };
  for await (const chunk of chunks) {
    const buf = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
    let start = 0;
    for (let nl = buf.indexOf(10, start); nl !== -1; nl = buf.indexOf(10, start)) {
      take(buf.subarray(start, nl));
      yield finish();
      start = nl + 1;
    }
    // Copy: the stream may reuse its chunk buffer.
    if (start < buf.length) take(Buffer.from(buf.subarray(start)));
  }
  if (size > 0 || dropped > 0) yield finish();
}
