// The classifier's LineFeatures of a document's distinct line texts, by memo row, in typed
// columns. A page of a million short lines would otherwise hold a million objects of eleven
// fields (and two boxed numbers each) for as long as it is cleaned; a row is read back through
// a small view, made when asked and soon dropped. The features of texts no memo holds are views
// too, over small stores of their own (looseFeatures): the classifier and the region model only
// ever meet one shape of LineFeatures, so their loops are not deoptimized and compiled again.
import type { LineFeatures } from "../classifier/features.js";

const ENDS_SENTENCE = 1;
const BULLET = 2;
const BRACKETED = 4;
const COPYRIGHT = 8;
const STORED = 16;

export class FeatureRows {
  chars: Int32Array;
  words: Int32Array;
  sentences: Int32Array;
  separators: Int32Array;
  digitShare: Float64Array;
  titleCaseShare: Float64Array;
  flags: Uint8Array;
  /** Shared between lines (see LineFeatures.stopwordHits): a reference, not a copy. */
  stopwordHits: Uint16Array[] = [];

  constructor(size = 64) {
    this.chars = new Int32Array(size);
    this.words = new Int32Array(size);
    this.sentences = new Int32Array(size);
    this.separators = new Int32Array(size);
    this.digitShare = new Float64Array(size);
    this.titleCaseShare = new Float64Array(size);
    this.flags = new Uint8Array(size);
  }

  put(row: number, f: LineFeatures): void {
    if (row >= this.flags.length) this.grow(row + 1);
    this.chars[row] = f.chars;
    this.words[row] = f.words;
    this.sentences[row] = f.sentences;
    this.separators[row] = f.separators;
    this.digitShare[row] = f.digitShare;
    this.titleCaseShare[row] = f.titleCaseShare;
    this.flags[row] = STORED | (f.endsSentence ? ENDS_SENTENCE : 0) | (f.bullet ? BULLET : 0) | (f.bracketed ? BRACKETED : 0) | (f.copyright ? COPYRIGHT : 0);
    this.stopwordHits[row] = f.stopwordHits;
  }

  /** The row's features, or undefined when none were stored. */
  at(row: number): LineFeatures | undefined {
    return row < this.flags.length && (this.flags[row]! & STORED) !== 0 ? new StoredFeatures(this, row) : undefined;
  }

  private grow(least: number): void {
    let size = this.flags.length;
    while (size < least) size *= 2;
    const grown = <T extends Int32Array | Float64Array | Uint8Array>(a: T): T => {
      const b = new (a.constructor as new (n: number) => T)(size);
      b.set(a);
      return b;
    };
    this.chars = grown(this.chars);
    this.words = grown(this.words);
    this.sentences = grown(this.sentences);
    this.separators = grown(this.separators);
    this.digitShare = grown(this.digitShare);
    this.titleCaseShare = grown(this.titleCaseShare);
    this.flags = grown(this.flags);
  }
}

const LOOSE_ROWS = 64;
let loose = new FeatureRows(LOOSE_ROWS);
let looseUsed = 0;

/** `f` as a view like the memos' (one shape for every LineFeatures). The views share stores of
 *  LOOSE_ROWS rows, filled in turn: a store lives as long as any of its views, never grows. */
export function looseFeatures(f: LineFeatures): LineFeatures {
  if (looseUsed === LOOSE_ROWS) {
    loose = new FeatureRows(LOOSE_ROWS);
    looseUsed = 0;
  }
  loose.put(looseUsed, f);
  return new StoredFeatures(loose, looseUsed++);
}

class StoredFeatures implements LineFeatures {
  constructor(
    private readonly rows: FeatureRows,
    private readonly row: number,
  ) {}

  get chars(): number {
    return this.rows.chars[this.row]!;
  }
  get words(): number {
    return this.rows.words[this.row]!;
  }
  get stopwordHits(): Uint16Array {
    return this.rows.stopwordHits[this.row]!;
  }
  get endsSentence(): boolean {
    return (this.rows.flags[this.row]! & ENDS_SENTENCE) !== 0;
  }
  get sentences(): number {
    return this.rows.sentences[this.row]!;
  }
  get bullet(): boolean {
    return (this.rows.flags[this.row]! & BULLET) !== 0;
  }
  get separators(): number {
    return this.rows.separators[this.row]!;
  }
  get digitShare(): number {
    return this.rows.digitShare[this.row]!;
  }
  get titleCaseShare(): number {
    return this.rows.titleCaseShare[this.row]!;
  }
  get bracketed(): boolean {
    return (this.rows.flags[this.row]! & BRACKETED) !== 0;
  }
  get copyright(): boolean {
    return (this.rows.flags[this.row]! & COPYRIGHT) !== 0;
  }
}
