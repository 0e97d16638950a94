// The block above each post of a thread that says who wrote it and when ("raoul  May 3, 2024,
// 8:45am", "Spursidol  30 Jun 2024  #1"): forum software prints it in a <header> or a block
// named post-meta, both taken for chrome elsewhere. Counted on the dev set's forum pages, lines
// of the truth made of a date hold 2,380 words (name and date above each post, on about half the
// threads), 1,070 of them dropped with such a block. On pages taken for forums a small block
// holding a <time> is the post's: it stays (its date alone on a line still goes to the date
// rule); the post's number beside it ("#12") does not.
import { findAll, squash, type DomElement, type DomNode } from "./dom.js";
import type { TextStats } from "./text-stats.js";

/** An attribution is a name, a date and a few controls ("#1", "Share"), not a post. */
const MAX_CHARS = 120;

/** A test of elements of one parsed page: the element holds a <time> with text and little else.
 *  Which elements hold such a <time> is read once for the page, when first asked (a walk from
 *  each one up its ancestors, stopping where an earlier walk passed), so that headers nested
 *  thousands deep are not each searched again. */
export function postAttributions(root: DomNode, stats: TextStats): (el: DomElement) => boolean {
  let dated: Set<DomNode> | undefined;
  const datedElements = (): Set<DomNode> => {
    const out = new Set<DomNode>();
    for (const time of findAll(root, (el) => el.name === "time" && (stats.text.get(el) ?? 0) > 0)) {
      for (let node: DomNode | null = time; node !== null && !out.has(node); node = node.parent) out.add(node);
    }
    return out;
  };
  return (el) => {
    const chars = stats.text.get(el) ?? 0;
    if (chars === 0 || chars > MAX_CHARS) return false;
    return (dated ??= datedElements()).has(el);
  };
}

/** A post's number beside its attribution ("#12"): never a post's own text, which is longer. */
const POST_NUMBER = /^#\d{1,6}$/u;
const MAX_NUMBER_CHARS = 7;

/** A test of elements of one parsed page: the element's text is a post's number alone. The
 *  text of each node is read once for the page (blocks of a few characters may nest thousands
 *  deep, and each level is asked). */
export function postNumbers(stats: TextStats): (el: DomElement) => boolean {
  const texts = new Map<DomNode, string>();
  return (el) => {
    const chars = stats.text.get(el) ?? 0;
    if (chars === 0 || chars > MAX_NUMBER_CHARS) return false;
    return POST_NUMBER.test(squash(textBelow(el, texts)));
  };
}

/** textOf(root), from and into `known` (the text below each node already read). */
function textBelow(root: DomNode, known: Map<DomNode, string>): string {
  const stack: Array<{ node: DomNode; read: boolean }> = [{ node: root, read: false }];
  while (stack.length > 0) {
    const top = stack.pop()!;
    const node = top.node;
    if (known.has(node)) continue;
    if (top.read) known.set(node, (node.children ?? []).map((c) => known.get(c)!).join(""));
    else if (node.type === "text") known.set(node, node.data ?? "");
    else if (node.type === "comment" || node.type === "script" || node.type === "style") known.set(node, "");
    else {
      stack.push({ node, read: true });
      for (const child of node.children ?? []) if (!known.has(child)) stack.push({ node: child, read: false });
    }
  }
  return known.get(root)!;
}
