// Kept lines back to text: lines of a block joined by "\n", blocks by a blank line.
import type { LineState } from "./state.js";

export interface Rendered {
  text: string;
  blocks: number;
  lines: number;
}

export function render(states: readonly LineState[]): Rendered {
  const blocks: string[] = [];
  let current: string[] = [];
  let block = -1;
  let lines = 0;
  for (const s of states) {
    if (!s.alive) continue;
    if (s.line.block !== block && current.length > 0) {
      blocks.push(current.join("\n"));
      current = [];
    }
    block = s.line.block;
    current.push(s.text);
    lines++;
  }
  if (current.length > 0) blocks.push(current.join("\n"));
  return { text: blocks.join("\n\n"), blocks: blocks.length, lines };
}
