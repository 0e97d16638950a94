// A document larger than the stated limits is refused before cleaning, with a record, instead of
// exhausting the heap: the engine's memory grows with the lines (a few KB each).
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { createCleaner } from "../../src/cleaner.js";
import { INPUT_LIMITS } from "../../src/limits.js";
import { toRecord } from "../../src/batch/record.js";

const lines = (n: number, eol = "\n"): string => Array.from({ length: n }, (_, i) => `l${i}`).join(eol);

describe("input limits", () => {
  it("input limits › by default, a document of more lines than a default heap can clean is rejected at once", () => {
    const text = lines(INPUT_LIMITS.maxInputLines + 1);
    const started = performance.now();
    const result = createCleaner().clean({ id: "many", text });
    const ms = performance.now() - started;
    assert.equal(result.status, "rejected");
    assert.deepEqual(result.warnings.map((w) => w.code), ["input-too-large"]);
    assert.match(result.warnings[0]!.message, new RegExp(`more than ${INPUT_LIMITS.maxInputLines} lines`, "u"));
    assert.ok(ms < 2000, `refused after ${Math.round(ms)} ms`);
    assert.deepEqual(toRecord("many", result), { id: "many", status: "error", error: result.warnings[0] });
  });

  it("input limits › maxInputLines counts lines as the segmenter does (\\n, \\r\\n, lone \\r); at the limit the document is cleaned", () => {
    const cleaner = createCleaner({ maxInputLines: 100 });
    for (const eol of ["\n", "\r\n", "\r"]) {
      assert.notEqual(cleaner.clean(lines(100, eol)).status, "rejected", JSON.stringify(eol));
      assert.equal(cleaner.clean(lines(101, eol)).status, "rejected", JSON.stringify(eol));
    }
  });

  it("input limits › HTML: the lines of the extracted text count", () => {
    const html = `<html><body><article>${Array.from({ length: 60 }, (_, i) => `<p>Paragraph ${i} of the article, with a sentence of running text.</p>`).join("")}</article></body></html>`;
    assert.equal(createCleaner({ maxInputLines: 60 }).clean({ html }).status, "ok");
    const refused = createCleaner({ maxInputLines: 59 }).clean({ html });
    assert.equal(refused.status, "rejected");
    assert.equal(refused.warnings[0]?.code, "input-too-large");
  });

  it("input limits › maxInputChars: the default is below what a default heap can clean", () => {
    assert.ok(INPUT_LIMITS.maxInputChars <= 50_000_000);
    const result = createCleaner({ maxInputChars: 10 }).clean("Eleven chars");
    assert.equal(result.status, "rejected");
    assert.match(result.warnings[0]!.message, /the limit is 10/u);
  });
});
