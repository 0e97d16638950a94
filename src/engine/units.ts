// The kept lines and blocks at the start of a pass, in document order, with their zone positions.
import type { Block, Range } from "../types.js";
import type { LineState } from "./state.js";

/** A unit of a pass: a kept line (the LineState itself) or a block of kept lines. */
export type UnitRef = LineState | BlockRef;

export interface BlockRef {
  kind: "block";
  id: string;
  text: string;
  /** Kept lines the unit is made of. */
  lines: LineState[];
  /** Position among kept units of the same kind. */
  pos: number;
  /** Position of the unit's block among kept blocks. */
  blockPos: number;
  /** Position of the unit's first line among kept lines. */
  linePos: number;
}

export interface Units {
  line: LineState[];
  block: BlockRef[];
}

/** `blocks`: the document's blocks, which `states` holds the lines of. */
export function buildUnits(states: readonly LineState[], blocks: readonly Block[]): Units {
  const line: LineState[] = [];
  const block: BlockRef[] = [];
  // The open block's kept lines are line[from..]: cut out once it closes, an array of their size.
  let from = 0;
  const close = (): void => {
    if (from === line.length) return;
    const b = blocks[line[from]!.line.block]!;
    const lines = line.slice(from);
    block.push({ kind: "block", id: b.id, text: blockText(lines, b), lines, pos: block.length, blockPos: block.length, linePos: from });
    from = line.length;
  };
  for (const s of states) {
    if (!s.alive) continue;
    if (from < line.length && line[from]!.line.block !== s.line.block) close();
    s.pos = line.length;
    s.blockPos = block.length;
    line.push(s);
  }
  close();
  return { line, block };
}

/** The kept lines' texts joined; a block that keeps every line whole is the document's block,
 *  whose text it is already (the same string from pass to pass, so a memo of it is known at once). */
function blockText(kept: readonly LineState[], block: Block): string {
  if (kept.length === block.lines.length && kept.every((s) => s.text === s.line.text)) return block.text;
  return kept.map((s) => s.text).join("\n");
}

/** The span of Doc.text a whole unit covers now (from its first kept piece to its last). */
export function unitRange(unit: UnitRef): Range {
  return [firstLine(unit).start, (unit.kind === "line" ? unit : unit.lines[unit.lines.length - 1]!).end];
}

/** The unit's first kept line (a line unit is its own). */
export function firstLine(unit: UnitRef): LineState {
  return unit.kind === "line" ? unit : unit.lines[0]!;
}

/** How many kept lines the unit holds. */
export function lineCount(unit: UnitRef): number {
  return unit.kind === "line" ? 1 : unit.lines.length;
}
