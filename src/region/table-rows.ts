// A table printed as text: rows whose cells stand apart by runs of spaces ("Dallas     $42,000",
// "Broccoli     80g     160g"). Full of digits, each row alone reads as widget debris; three or
// more such rows one after another are a table the article holds.

/** Fewest rows one after another that make a table. */
export const TABLE_MIN_ROWS = 3;
const CELL_GAP = /\S {3,}\S/;

function isRow(text: string): boolean {
  return text.includes("   ") && CELL_GAP.test(text);
}

/** For each line, the number of rows in the table it belongs to (0: not in a table). */
export function tableRuns(texts: readonly string[]): Int32Array {
  const out = new Int32Array(texts.length);
  for (let i = 0; i < texts.length; ) {
    if (!isRow(texts[i]!)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < texts.length && isRow(texts[j]!)) j++;
    if (j - i >= TABLE_MIN_ROWS) out.fill(j - i, i, j);
    i = j;
  }
  return out;
}
