// Plain text -> Doc: blocks are runs of non-blank lines, lines are split on "\n".
import type { Block, Doc } from "../types.js";
import { isBlankText } from "../lexicon/space.js";
import { DocLine } from "./doc-line.js";

export function segmentText(text: string, meta: { id?: string; url?: string } = {}): Doc {
  const blocks: Block[] = [];
  // The open block's lines are lines[from..]: cut out once it closes, an array of their size.
  const lines: DocLine[] = [];
  let from = 0;
  const close = (): void => {
    if (from === lines.length) return;
    const index = blocks.length;
    const range = [lines[from]!.start, lines[lines.length - 1]!.end] as const;
    blocks.push({ id: `b${index}`, index, text: text.slice(range[0], range[1]), range, lines: lines.slice(from) });
    from = lines.length;
  };
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf("\n", start);
    if (end === -1) end = text.length;
    const lineText = text.slice(start, end);
    if (isBlankText(lineText)) close();
    else lines.push(new DocLine(blocks.length, lines.length - from, lineText, start, end));
    start = end + 1;
  }
  close();
  const doc: Doc = { format: "text", text, blocks };
  if (meta.id !== undefined) doc.id = meta.id;
  if (meta.url !== undefined) doc.url = meta.url;
  return doc;
}
