// HTML view of a clean document (--format html), like Readability's `content`: the article's kept
// blocks as clean HTML (title, headings, paragraphs, lists, tables, quotes, code, emphasis and
// links), no scripts, no styles, no attributes but a link's href. Text input gives paragraphs.
import type { BlockMarkup, CleanResult } from "../types.js";

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };
const escape = (s: string): string => s.replace(/[&<>"]/gu, (c) => ESCAPES[c]!);

export function toHtml(result: Pick<CleanResult, "text" | "metadata" | "markup">): string {
  const blocks = result.markup ?? result.text.split(/\n[ \t]*\n+/u).filter((b) => b.trim() !== "").map((b) => ({ tag: "p", lines: b.split("\n").map(escape) }));
  const out: string[] = ["<article>"];
  if (result.metadata.title) out.push(`<h1>${escape(result.metadata.title)}</h1>`);
  let open = "";
  const closeGroup = (): void => {
    if (open) out.push(`</${open}>`);
    open = "";
  };
  const openGroup = (tag: string): void => {
    if (open === tag) return;
    closeGroup();
    out.push(`<${tag}>`);
    open = tag;
  };
  for (const b of blocks as BlockMarkup[]) {
    const body = b.lines.join("<br>\n");
    if (b.tag === "li") {
      openGroup(b.list ?? "ul");
      out.push(`<li>${body}</li>`);
    } else if (b.tag === "tr") {
      openGroup("table");
      out.push(`<tr>${body.includes("<t") ? body : `<td>${body}</td>`}</tr>`);
    } else if (b.tag === "pre") {
      closeGroup();
      out.push(`<pre>${b.lines.join("\n")}</pre>`);
    } else {
      closeGroup();
      const tag = /^(?:h[1-6]|blockquote|dt|dd|figcaption)$/u.test(b.tag) ? b.tag : "p";
      out.push(`<${tag}>${body}</${tag}>`);
    }
  }
  closeGroup();
  out.push("</article>");
  return `${out.join("\n")}\n`;
}
