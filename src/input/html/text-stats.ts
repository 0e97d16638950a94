// Per-element text length, link-text length and comma count, computed once bottom-up without
// recursion: each text node is read once, so a tree nested 20k deep costs no more than a flat one.
// Lengths count non-space characters so indentation in the markup does not weigh in.
import { NO_DEADLINE, type Deadline } from "./deadline.js";
import { isElement, walk, type DomElement, type DomNode } from "./dom.js";

export interface TextStats {
  text: Map<DomElement, number>;
  links: Map<DomElement, number>;
  /** Commas (Latin, Arabic, CJK) in the text below each element: a sign of running prose. */
  commas: Map<DomElement, number>;
}

const SPACE = /\s+/gu;

export function textStats(root: DomNode, skip: (el: DomElement) => boolean = () => false, deadline: Deadline = NO_DEADLINE): TextStats {
  const order: DomElement[] = [];
  const text = new Map<DomElement, number>();
  const links = new Map<DomElement, number>();
  const commas = new Map<DomElement, number>();
  walk(root, (node) => {
    deadline.tick("measuring text");
    if (node.type === "text" && node.parent && isElement(node.parent)) {
      const data = node.data ?? "";
      text.set(node.parent, (text.get(node.parent) ?? 0) + data.replace(SPACE, "").length);
      const c = countCommas(data);
      if (c > 0) commas.set(node.parent, (commas.get(node.parent) ?? 0) + c);
      return false;
    }
    if (!isElement(node)) return node === root;
    if (skip(node) || node.type !== "tag") return false;
    order.push(node);
    return true;
  });
  for (let i = order.length - 1; i >= 0; i--) {
    deadline.tick("measuring text");
    const el = order[i]!;
    const t = text.get(el) ?? 0;
    const l = el.name === "a" ? t : (links.get(el) ?? 0);
    const c = commas.get(el) ?? 0;
    text.set(el, t);
    links.set(el, l);
    const up = el.parent;
    if (up && isElement(up)) {
      text.set(up, (text.get(up) ?? 0) + t);
      links.set(up, (links.get(up) ?? 0) + l);
      if (c > 0) commas.set(up, (commas.get(up) ?? 0) + c);
    }
  }
  return { text, links, commas };
}

function countCommas(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x2c || c === 0x60c || c === 0x3001 || c === 0xff0c) n++;
  }
  return n;
}
