// Per-element text and link-text lengths, computed once bottom-up without recursion. Lengths count
// non-space characters so indentation in the markup does not weigh in.
import { isElement, walk, type DomElement, type DomNode } from "./dom.js";

export interface TextStats {
  text: Map<DomElement, number>;
  links: Map<DomElement, number>;
}

const SPACE = /\s+/gu;

export function textStats(root: DomNode, skip: (el: DomElement) => boolean = () => false): TextStats {
  const order: DomElement[] = [];
  const text = new Map<DomElement, number>();
  const links = new Map<DomElement, number>();
  walk(root, (node) => {
    if (node.type === "text" && node.parent && isElement(node.parent)) {
      const n = (node.data ?? "").replace(SPACE, "").length;
      text.set(node.parent, (text.get(node.parent) ?? 0) + n);
      return false;
    }
    if (!isElement(node)) return node === root;
    if (skip(node) || node.type !== "tag") return false;
    order.push(node);
    return true;
  });
  for (let i = order.length - 1; i >= 0; i--) {
    const el = order[i]!;
    const t = text.get(el) ?? 0;
    const l = el.name === "a" ? t : (links.get(el) ?? 0);
    text.set(el, t);
    links.set(el, l);
    const up = el.parent;
    if (up && isElement(up)) {
      text.set(up, (text.get(up) ?? 0) + t);
      links.set(up, (links.get(up) ?? 0) + l);
    }
  }
  return { text, links };
}
