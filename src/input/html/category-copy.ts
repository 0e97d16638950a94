// A shop's category page writes its own copy around the grid it is chosen by: an introduction
// above the products, a buyer's guide below them, each in its own band of the page. That copy is
// prose, which no other chrome of a category page is (menus, filters and footers are links and
// labels), so the long paragraphs the pruned page holds outside the chosen container are kept
// beside it, in page order.
import { blocksOf, type TextBlock } from "./blocks.js";
import type { Deadline } from "./deadline.js";
import { isElement, type DomElement, type DomNode } from "./dom.js";

/** Words a block needs to be copy: a category's labels, teasers and notices run shorter. */
const MIN_COPY_WORDS = 20;

/** The chosen blocks with the category's copy outside `chosen` before and after them. */
export function withCategoryCopy(blocks: TextBlock[], chosen: DomNode, removed: ReadonlySet<DomElement>, deadline: Deadline, markup = false): TextBlock[] {
  // Each level up, the siblings before and after the way down; the outer levels lie further out.
  const levels: Array<{ before: DomNode[]; after: DomNode[] }> = [];
  for (let node: DomNode = chosen; node.parent && !isBody(node); node = node.parent) {
    const siblings = node.parent.children ?? [];
    const at = siblings.indexOf(node);
    levels.push({ before: siblings.slice(0, at), after: siblings.slice(at + 1) });
  }
  const before = levels.toReversed().flatMap((l) => l.before);
  const after = levels.flatMap((l) => l.after);
  const copy = (nodes: DomNode[]): TextBlock[] => nodes.flatMap((n) => (isElement(n) ? blocksOf(n, removed, [], deadline, markup).filter(isCopy) : []));
  return [...copy(before), ...blocks, ...copy(after)];
}

const isBody = (node: DomNode): boolean => isElement(node) && node.name === "body";

function isCopy(block: TextBlock): boolean {
  if (block.linkDense) return false;
  return block.lines.reduce((n, l) => n + l.split(/\s+/u).filter(Boolean).length, 0) >= MIN_COPY_WORDS;
}
