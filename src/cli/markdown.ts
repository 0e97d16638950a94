// Markdown view of a clean document: the title as "# ". With the kept blocks' structure
// (CleanResult.markup, HTML input) headings keep their level, list items their list, tables
// their rows and cells, code its fence, and inline emphasis and code their marks; links keep
// their target with `links`. Without it (text input), the detected sub-headings become "## " and
// every other paragraph stays as it is.
import type { BlockMarkup, CleanResult } from "../types.js";

export interface MarkdownOptions {
  /** Keep links as [text](href); otherwise their text only. */
  links?: boolean;
}

export function toMarkdown(result: Pick<CleanResult, "text" | "metadata" | "markup">, options: MarkdownOptions = {}): string {
  const { title } = result.metadata;
  const out: string[] = [];
  if (title) out.push(`# ${title}`);
  if (result.markup) out.push(...fromMarkup(result.markup, title, options));
  else out.push(...fromText(result));
  return out.length === 0 ? "" : `${out.join("\n\n")}\n`;
}

function fromText(result: Pick<CleanResult, "text" | "metadata">): string[] {
  const { title, headings } = result.metadata;
  const headingSet = new Set(headings);
  const blocks = result.text.split(/\n[ \t]*\n+/u).map((b) => b.trim()).filter((b) => b !== "");
  return blocks.filter((b) => b !== title).map((b) => (headingSet.has(b) ? `## ${b}` : b));
}

function fromMarkup(blocks: readonly BlockMarkup[], title: string | undefined, options: MarkdownOptions): string[] {
  const out: string[] = [];
  let group: string[] = [];
  let groupKind = "";
  let number = 0;
  const close = (): void => {
    if (group.length > 0) out.push(group.join("\n"));
    group = [];
    groupKind = "";
  };
  for (const b of blocks) {
    const inline = b.lines.map((l) => inlineMarkdown(l, options));
    const heading = /^h([1-6])$/u.exec(b.tag);
    if (heading) {
      close();
      const text = inline.join(" ");
      if (text !== title) out.push(`${"#".repeat(Math.max(2, Number(heading[1])))} ${text}`);
    } else if (b.tag === "li" || b.tag === "dt" || b.tag === "dd") {
      const kind = b.list === "ol" ? "ol" : "ul";
      if (groupKind !== kind) {
        close();
        groupKind = kind;
        number = 0;
      }
      group.push(`${kind === "ol" ? `${++number}.` : "-"} ${inline.join(" ")}`);
    } else if (b.tag === "tr") {
      if (groupKind !== "table") {
        close();
        groupKind = "table";
      }
      const cells = tableCells(b.lines[0] ?? "", options);
      group.push(`| ${cells.join(" | ")} |`);
      if (group.length === 1) group.push(`|${cells.map(() => " --- ").join("|")}|`);
    } else if (b.tag === "pre") {
      close();
      out.push(`\`\`\`\n${b.lines.map(plainText).join("\n")}\n\`\`\``);
    } else if (b.tag === "blockquote") {
      close();
      out.push(inline.map((l) => `> ${l}`).join("\n"));
    } else {
      close();
      out.push(inline.join("  \n"));
    }
  }
  close();
  return out;
}

function tableCells(line: string, options: MarkdownOptions): string[] {
  const cells = [...line.matchAll(/<t[dh]>([\s\S]*?)<\/t[dh]>/gu)].map((m) => inlineMarkdown(m[1]!, options).replace(/\|/gu, "\\|").trim());
  return cells.length > 0 ? cells : [inlineMarkdown(line, options)];
}

const MARKS: Record<string, string> = { em: "*", strong: "**", code: "`" };

/** Inline HTML of a kept line (see BlockMarkup) -> markdown. */
export function inlineMarkdown(html: string, options: MarkdownOptions = {}): string {
  let out = html
    .replace(/<(em|strong|code)>\s*([\s\S]*?)\s*<\/\1>/gu, (_m, tag: string, text: string) => (text === "" ? "" : `${MARKS[tag]}${text}${MARKS[tag]}`))
    .replace(/<a href="([^"]*)">([\s\S]*?)<\/a>/gu, (_m, href: string, text: string) => (options.links && text.trim() !== "" ? `[${text.trim()}](${href})` : text))
    .replace(/<\/?[a-z]+>/gu, "");
  out = unescape(out);
  return out;
}

const plainText = (html: string): string => unescape(html.replace(/<[^>]*>/gu, ""));
const unescape = (s: string): string => s.replace(/&(amp|lt|gt|quot);/gu, (_m, e: string) => ({ amp: "&", lt: "<", gt: ">", quot: '"' })[e]!);
