// Paragraph scoring looks for the page's longest prose, and on a page whose own text is short
// lines (a product's landing page, a shop's front page) the longest prose is the legal fine
// print of the site footer, which pruning kept for its share of the page. Scoring landing in
// the site footer is taken for what it is: the footer is dropped, explained, and the content
// looked for again in the rest of the page.
import { pathOf, squash, textOf, type DomElement } from "./dom.js";
import type { Located } from "./locate.js";
import type { TextStats } from "./text-stats.js";
import type { DomRemoval } from "./types.js";

/** A footer around these is a page wrapped in a <footer> element, not a site footer. */
const PAGE_PARTS = new Set(["h1", "main", "article"]);

/** The site footer (one that pruning kept for its size) that the scored block lies in, if any. */
export function scoredFooter(located: Located, bigFooters: readonly DomElement[]): DomElement | undefined {
  if (located.how !== "score" || bigFooters.length === 0) return undefined;
  for (let up: DomElement | null = located.node; up; up = up.parent as DomElement | null) {
    if (bigFooters.includes(up)) return holdsPagePart(up) ? undefined : up;
  }
  return undefined;
}

function holdsPagePart(footer: DomElement): boolean {
  const stack = [...footer.children];
  while (stack.length > 0) {
    const node = stack.pop() as DomElement;
    if (PAGE_PARTS.has(node.name)) return true;
    if (node.children) stack.push(...node.children);
  }
  return false;
}

const REASON = "site footer (its fine print is not the page's content)";

export function scoredFooterRemoval(footer: DomElement, stats: TextStats): DomRemoval {
  return { reason: REASON, path: pathOf(footer), excerpt: squash(textOf(footer)).slice(0, 80), chars: stats.text.get(footer) ?? 0 };
}

/** Readability scores prose as the own scoring does, and would take the same fine print: once the
 *  footer is dropped for it, its second opinion is not asked. */
export const droppedScoredFooter = (removals: readonly DomRemoval[]): boolean => removals.some((r) => r.reason === REASON);
