import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { TABLE_MIN_ROWS, tableRunsOf } from "../../src/region/table-rows.js";

/** Each line's table size, asked in order as the region model asks. */
const tableRuns = (lines: readonly string[]): number[] => {
  const at = tableRunsOf(lines);
  return lines.map((_, i) => at(i));
};

const row = (city: string, n: number) => `${city}          $${n},000        ${n / 20}%`;

describe("tableRunsOf", () => {
  it("marks each row of a table with the table's size", () => {
    const lines = ["Prices rose in every city we looked at this year.", row("Dallas", 42), row("Houston", 39), row("Austin", 47), "That is all."];
    assert.deepEqual([...tableRuns(lines)], [0, 3, 3, 3, 0]);
  });

  it("leaves fewer rows than a table needs unmarked", () => {
    const lines = Array.from({ length: TABLE_MIN_ROWS - 1 }, (_, i) => row("Dallas", 40 + i));
    assert.deepEqual([...tableRuns(lines)], lines.map(() => 0));
  });

  it("does not take single spaces or a lone wide gap for cells", () => {
    const lines = ["Dallas $42,000 2.1%", "Houston $39,500 1.8%", "Austin $47,250 2.6%", "Note:   see below"];
    assert.deepEqual([...tableRuns(lines)], [0, 0, 0, 0]);
  });
});
