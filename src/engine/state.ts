// What is still kept of each line, as ranges into Doc.text. Trims cut ranges; drops empty them.
import type { LineFeatures } from "../classifier/features.js";
import type { Facts } from "./prefilter.js";
import type { Doc, Hit, Line, Range } from "../types.js";

export interface LineState {
  line: Line;
  /** Kept pieces of the line, ascending, as [start, end) into Doc.text. */
  segs: Array<[number, number]>;
  /** The kept pieces joined: what rules see. */
  text: string;
  alive: boolean;
  /** What the engine measured on this line and which context-free rules hit it, while `text` stays the same (see run.ts). */
  memo: UnitMemo | undefined;
  /** The classifier's per-line measurements of `text`, for `featuresOf` (cleared when `text` changes). */
  features: LineFeatures | undefined;
}

export interface UnitMemo {
  text: string;
  lineCount: number;
  /** Bit per rule slot: tested on this text. Compact because it lives as long as the document. */
  tested: number[];
  /** The non-null results among the tested (most are null). */
  hits: Map<number, Hit> | undefined;
  /** What the prefilter measured on this text (see engine/prefilter.ts). */
  facts: Facts | undefined;
  /** Bit per rule slot: the rule's condition holds on `facts` (Plan.candidates). */
  candidates: number[] | undefined;
  /** The classifier's per-line measurements of the text, from the same scan as `facts` (lines only). */
  features?: LineFeatures;
  /** Characters of the text that are not white space, for the hopeless-page check (process.ts). */
  nonSpace?: number;
}

export function initialState(doc: Doc): LineState[] {
  const out: LineState[] = [];
  for (const block of doc.blocks) {
    for (const line of block.lines) out.push({ line, segs: [[line.range[0], line.range[1]]], text: line.text, alive: true, memo: undefined, features: undefined });
  }
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
  const next: Array<[number, number]> = [];
  for (const [s, e] of state.segs) {
    if (e <= from || s >= to) next.push([s, e]);
    else {
      if (s < from) next.push([s, from]);
      if (to < e) next.push([to, e]);
    }
  }
  state.segs = next;
  state.text = next.map(([s, e]) => docText.slice(s, e)).join("");
  state.features = undefined;
  if (state.text.trim() === "") {
    state.alive = false;
    state.segs = [];
    state.text = "";
  }
}
