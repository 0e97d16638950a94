// The classifier's LineFeatures of a document's distinct line texts, by memo row, in typed
// columns. A page of a million short lines would otherwise hold a million objects of eleven
// fields (and two boxed numbers each) for as long as it is cleaned; a row is read back through
// a small view, made when asked and soon dropped.
import type { LineFeatures } from "../classifier/features.js";

const ENDS_SENTENCE = 1;
const BULLET = 2;
const BRACKETED = 4;
const COPYRIGHT = 8;
const STORED = 16;

export class FeatureRows {
  chars = new Int32Array(64);
  words = new Int32Array(64);
  sentences = new Int32Array(64);
  separators = new Int32Array(64);
  digitShare = new Float64Array(64);
  titleCaseShare = new Float64Array(64);
  flags = new Uint8Array(64);
  /** Shared between lines (see LineFeatures.stopwordHits): a reference, not a copy. */
  stopwordHits: Uint16Array[] = [];

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
