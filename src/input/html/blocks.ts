// Container -> text blocks. Block-level elements (p, h1-h6, li, blockquote, pre, table rows...)
// become blocks, <br> becomes a line break inside a block, everything else flows inline. Blocks
// that are mostly link text (menus, "read more" lists that survived pruning) are dropped and
// recorded, as they are never running text, unless the container is a list of links
// (link-lists.ts) or they are its teasers' headlines (headline-links.ts).
import { NO_DEADLINE, type Deadline } from "./deadline.js";
import { isElement, pathOf, type DomElement, type DomNode } from "./dom.js";
import type { DomRemoval } from "./types.js";
import { DOM_VOCABULARY } from "./vocabulary.js";
import { isLinkList } from "./link-lists.js";
import { PROSE_CHARS, teaserHeadlines } from "./headline-links.js";
import { setApartByStyle } from "./styled-apart.js";

export interface TextBlock {
  lines: string[];
  tag: string;
  /** With markup asked for: each line as inline HTML (emphasis, code, links, table cells). */
  inline?: string[];
  /** A list item's list. */
  list?: "ol" | "ul";
  /** Link-dense, yet kept: the container is a list of links (link-lists.ts), the block is a
   *  teaser's headline (headline-links.ts), or a fifth of the block's text is outside its links.
   *  Not counted as running text. */
  linkDense?: true;
  /** The element holding the block's first text (tail-after-body.ts places blocks by it). */
  from?: DomElement;
  /** Share of the block's text inside links, a link around the whole block included. */
  linkShare?: number;
  /** Half its text or more is in links of its own, kept or not as link-dense (a card's linked
   *  label); a link around the whole card does not count. */
  linked?: true;
}

const { blockTags: BLOCK_TAGS, headingTags: HEADINGS, cellTags: CELL_TAGS } = DOM_VOCABULARY;
const NOT_SPACE = /\S/gu;
const isBlockTag = (name: string): boolean => BLOCK_TAGS.has(name) || CELL_TAGS.has(name);
/** Share of a block's text in links above which it is link-dense (it counts towards a list of links). */
const LINK_DENSE = 0.5;
/** Share above which a link-dense block is dropped outside a list of links: a block with a fifth
 *  of its text outside links is an entry with a line of its own (a title link and its summary). */
const MOSTLY_LINKS = 0.8;

interface Frame {
  node: DomNode;
  leaving: boolean;
  /** The node's index among its parent's children (styled-apart.ts looks at the one before). */
  at?: number;
}

/** `markup`: also write each line as inline HTML (TextBlock.inline), for markdown and HTML output.
 *  `keepLinks`: keep link-dense blocks (a listing's items are their title links). */
export function blocksOf(container: DomNode, removed: ReadonlySet<DomElement>, removals: DomRemoval[], deadline: Deadline = NO_DEADLINE, markup = false, keepLinks = false): TextBlock[] {
  const out: TextBlock[] = [];
  const tags: string[] = [];
  const lists: Array<"ol" | "ul"> = [];
  let parts: string[] = [];
  let marked: string[] = [];
  let chars = 0;
  let linkChars = 0;
  let linkDepth = 0;
  /** Text in links opened inside the current block, and the links open when it began. */
  let ownLinkChars = 0;
  let outerLinks = 0;
  let preDepth = 0;
  let first: DomNode | undefined;
  /** Link-dense blocks, held back until the container's share of them is known. */
  const linkDense: Array<{ block: TextBlock; index: number; removal: DomRemoval }> = [];
  let allChars = 0;
  let linkDenseChars = 0;
  /** Prose paragraphs (long, mostly outside links): teaser headlines must match their number. */
  let prose = 0;

  const flush = (): void => {
    if (parts.length > 0 && chars > 0) {
      const raw = parts.join("");
      const tidy = (l: string): string => (preDepth > 0 ? l.replace(/\s+$/u, "") : l.replace(/\s+/gu, " ").trim());
      const all = raw.split("\n").map(tidy);
      const keep = all.map((l) => l.trim() !== "");
      const lines = all.filter((_, i) => keep[i]);
      const tag = tags[tags.length - 1] ?? "div";
      if (lines.length > 0) {
        const block: TextBlock = { lines, tag };
        if (first !== undefined && isElement(first)) block.from = first;
        block.linkShare = linkChars / chars;
        if (markup) block.inline = marked.join("").split("\n").map(tidy).filter((_, i) => keep[i]);
        if (tag === "li" && lists.length > 0) block.list = lists[lists.length - 1]!;
        out.push(block);
        allChars += chars;
        if (ownLinkChars / chars > LINK_DENSE) block.linked = true;
        if (!keepLinks && linkChars / chars > LINK_DENSE && chars < 2000 && !HEADINGS.has(tag) && !(tag === "li" && lists[lists.length - 1] === "ol")) {
          linkDenseChars += chars;
          if (linkChars / chars > MOSTLY_LINKS) linkDense.push({ block, index: out.length - 1, removal: { reason: "link-dense block", path: first ? pathOf(first) : tag, excerpt: lines.join(" ").slice(0, 80), chars } });
          else block.linkDense = true;
        } else if (chars >= PROSE_CHARS && linkChars / chars <= LINK_DENSE) prose++;
      }
    }
    parts = [];
    marked = [];
    chars = 0;
    linkChars = 0;
    ownLinkChars = 0;
    outerLinks = linkDepth;
    first = undefined;
  };

  const stack: Frame[] = [{ node: container, leaving: false }];
  while (stack.length > 0) {
    deadline.tick("writing blocks");
    const frame = stack.pop()!;
    const { node, leaving } = frame;
    if (node.type === "text") {
      const data = node.data ?? "";
      const n = data.match(NOT_SPACE)?.length ?? 0;
      if (n > 0 && first === undefined) first = node.parent ?? undefined;
      parts.push(data);
      if (markup) marked.push(escapeHtml(data));
      chars += n;
      if (linkDepth > 0) linkChars += n;
      if (linkDepth > outerLinks) ownLinkChars += n;
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
      if (markup && !block) marked.push(closeTag(node, preDepth > 0));
      if (block) {
        flush();
        tags.pop();
        if (name === "pre") preDepth--;
        if (name === "ol" || name === "ul") lists.pop();
      } else if (CELL_TAGS.has(name)) parts.push(" ");
      continue;
    }
    if (name === "br") {
      parts.push("\n");
      if (markup) marked.push("\n");
      continue;
    }
    if (block) {
      flush();
      tags.push(name);
      if (name === "pre") preDepth++;
      if (name === "ol" || name === "ul") lists.push(name);
    } else {
      if (setApartByStyle(node, frame.at, isBlockTag)) {
        parts.push(" ");
        if (markup) marked.push(" ");
      }
      if (markup) marked.push(openTag(node, preDepth > 0));
    }
    if (name === "a") linkDepth++;
    stack.push({ node, leaving: true });
    for (let i = node.children.length - 1; i >= 0; i--) stack.push({ node: node.children[i]!, leaving: false, at: i });
  }
  flush();
  if (linkDense.length === 0) return out;
  if (isLinkList(linkDenseChars, allChars)) {
    for (const d of linkDense) d.block.linkDense = true;
    return out;
  }
  const headlines = teaserHeadlines(out, linkDense.map((d) => d.index), prose);
  const dropped = new Set<TextBlock>();
  for (const d of linkDense) {
    if (headlines.has(d.index)) {
      d.block.linkDense = true;
      continue;
    }
    dropped.add(d.block);
    removals.push(d.removal);
  }
  return out.filter((b) => !dropped.has(b));
}

const INLINE_MARKS: Record<string, string> = { em: "em", i: "em", strong: "strong", b: "strong", code: "code", kbd: "code", td: "td", th: "th" };

/** The inline HTML a kept element opens with: emphasis, code, links (http(s) and relative only),
 *  table cells; every other element passes its text through unmarked. */
function openTag(el: DomElement, inPre: boolean): string {
  if (el.name === "a") {
    const href = (el.attribs.href ?? "").replace(/\s+/gu, "");
    return href !== "" && !/^(?:javascript|data|vbscript):/iu.test(href) ? `<a href="${escapeHtml(href)}">` : "<a>";
  }
  const mark = INLINE_MARKS[el.name];
  return mark && !(inPre && mark === "code") ? `<${mark}>` : "";
}

function closeTag(el: DomElement, inPre: boolean): string {
  if (el.name === "a") return "</a>";
  const mark = INLINE_MARKS[el.name];
  return mark && !(inPre && mark === "code") ? `</${mark}>` : "";
}

const HTML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };
export const escapeHtml = (s: string): string => s.replace(/[&<>"]/gu, (c) => HTML_ESCAPES[c]!);
