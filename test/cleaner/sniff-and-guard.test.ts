// The cleaner's readings of a whole input, against their plain definitions on any text: the sniff
// (src/input/sniff.ts, a regex first and a count only when it finds something), the line limit
// (read only when the text could pass it) and the guard's share (src/engine/guard.ts, the kept
// text read only as far as it must be).
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import { guard } from "../../src/engine/guard.js";
import { normaliseText } from "../../src/input/normalise-text.js";
import { moreLinesThan, sniffText } from "../../src/input/sniff.js";

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

/** The guard's share written plainly: the removed share of the input's UTF-16 units above U+0020. */
const printable = (text: string): number => text.split("").filter((unit) => unit.charCodeAt(0) > 32).length;
function referenceTrips(input: string, kept: string, maxRemovedShare: number): boolean {
  const all = printable(input);
  return all !== 0 && 1 - printable(kept) / all > maxRemovedShare;
}

const pieces = ["a", "Word", " ", "\t", "\n", "\r", "\r\n", "\u00a0", "\ufeff", "\u0000", "\u0001", "\u000b", "\u007f", "\ufffd", "é", "😀", "\f"];
const texts = fc.array(fc.constantFrom(...pieces), { maxLength: 60 }).map((p) => p.join(""));

describe("sniff and guard", () => {
  it("sniffText › agrees with a plain reading, on any text", () => {
    fc.assert(
      fc.property(texts, (text) => assert.deepEqual(sniffText(text), referenceSniff(text))),
      { numRuns: 2000 },
    );
  });

  it("sniffText › only the first 64 KB is sniffed", () => {
    const head = "An ordinary line of text.\n".repeat(3000);
    const tail = "\u0001\u0002\r\nmore\rlines\n".repeat(2000);
    assert.equal(sniffText(head + tail).ok, true);
    assert.equal(sniffText(tail + head).ok, false);
    assert.equal(sniffText(head + "\u0000").ok, true);
  });

  it("moreLinesThan › agrees with the segmenter's lines for any limit, on any text", () => {
    fc.assert(
      fc.property(texts, fc.nat(70), (text, max) => assert.equal(moreLinesThan(text, max), segmentedLines(text) > max)),
      { numRuns: 2000 },
    );
  });

  it("guard › trips exactly when the plain share is over the limit (a region that never vouches for the page)", () => {
    const noRegion = () => ({ credible: false, proseWords: 0, removedProseWords: 1000 });
    fc.assert(
      fc.property(texts, fc.nat(60), fc.nat(60), fc.double({ min: 0, max: 1, noNaN: true }), (text, a, b, maxRemovedShare) => {
        const input = normaliseText(text);
        const kept = input.slice(Math.min(a, b), Math.max(a, b));
        assert.equal(guard(input, kept, { maxRemovedShare }, noRegion) !== undefined, referenceTrips(input, kept, maxRemovedShare));
      }),
      { numRuns: 3000 },
    );
  });
});
