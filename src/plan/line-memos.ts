// A document's line memos by text. A Map by text hashes every character of every line it is asked
// about, and most of a page's characters are in its few long lines (paragraphs), which a page
// seldom repeats and which seldom share a length: a long line is looked for among the memos of
// its length, compared in full. A length that many long lines share (a table's rows) falls back
// to the Map, so that no look-up compares more than a few texts.

/** Lines at least this long are looked up by length. */
const LONG = 80;
/** Memos of one length compared in full before the Map takes the rest. */
const CROWDED = 4;

export class LineMemos<T extends { readonly text: string }> {
  private readonly byText = new Map<string, T>();
  private readonly byLength = new Map<number, T[]>();

  get(text: string): T | undefined {
    if (text.length < LONG) return this.byText.get(text);
    const some = this.byLength.get(text.length);
    if (some === undefined) return undefined;
    for (const memo of some) if (memo.text === text) return memo;
    return some.length === CROWDED ? this.byText.get(text) : undefined;
  }

  /** Keeps `memo` for `text`, which has none yet. */
  set(text: string, memo: T): void {
    if (text.length >= LONG) {
      let some = this.byLength.get(text.length);
      if (some === undefined) this.byLength.set(text.length, (some = []));
      if (some.length < CROWDED) {
        some.push(memo);
        return;
      }
    }
    this.byText.set(text, memo);
  }
}
