import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { normaliseText } from "../../src/input/normalise-text.js";
import { segmentText } from "../../src/input/segment-text.js";
import type { Doc } from "../../src/types.js";
import { cleanerWith } from "../helpers/specs.js";

/** Lines tile the text: each range slices its text, ranges ascend, and only blank text lies between them. */
function assertTiles(doc: Doc): void {
  let at = 0;
  for (const block of doc.blocks) {
    assert.equal(block.text, doc.text.slice(block.range[0], block.range[1]), `block ${block.id} text`);
    assert.equal(block.range[0], block.lines[0]!.range[0]);
    assert.equal(block.range[1], block.lines[block.lines.length - 1]!.range[1]);
    block.lines.forEach((line, i) => {
      assert.equal(line.id, `${block.id}.l${i}`);
      assert.equal(line.block, block.index);
      assert.equal(line.index, i);
      assert.equal(line.text, doc.text.slice(line.range[0], line.range[1]), `line ${line.id} text`);
      assert.ok(!line.text.includes("\n"), `line ${line.id} holds a line break`);
      assert.ok(line.text.trim() !== "", `line ${line.id} is blank`);
      assert.match(doc.text.slice(at, line.range[0]), /^\s*$/u, `only white space before ${line.id}`);
      if (i > 0) assert.equal(doc.text.slice(at, line.range[0]), "\n", `lines of one block are separated by one line break (${line.id})`);
      at = line.range[1];
    });
  }
  assert.match(doc.text.slice(at), /^\s*$/u, "only white space after the last line");
}

describe("segmentation", () => {
  const table: Array<[name: string, text: string, shape: number[]]> = [
    ["one line", "Hello", [1]],
    ["two blocks", "a\nb\n\nc", [2, 1]],
    ["several blank lines separate one pair of blocks", "a\n\n\n\nb", [1, 1]],
    ["white-space-only lines separate blocks", "a\n  \t \nb", [1, 1]],
    ["leading and trailing blank lines make no block", "\n\n a \n\n", [1]],
    ["empty text has no blocks", "", []],
    ["white space only has no blocks", " \n\t\n ", []],
    ["trailing newline", "a\nb\n", [2]],
    ["indented lines keep their indentation", "  a\n\tb", [2]],
  ];
  for (const [name, text, shape] of table) {
    it(`segmentation › ${name}`, () => {
      const doc = segmentText(text);
      assert.deepEqual(doc.blocks.map((b) => b.lines.length), shape);
      assertTiles(doc);
    });
  }

  it("segmentation › block and line ids count from zero", () => {
    const doc = segmentText("a\n\nb\nc");
    assert.deepEqual(doc.blocks.flatMap((b) => b.lines.map((l) => l.id)), ["b0.l0", "b1.l0", "b1.l1"]);
  });

  it("segmentation › offsets point into the text", () => {
    const doc = segmentText("ab\n\n cd");
    assert.deepEqual(doc.blocks[1]!.lines[0]!.range, [4, 7]);
  });

  const normalise: Array<[name: string, input: string, output: string]> = [
    ["CRLF becomes LF", "a\r\nb", "a\nb"],
    ["lone CR becomes LF", "a\rb\r\rc", "a\nb\n\nc"],
    ["a leading BOM is dropped", "\uFEFFa", "a"],
    ["a BOM inside the text stays", "a\uFEFFb", "a\uFEFFb"],
    ["other text is untouched", "  a\t\n\nb  ", "  a\t\n\nb  "],
  ];
  for (const [name, input, output] of normalise) {
    it(`normalisation › ${name}`, () => assert.equal(normaliseText(input), output));
  }

  it("normalisation › ranges of a CRLF input point into the normalised text", () => {
    const input = "\uFEFFHome\r\n\r\nThe article text.\r\nSecond line.\r\n";
    const text = normaliseText(input);
    const doc = segmentText(text);
    assertTiles(doc);
    assert.deepEqual(doc.blocks.map((b) => b.text), ["Home", "The article text.\nSecond line."]);
  });

  it("normalisation › a cleaner with no rules returns the normalised input, blocks joined by one blank line", () => {
    const cleaner = cleanerWith([]);
    assert.equal(cleaner.clean("\uFEFFa\r\nb\r\n\r\n\r\n  c  \r\n").text, "a\nb\n\n  c  ");
  });
});
