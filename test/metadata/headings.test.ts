import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import { findHeadings } from "../../src/metadata/headings.js";
import { countWords } from "../../src/lexicon/words.js";

/** The definition, written plainly: a trimmed one-line block of 1 to 15 words, with a letter, not
 *  ending as a sentence does, that is not the title and that more text follows. */
function reference(blocks: readonly string[], title: string | undefined): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < blocks.length; i++) {
    const b = blocks[i]!.trim();
    if (b.includes("\n") || b === title) continue;
    const words = (b.match(/[\p{L}\p{N}_\ud800-\udfff]+/gu) ?? []).length;
    if (words >= 1 && words <= 15 && !/[.,;:!?…"”»]\s*$/u.test(b) && /\p{L}/u.test(b)) out.push(b);
  }
  return out;
}

describe("findHeadings", () => {
  it("keeps short one-line blocks followed by more text", () => {
    const blocks = ["The budget vote", "The council approved the budget on Monday.", "What comes next  ", "More text."];
    assert.deepEqual(findHeadings(blocks, blocks.map(countWords), undefined), ["The budget vote", "What comes next"]);
  });

  it("leaves out sentences, quotes, long lines, multi-line blocks, the title and the last block", () => {
    const long = Array.from({ length: 16 }, (_, i) => `word${i}`).join(" ");
    const blocks = ["Title here", "He said so.", "“A quote”", long, "two\nlines", "12 34", "Last heading"];
    assert.deepEqual(findHeadings(blocks, blocks.map(countWords), "Title here"), []);
    assert.deepEqual(findHeadings([Array.from({ length: 15 }, () => "w").join(" "), "text"], [15, 1], undefined).length, 1);
  });

  it("agrees with the plain definition on random blocks", () => {
    const unit = fc.constantFrom("a", "Z", "é", "_", "1", " ", "\t", ".", ",", "!", "…", "”", "»", "\"", "-", "😀", "\n", "\u00a0", "中");
    const block = fc.array(unit, { maxLength: 40 }).map((u) => u.join(""));
    fc.assert(
      fc.property(fc.array(block, { maxLength: 8 }), fc.option(block, { nil: undefined }), (blocks, title) => {
        assert.deepEqual(findHeadings(blocks, blocks.map(countWords), title), reference(blocks, title));
      }),
      { seed: 20261203, numRuns: 2000 },
    );
  });
});
