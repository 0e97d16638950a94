// The kept lines and blocks at the start of a pass, in document order, with their zone positions.
import type { Range, Unit } from "../types.js";
import type { LineState } from "./state.js";

export interface UnitRef {
  kind: Unit;
  id: string;
  text: string;
  /** Kept lines the unit is made of (one for a line unit). */
  lines: LineState[];
  /** Position among kept units of the same kind. */
  pos: number;
  /** Position of the unit's block among kept blocks. */
  blockPos: number;
  /** Position of the unit's first line among kept lines. */
  linePos: number;
}

export interface Units {
  line: UnitRef[];
  block: UnitRef[];
}

export function buildUnits(states: readonly LineState[]): Units {
  const line: UnitRef[] = [];
  const block: UnitRef[] = [];
  let open: LineState[] = [];
  const close = (): void => {
    if (open.length === 0) return;
    const b = open[0]!.line.block;
    block.push({ kind: "block", id: `b${b}`, text: open.map((s) => s.text).join("\n"), lines: open, pos: block.length, blockPos: block.length, linePos: line.length - open.length });
    open = [];
  };
  for (const s of states) {
    if (!s.alive) continue;
    if (open.length > 0 && open[0]!.line.block !== s.line.block) close();
    line.push({ kind: "line", id: s.line.id, text: s.text, lines: [s], pos: line.length, blockPos: block.length, linePos: line.length });
    open.push(s);
  }
  close();
  return { line, block };
}

/** The span of Doc.text a whole unit covers now (from its first kept piece to its last). */
export function unitRange(unit: UnitRef): Range {
  const first = unit.lines[0]!.segs[0]!;
  const lastLine = unit.lines[unit.lines.length - 1]!;
  const last = lastLine.segs[lastLine.segs.length - 1]!;
  return [first[0], last[1]];
}
