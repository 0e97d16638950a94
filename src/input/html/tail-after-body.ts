// An article's text sits in one element of the chosen container (the post's body), and the
// container often goes on after it: a box of the writer's other posts, offers and webinars, a
// "Leaving our website" notice, a thread's list of other topics. When one element inside the
// container holds nearly all of its words, the blocks that follow that element are another part
// of the page, not the end of the article; they are left out, and so is a larger tail made of
// links (other posts' titles). Blocks before the body are not:
// a headline, a dek and a lead image's credit stand there, and the truths keep them.
import { pathOf, type DomElement, type DomNode } from "./dom.js";
import type { TextBlock } from "./blocks.js";
import type { DomRemoval } from "./types.js";

/** Share of the container's words the body must hold: below it, the blocks after are too large
 *  a part of the text to be a tail (a page's FAQ, a product's tabs, a paper's references). */
export const BODY_SHARE = 0.93;
/** Deeper nesting between a block and the container is not followed: the step is left out. */
const MAX_DEPTH = 400;

/** A larger tail is left out only when a third of its text is links (a list of other posts or
 *  topics under the post): a tail of prose this large is more often the truth's (a FAQ, notes). */
export const LINKED_BODY_SHARE = 0.75;
export const TAIL_LINK_SHARE = 0.3;

const linkShareOf = (tail: readonly TextBlock[]): number => {
  let chars = 0;
  let links = 0;
  for (const b of tail) {
    const n = b.lines.reduce((m, l) => m + l.length, 0);
    chars += n;
    links += n * (b.linkShare ?? 0);
  }
  return chars === 0 ? 0 : links / chars;
};

const wordsOf = (b: TextBlock): number => b.lines.reduce((n, l) => n + (l.match(/\S+/gu)?.length ?? 0), 0);

/** The deepest element inside the container holding `share` of its words (the body), and the
 *  index of the last block inside it; none when no element holds that much or the nesting is
 *  too deep to follow. */
export function bodyOf(blocks: readonly TextBlock[], container: DomNode, share: number): { body: DomElement; last: number } | undefined {
  const words = new Map<DomElement, number>();
  const depth = new Map<DomElement, number>();
  /** Each block's elements up to the container, its own first. */
  const chains: DomElement[][] = [];
  let total = 0;
  for (const b of blocks) {
    const n = wordsOf(b);
    total += n;
    const chain: DomElement[] = [];
    for (let cur: DomNode | null | undefined = b.from; cur && cur !== container; cur = cur.parent) {
      if (chain.length >= MAX_DEPTH) return undefined;
      chain.push(cur as DomElement);
    }
    chains.push(chain);
    for (let i = 0; i < chain.length; i++) {
      const el = chain[i]!;
      words.set(el, (words.get(el) ?? 0) + n);
      depth.set(el, chain.length - i);
    }
  }
  let found: DomElement | undefined;
  for (const [el, n] of words) if (n >= share * total && (found === undefined || depth.get(el)! > depth.get(found)!)) found = el;
  if (found === undefined) return undefined;
  const body = found;
  return { body, last: chains.findLastIndex((chain) => chain.includes(body)) };
}

/** The blocks up to `last`; the ones after it are recorded as removed with `reason`. */
export function withoutBlocksAfter(blocks: TextBlock[], last: number, reason: string, removals: DomRemoval[]): TextBlock[] {
  if (last < 0 || last >= blocks.length - 1) return blocks;
  for (const b of blocks.slice(last + 1)) {
    const text = b.lines.join(" ");
    removals.push({ reason, path: b.from ? pathOf(b.from) : b.tag, excerpt: text.slice(0, 80), chars: text.length });
  }
  return blocks.slice(0, last + 1);
}

/** The blocks up to the last one inside the body; the ones after it are recorded as removed. */
export function withoutTailAfterBody(blocks: TextBlock[], container: DomNode, removals: DomRemoval[]): TextBlock[] {
  if (blocks.length < 2) return blocks;
  let found = bodyOf(blocks, container, BODY_SHARE);
  if (found === undefined) {
    found = bodyOf(blocks, container, LINKED_BODY_SHARE);
    if (found === undefined || linkShareOf(blocks.slice(found.last + 1)) < TAIL_LINK_SHARE) return blocks;
  }
  return withoutBlocksAfter(blocks, found.last, "after the article's body (the element holding nearly all its text ends before it)", removals);
}
