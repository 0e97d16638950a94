// A job's payload read back from Redis, its id, and the parts a large JSONL file is cut into.
import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import fc from "fast-check";
import { jsonlParts } from "../../src/io/jsonl-parts.js";
import { readInputs } from "../../src/io/read-inputs.js";
import { jobIdOf } from "../../src/queue/job-id.js";
import { readPayload, type JobPayload } from "../../src/queue/payload.js";
import { tempDir } from "../cli/harness.js";

const GOOD: JobPayload = {
  v: 1,
  input: "/data/corpus/a.jsonl",
  kind: "jsonl",
  name: "corpus/a.jsonl",
  output: "a.part1-of-2.jsonl",
  part: { index: 0, count: 2, start: 0, end: 100, firstLine: 0 },
  clean: { format: "jsonl", gzip: false, textField: "text", maxLineBytes: 1000, rulesDirs: [], ruleFlags: ["ad-label=off"], builtin: true, timings: false, guard: 0.9, fields: ["text"] },
};

describe("queue payload", () => {
  it("queue › a payload as added reads back unchanged", () => {
    assert.deepEqual(readPayload(JSON.parse(JSON.stringify(GOOD))), GOOD);
  });

  it("queue › a payload edited into nonsense is refused, naming what is wrong", () => {
    const cases: Array<[unknown, RegExp]> = [
      ["just text", /expected an object, got "just text"/u],
      [{ ...GOOD, v: 2 }, /"v" is 2; this worker reads version 1/u],
      [{ ...GOOD, input: undefined }, /"input" is missing/u],
      [{ ...GOOD, input: "a.txt" }, /"input" is "a\.txt", expected an absolute path/u],
      [{ ...GOOD, kind: "pdf" }, /"kind" is "pdf"/u],
      [{ ...GOOD, output: "../../etc/passwd" }, /"output" is "\.\.\/\.\.\/etc\/passwd", expected a relative path inside the output folder/u],
      [{ ...GOOD, output: "/tmp/x" }, /"output" is "\/tmp\/x"/u],
      [{ ...GOOD, part: { ...GOOD.part, end: -1 } }, /"part\.end" is -1, expected a whole number/u],
      [{ ...GOOD, part: { ...GOOD.part, start: 200 } }, /"part" is inconsistent/u],
      [{ ...GOOD, clean: null }, /"clean" is null, expected an object/u],
      [{ ...GOOD, clean: { ...GOOD.clean, format: "pdf" } }, /"clean\.format" is "pdf"/u],
      [{ ...GOOD, clean: { ...GOOD.clean, links: "yes" } }, /"clean\.links" is "yes", expected true or false/u],
      [{ ...GOOD, clean: { ...GOOD.clean, ruleFlags: "x=off" } }, /"clean\.ruleFlags" is "x=off", expected a list of strings/u],
      [{ ...GOOD, clean: { ...GOOD.clean, rulesDirs: ["rules"] } }, /"clean\.rulesDirs" holds "rules", expected absolute paths/u],
      [{ ...GOOD, clean: { ...GOOD.clean, guard: 3 } }, /"clean\.guard" is 3/u],
      [{ ...GOOD, clean: { ...GOOD.clean, fields: ["nope"] } }, /"clean\.fields" holds "nope", not record keys/u],
      [{ ...GOOD, clean: { ...GOOD.clean, maxLineBytes: 0 } }, /"clean\.maxLineBytes" is 0/u],
    ];
    for (const [data, message] of cases) assert.throws(() => readPayload(data), (error: Error) => error.name === "BadPayload" && message.test(error.message), JSON.stringify(data));
  });

  it("queue › a job's id is the same for the same input, part and settings, and differs when any of them does", () => {
    const same = jobIdOf(JSON.parse(JSON.stringify(GOOD)) as JobPayload);
    assert.equal(jobIdOf(GOOD), same);
    assert.match(same, /^d[0-9a-f]{40}$/u);
    const others = [
      { ...GOOD, input: "/data/corpus/b.jsonl" },
      { ...GOOD, part: { ...GOOD.part!, start: 100, end: 200, index: 1 } },
      { ...GOOD, clean: { ...GOOD.clean, ruleFlags: [] } },
      { ...GOOD, clean: { ...GOOD.clean, gzip: true } },
    ];
    for (const other of others) assert.notEqual(jobIdOf(other), same);
  });

  it("queue › the parts of a JSONL file end on line ends, cover it once and read back its records with their line numbers", async () => {
    const dir = tempDir();
    await fc.assert(
      fc.asyncProperty(fc.array(fc.oneof(fc.string({ maxLength: 40 }).map((t) => JSON.stringify({ text: t })), fc.constant(""), fc.constant("{bad")), { maxLength: 60 }), fc.integer({ min: 1, max: 300 }), fc.boolean(), async (lines, partBytes, trailingNewline) => {
        const path = join(dir, "f.jsonl");
        const text = lines.join("\n") + (trailingNewline && lines.length > 0 ? "\n" : "");
        writeFileSync(path, text);
        const parts = (await jsonlParts(path, partBytes))!;
        const bytes = readFileSync(path);
        assert.equal(parts[0]!.start, 0);
        assert.equal(parts.at(-1)!.end, bytes.length);
        for (let i = 1; i < parts.length; i++) {
          assert.equal(parts[i]!.start, parts[i - 1]!.end);
          assert.equal(bytes[parts[i]!.start - 1], 10, "a part starts after a line end");
          assert.equal(parts[i]!.firstLine, bytes.subarray(0, parts[i]!.start).filter((b) => b === 10).length);
        }
        const read = async (slice?: (typeof parts)[number]): Promise<string[]> => {
          const out: string[] = [];
          for await (const doc of readInputs([path], { inputFormat: "jsonl", textField: "text", maxDocBytes: 1e6, onNote: () => {}, stdin: process.stdin, name: "f.jsonl", ...(slice ? { slice } : {}) })) out.push(JSON.stringify(doc));
          return out;
        };
        const whole = await read();
        const pieces: string[] = [];
        for (const part of parts) pieces.push(...(await read(part)));
        assert.deepEqual(pieces, whole);
      }),
      { numRuns: 60 },
    );
  });

  it("queue › a gzip JSONL file is not cut", async () => {
    const { gzipSync } = await import("node:zlib");
    const path = join(tempDir(), "f.jsonl.gz");
    writeFileSync(path, gzipSync(`${JSON.stringify({ text: "x".repeat(5000) })}\n`.repeat(10)));
    assert.equal(await jsonlParts(path, 100), undefined);
  });
});
