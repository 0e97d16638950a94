// What is still kept of each line, as ranges into Doc.text. Trims cut ranges; drops empty them.
import type { LineFeatures } from "../classifier/features.js";
import type { FeatureRows } from "../plan/feature-rows.js";
import type { Facts } from "../plan/prefilter.js";
import type { Doc, Hit, Line, Range } from "../types.js";

/** The pieces of a dropped line, shared: never written to (a cut makes a new list). */
const NO_PIECES: Range[] = [];

/** A line of the document as the passes see it: what is still kept of it, its memo, and its
 *  place among the kept units of the current pass. It is also the line unit itself (units.ts):
 *  one object per line for the whole run, not a new unit object per line per pass. */
export class LineState {
  /** Kept pieces of the line, ascending, as [start, end) into Doc.text; undefined while the
   *  whole line is kept (most lines never lose a piece: no array per line for them). */
  private pieces: Range[] | undefined = undefined;
  /** The kept pieces joined: what rules see. */
  text: string;
  alive = true;
  /** What the engine measured on this line and which context-free rules hit it, while `text` stays the same (see run.ts). */
  memo: UnitMemo | undefined = undefined;
  /** Position among the kept lines of the current pass (buildUnits sets both). */
  pos = 0;
  /** Position of the line's block among the kept blocks. */
  blockPos = 0;
  /** The whole line's span in Doc.text, read once: a Line's range is a new array when read. */
  private readonly lineStart: number;
  private readonly lineEnd: number;

  /** `measured`: the measurements of the input's text of the line, from a caller that has them
   *  where no memo does (the guard's lines). Given here and never set again: a field written after
   *  its object is made turns mutable for V8, which then throws away the code compiled for it. */
  constructor(
    readonly line: Line,
    private readonly measured?: LineFeatures,
  ) {
    this.text = line.text;
    [this.lineStart, this.lineEnd] = line.range;
  }

  /** The classifier's per-line measurements of `text`, when the engine has them: its memo's
   *  while the text is the memo's, else those given for the input's text while it is unchanged. */
  get features(): LineFeatures | undefined {
    const memo = this.memo;
    if (memo !== undefined && memo.text === this.text) return memo.features;
    return this.text === this.line.text ? this.measured : undefined;
  }

  /** The line's own position among kept lines, as UnitRef.linePos reads it for any unit. */
  get linePos(): number {
    return this.pos;
  }

  get kind(): "line" {
    return "line";
  }

  get id(): string {
    return this.line.id;
  }

  /** The unit's lines: this one (a new array: hot paths ask `kind` first). */
  get lines(): readonly LineState[] {
    return [this];
  }

  get segs(): readonly Range[] {
    return this.pieces ?? [[this.lineStart, this.lineEnd]];
  }

  /** Whether no piece of the line was cut: its one piece runs from `start` to `end`. */
  get whole(): boolean {
    return this.pieces === undefined;
  }

  /** Where the kept text starts in Doc.text (a kept line's first piece's start). */
  get start(): number {
    return this.pieces === undefined ? this.lineStart : this.pieces[0]![0];
  }

  /** Where the kept text ends in Doc.text (a kept line's last piece's end). */
  get end(): number {
    return this.pieces === undefined ? this.lineEnd : this.pieces[this.pieces.length - 1]![1];
  }

  set segs(pieces: Range[]) {
    this.pieces = pieces;
  }

  /** Nothing of the line is kept any more. */
  drop(): void {
    this.alive = false;
    this.pieces = NO_PIECES;
    this.text = "";
  }
}

/** What the engine knows of one unit text: its facts, which rules were asked about it and what
 *  they found, and (lines) its features. Equal texts share one memo (run.ts). */
export class UnitMemo {
  /** Whether the row's candidates are computed. */
  known = false;
  /** The non-null results among the tested (most are null). */
  hits: Map<number, Hit> | undefined = undefined;
  /** What the prefilter measured on this text (see plan/prefilter.ts). */
  facts: Facts | undefined = undefined;
  /** Characters of the text that are not white space, for the hopeless-page check (process.ts). */
  nonSpace: number | undefined = undefined;

  constructor(
    readonly text: string,
    readonly lineCount: number,
    /** The memo's row in the cache's bit rows (MemoRows) and feature rows: which rules were
     *  asked about this text, whose conditions its facts meet, and its features. Rows of typed
     *  arrays, not arrays and objects per memo: memos live as long as the document, one per
     *  distinct line. */
    readonly row: number,
    private readonly store: FeatureRows,
  ) {}

  /** The classifier's per-line measurements of the text, from the same scan as `facts` (lines only). */
  get features(): LineFeatures | undefined {
    return this.store.at(this.row);
  }

  set features(f: LineFeatures | undefined) {
    if (f !== undefined) this.store.put(this.row, f);
  }
}

/** Two bit sets per memo, `width` 32-bit words each, by row: tested (bit per rule slot: asked
 *  about this text) and candidates (bit per rule slot: the rule's condition holds on the facts,
 *  Plan.candidates). */
export class MemoRows {
  tested: Int32Array;
  candidates: Int32Array;
  private count = 0;

  constructor(
    readonly width: number,
    rows = 64,
  ) {
    this.tested = new Int32Array(rows * width);
    this.candidates = new Int32Array(rows * width);
  }

  /** A new row, all bits clear. */
  add(): number {
    const row = this.count++;
    if (this.count * this.width > this.tested.length) {
      const grow = (a: Int32Array): Int32Array => {
        const b = new Int32Array(a.length * 2);
        b.set(a);
        return b;
      };
      this.tested = grow(this.tested);
      this.candidates = grow(this.candidates);
    }
    return row;
  }
}

export function initialState(doc: Doc): LineState[] {
  const out: LineState[] = [];
  for (const block of doc.blocks) for (const line of block.lines) out.push(new LineState(line));
  return out;
}

/** Maps a span of a line's current text back to ranges of Doc.text (one per kept piece it touches). */
export function spanToRanges(state: LineState, span: readonly [number, number]): Range[] {
  const out: Range[] = [];
  let offset = 0;
  for (const [s, e] of state.segs) {
    const len = e - s;
    const from = Math.max(span[0], offset);
    const to = Math.min(span[1], offset + len);
    if (from < to) out.push([s + from - offset, s + to - offset]);
    offset += len;
  }
  return out;
}

/** Removes a doc range from a line's kept pieces. */
export function cutRange(state: LineState, [from, to]: Range, docText: string): void {
  const next: Range[] = [];
  for (const [s, e] of state.segs) {
    if (e <= from || s >= to) next.push([s, e]);
    else {
      if (s < from) next.push([s, from]);
      if (to < e) next.push([to, e]);
    }
  }
  state.segs = next;
  state.text = next.map(([s, e]) => docText.slice(s, e)).join("");
  if (state.text.trim() === "") state.drop();
}
