// Markdown view of a clean document: the title as "# ", the detected sub-headings as "## ",
// every other paragraph as it is.
import type { CleanResult } from "../types.js";

export function toMarkdown(result: Pick<CleanResult, "text" | "metadata">): string {
  const { title, headings } = result.metadata;
  const headingSet = new Set(headings);
  const blocks = result.text.split(/\n[ \t]*\n+/u).map((b) => b.trim()).filter((b) => b !== "");
  const out: string[] = [];
  if (title) out.push(`# ${title}`);
  for (const block of blocks) {
    if (block === title) continue;
    out.push(headingSet.has(block) ? `## ${block}` : block);
  }
  return out.length === 0 ? "" : `${out.join("\n\n")}\n`;
}
