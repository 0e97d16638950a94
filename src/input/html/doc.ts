// Text blocks -> Doc: blocks joined by a blank line, lines by "\n", offsets exact. Offsets are
// counted rather than read back from a growing string, which would flatten it once per block.
import type { Block, Doc, Line } from "../../types.js";
import type { TextBlock } from "./blocks.js";
import { DocLine } from "../doc-line.js";

export function docFromBlocks(blocks: readonly TextBlock[], meta: { id?: string; url?: string }): Doc {
  const parts: string[] = [];
  const out: Block[] = [];
  let offset = 0;
  for (const tb of blocks) {
    if (out.length > 0) offset += 2;
    const index = out.length;
    const start = offset;
    const lines: Line[] = tb.lines.map((lineText, i) => {
      if (i > 0) offset += 1;
      const line = new DocLine(index, i, lineText, offset, offset + lineText.length);
      offset += lineText.length;
      return line;
    });
    const text = tb.lines.join("\n");
    parts.push(text);
    const block: Block = { id: `b${index}`, index, text, range: [start, offset], lines };
    if (tb.inline) block.markup = { tag: tb.tag, ...(tb.list ? { list: tb.list } : {}), lines: tb.inline };
    out.push(block);
  }
  const doc: Doc = { format: "html", text: parts.join("\n\n"), blocks: out };
  if (meta.id !== undefined) doc.id = meta.id;
  if (meta.url !== undefined) doc.url = meta.url;
  return doc;
}
