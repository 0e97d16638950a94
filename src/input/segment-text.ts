// Plain text -> Doc: blocks are runs of non-blank lines, lines are split on "\n".
import type { Block, Doc, Line } from "../types.js";
import { isBlankText } from "../lexicon/space.js";
import { DocLine } from "./doc-line.js";

export function segmentText(text: string, meta: { id?: string; url?: string } = {}): Doc {
  const blocks: Block[] = [];
  let current: Line[] = [];
  const close = (): void => {
    if (current.length === 0) return;
    const index = blocks.length;
    const first = current[0]!;
    const last = current[current.length - 1]!;
    const range = [first.range[0], last.range[1]] as const;
    blocks.push({ id: `b${index}`, index, text: text.slice(range[0], range[1]), range, lines: current });
    current = [];
  };
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf("\n", start);
    if (end === -1) end = text.length;
    const lineText = text.slice(start, end);
    if (isBlankText(lineText)) close();
    else {
      const block = blocks.length;
      const index = current.length;
      current.push(new DocLine(block, index, lineText, start, end));
    }
    start = end + 1;
  }
  close();
  const doc: Doc = { format: "text", text, blocks };
  if (meta.id !== undefined) doc.id = meta.id;
  if (meta.url !== undefined) doc.url = meta.url;
  return doc;
}
