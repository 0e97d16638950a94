// Container -> text blocks. Block-level elements (p, h1-h6, li, blockquote, pre, table rows...)
// become blocks, <br> becomes a line break inside a block, everything else flows inline. Blocks
// that are mostly link text (menus, "read more" lists that survived pruning) are dropped and
// recorded, as they are never running text.
import { NO_DEADLINE, type Deadline } from "./deadline.js";
import { isElement, pathOf, type DomElement, type DomNode } from "./dom.js";
import type { DomRemoval } from "./types.js";

export interface TextBlock {
  lines: string[];
  tag: string;
}

const BLOCK_TAGS = new Set([
  "address", "article", "aside", "blockquote", "dd", "details", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
  "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "thead", "tfoot", "tr", "ul", "caption", "center", "body", "html",
]);
/** A heading that is a link (an item of a listing, a numbered entry of a ranking) is a title, not a menu. */
const HEADINGS = new Set(["h1", "h2", "h3", "h4", "h5", "h6"]);
const CELL_TAGS = new Set(["td", "th"]);
const NOT_SPACE = /\S/gu;

interface Frame {
  node: DomNode;
  leaving: boolean;
}

export function blocksOf(container: DomNode, removed: ReadonlySet<DomElement>, removals: DomRemoval[], deadline: Deadline = NO_DEADLINE): TextBlock[] {
  const out: TextBlock[] = [];
  const tags: string[] = [];
  let parts: string[] = [];
  let chars = 0;
  let linkChars = 0;
  let linkDepth = 0;
  let preDepth = 0;
  let first: DomNode | undefined;

  const flush = (): void => {
    if (parts.length > 0 && chars > 0) {
      const raw = parts.join("");
      const lines = (preDepth > 0 ? raw.split("\n").map((l) => l.replace(/\s+$/u, "")) : raw.split("\n").map((l) => l.replace(/\s+/gu, " ").trim())).filter((l) => l.trim() !== "");
      const tag = tags[tags.length - 1] ?? "div";
      if (lines.length > 0) {
        if (linkChars / chars > 0.5 && chars < 2000 && !HEADINGS.has(tag)) removals.push({ reason: "link-dense block", path: first ? pathOf(first) : tag, excerpt: lines.join(" ").slice(0, 80), chars });
        else out.push({ lines, tag });
      }
    }
    parts = [];
    chars = 0;
    linkChars = 0;
    first = undefined;
  };

  const stack: Frame[] = [{ node: container, leaving: false }];
  while (stack.length > 0) {
    deadline.tick("writing blocks");
    const { node, leaving } = stack.pop()!;
    if (node.type === "text") {
      const data = node.data ?? "";
      const n = data.match(NOT_SPACE)?.length ?? 0;
      if (n > 0 && first === undefined) first = node.parent ?? undefined;
      parts.push(data);
      chars += n;
      if (linkDepth > 0) linkChars += n;
      continue;
    }
    if (!isElement(node)) {
      if (node.type === "root" && node.children) for (let i = node.children.length - 1; i >= 0; i--) stack.push({ node: node.children[i]!, leaving: false });
      continue;
    }
    if (removed.has(node) || node.type !== "tag") continue;
    const name = node.name;
    const block = BLOCK_TAGS.has(name);
    if (leaving) {
      if (name === "a") linkDepth--;
      if (block) {
        flush();
        tags.pop();
        if (name === "pre") preDepth--;
      } else if (CELL_TAGS.has(name)) parts.push(" ");
      continue;
    }
    if (name === "br") {
      parts.push("\n");
      continue;
    }
    if (block) {
      flush();
      tags.push(name);
      if (name === "pre") preDepth++;
    }
    if (name === "a") linkDepth++;
    stack.push({ node, leaving: true });
    for (let i = node.children.length - 1; i >= 0; i--) stack.push({ node: node.children[i]!, leaving: false });
  }
  flush();
  return out;
}
