// Two inline elements side by side with nothing between them, each of its own class
// (<span class="name">Publisher</span><span class="value">Penguin</span>, a card's price and its
// unit, a date and a reading time): the style sheet sets them apart (a grid, a flex row, a
// margin), while their text runs together into one word ("PublisherPenguin") that is neither.
// A space is put between them. Elements of one class side by side are pieces of one run of text
// (a word split for an animation, letters styled one by one) and stay joined.
import type { DomElement, DomNode } from "./dom.js";

/** Comments (a template's markers) may sit between the two. */
const MAX_COMMENTS_BETWEEN = 4;

/** The element right before `siblings[at]`, past a few comments; none when text comes between. */
function elementBefore(siblings: readonly DomNode[], at: number): DomElement | undefined {
  for (let i = at - 1; i >= 0 && at - i <= MAX_COMMENTS_BETWEEN + 1; i--) {
    const s = siblings[i]!;
    if (s.type === "comment") continue;
    return s.type === "tag" ? (s as DomElement) : undefined;
  }
  return undefined;
}

const classSet = (el: DomElement): string => (el.attribs.class ?? "").trim().split(/\s+/u).sort().join(" ");

/** Whether `el` (at index `at` of its parent's children) is set apart by style alone from the
 *  inline element before it; `isBlock` tells the tags that are blocks of their own. */
export function setApartByStyle(el: DomElement, at: number | undefined, isBlock: (name: string) => boolean): boolean {
  if (at === undefined || at === 0 || !el.parent?.children || el.name === "br" || isBlock(el.name)) return false;
  const before = elementBefore(el.parent.children, at);
  if (before === undefined || before.name === "br" || isBlock(before.name)) return false;
  const mine = classSet(el);
  const theirs = classSet(before);
  return mine !== "" && theirs !== "" && mine !== theirs;
}
