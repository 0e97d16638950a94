// Where two nodes sit in the page relative to each other: one inside the other, or which comes first.
import type { DomNode } from "./dom.js";

export function isInside(node: DomNode, ancestor: DomNode): boolean {
  for (let cur: DomNode | null = node; cur; cur = cur.parent) if (cur === ancestor) return true;
  return false;
}

/** Whether `a` comes before `b` in the page (neither inside the other). */
export function precedes(a: DomNode, b: DomNode): boolean {
  // Root first. Gathered upwards and reversed once: growing the array at its front would cost
  // as much as the nesting is deep for every level.
  const chain = (n: DomNode): DomNode[] => {
    const out: DomNode[] = [];
    for (let cur: DomNode | null = n; cur; cur = cur.parent) out.push(cur);
    return out.reverse();
  };
  const ca = chain(a);
  const cb = chain(b);
  let i = 0;
  while (i < ca.length && i < cb.length && ca[i] === cb[i]) i++;
  const parent = ca[i - 1];
  const kids = parent?.children ?? [];
  return kids.indexOf(ca[i]!) < kids.indexOf(cb[i]!);
}
