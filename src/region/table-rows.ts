// A table printed as text: rows whose cells stand apart by runs of spaces ("Dallas     $42,000",
// "Broccoli     80g     160g"). Full of digits, each row alone reads as widget debris; three or
// more such rows one after another are a table the article holds.

/** Fewest rows one after another that make a table. */
export const TABLE_MIN_ROWS = 3;
const CELL_GAP = /\S {3,}\S/;

function isRow(text: string): boolean {
  return text.includes("   ") && CELL_GAP.test(text);
}

/** Asks, line by line, the number of rows in the table a line belongs to (0: not in a table).
 *  Only the lines asked about and their neighbours are read, each table once when asked in
 *  order: the region asks only of its debris lines. */
export function tableRunsOf(texts: readonly string[]): (i: number) => number {
  let from = -1;
  let to = -2;
  return (i) => {
    if (i >= from && i <= to) return to - from + 1 >= TABLE_MIN_ROWS ? to - from + 1 : 0;
    if (!isRow(texts[i]!)) return 0;
    from = i;
    to = i;
    while (from > 0 && isRow(texts[from - 1]!)) from--;
    while (to + 1 < texts.length && isRow(texts[to + 1]!)) to++;
    return to - from + 1 >= TABLE_MIN_ROWS ? to - from + 1 : 0;
  };
}
