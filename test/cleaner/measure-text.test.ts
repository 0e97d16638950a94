// The cleaner reads a plain-text input once before segmenting it (src/input/sniff.ts
// measureText): its sniff, lines and printable characters must be what a separate reading for
// each would find, on any text, past the sniff's 64 KB sample included.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import { nonSpace } from "../../src/engine/guard.js";
import { normaliseText } from "../../src/input/normalise-text.js";
import { segmentText } from "../../src/input/segment-text.js";
import { measureText, sniffText } from "../../src/input/sniff.js";

/** The sniff written plainly: NUL refuses; then over the first 64 KB, more than 5% control
 *  characters or 20% replacement characters. */
function referenceSniff(text: string): { ok: true } | { ok: false; reason: string } {
  const sample = text.slice(0, 64 * 1024);
  if (sample.includes("\u0000")) return { ok: false, reason: "NUL bytes: this looks like binary data, not text" };
  const n = Math.max(sample.length, 1);
  const control = [...sample].filter((ch) => /[\u0001-\u0008\u000b\u000e-\u001f\u007f]/u.test(ch)).length;
  const replacement = [...sample].filter((ch) => ch === "\ufffd").length;
  if (control / n > 0.05) return { ok: false, reason: `${Math.round((control / n) * 100)}% control characters: not text` };
  if (replacement / n > 0.2) return { ok: false, reason: `${Math.round((replacement / n) * 100)}% undecodable characters: wrong encoding or binary data` };
  return { ok: true };
}

/** Lines as the segmenter splits the normalised text. */
const segmentedLines = (text: string): number => normaliseText(text).split("\n").length;

const pieces = ["a", "Word", " ", "\t", "\n", "\r", "\r\n", "\u00a0", "\ufeff", "\u0000", "\u0001", "\u007f", "\ufffd", "é", "😀", "\f"];
const texts = fc.array(fc.constantFrom(...pieces), { maxLength: 60 }).map((p) => p.join(""));

describe("measureText", () => {
  it("measureText › lines, printable characters and sniff agree with a reading for each, on any text", () => {
    fc.assert(
      fc.property(texts, (text) => {
        const m = measureText(text);
        assert.equal(m.lines, segmentedLines(text));
        assert.equal(m.nonSpace, nonSpace(normaliseText(text)));
        assert.deepEqual(m.sniffed, referenceSniff(text));
        assert.deepEqual(sniffText(text), referenceSniff(text));
      }),
      { numRuns: 2000 },
    );
  });

  it("measureText › past the 64 KB sample, lines and characters are still counted, and only the sample is sniffed", () => {
    const head = "An ordinary line of text.\n".repeat(3000);
    const tail = "\u0001\u0002\r\nmore\rlines\n".repeat(2000);
    const m = measureText(head + tail);
    assert.equal(m.sniffed.ok, true);
    assert.equal(m.lines, segmentText(normaliseText(head + tail)).text.split("\n").length);
    assert.equal(m.nonSpace, nonSpace(normaliseText(head + tail)));
  });

  it("measureText › a NUL refuses the text, and the lines after it are counted all the same", () => {
    const m = measureText("one\u0000two\nthree\nfour");
    assert.deepEqual(m.sniffed, { ok: false, reason: "NUL bytes: this looks like binary data, not text" });
    assert.equal(m.lines, 3);
    assert.equal(m.nonSpace, 15);
  });
});
