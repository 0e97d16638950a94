// The kept lines as structured blocks, for markdown and HTML output: a line the rules left whole
// keeps the inline HTML the HTML front end wrote for it; a line they shortened, or a text input's
// line, is its kept text, escaped.
import type { LineState } from "../engine/state.js";
import type { BlockMarkup, Doc } from "../types.js";

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };
const escape = (s: string): string => s.replace(/[&<>"]/gu, (c) => ESCAPES[c]!);

export function markupOf(states: readonly LineState[], doc: Doc): BlockMarkup[] {
  const out: BlockMarkup[] = [];
  let current: BlockMarkup | undefined;
  let block = -1;
  for (const s of states) {
    if (!s.alive) continue;
    const source = doc.blocks[s.line.block]?.markup;
    if (s.line.block !== block || current === undefined) {
      block = s.line.block;
      current = { tag: source?.tag ?? "p", ...(source?.list ? { list: source.list } : {}), lines: [] };
      out.push(current);
    }
    const whole = s.text === s.line.text ? source?.lines[s.line.index] : undefined;
    current.lines.push(whole ?? escape(s.text));
  }
  return out;
}
