// The JSONL line splitter: lines across chunk boundaries, and over-long lines dropped with
// their size instead of being buffered.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { splitLines, type RawLine } from "../../src/io/split-lines.js";

async function collect(chunks: string[], max: number): Promise<Array<string | number>> {
  async function* source(): AsyncGenerator<Buffer> {
    for (const c of chunks) yield Buffer.from(c);
  }
  const out: Array<string | number> = [];
  for await (const line of splitLines(source(), max) as AsyncGenerator<RawLine>) out.push("bytes" in line ? line.bytes.toString() : -line.tooLong);
  return out;
}

describe("split-lines", () => {
  it("split-lines › joins lines split across chunks and keeps a last line without newline", async () => {
    assert.deepEqual(await collect(["ab", "c\nde", "f\n\ng", "h"], 100), ["abc", "def", "", "gh"]);
  });

  it("split-lines › an over-long line comes out as its size, the next line is intact", async () => {
    assert.deepEqual(await collect(["12345", "6789\nok\n"], 5), [-9, "ok"]);
  });

  it("split-lines › a line of exactly the limit is kept", async () => {
    assert.deepEqual(await collect(["12345\n"], 5), ["12345"]);
  });

  it("split-lines › numbers lines from 1, counting blank ones", async () => {
    async function* source(): AsyncGenerator<Buffer> {
      yield Buffer.from("a\n\nb\n");
    }
    const numbers: number[] = [];
    for await (const line of splitLines(source(), 10)) numbers.push(line.line);
    assert.deepEqual(numbers, [1, 2, 3]);
  });
});
