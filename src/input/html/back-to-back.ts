// A card of a grid that prints the same text twice in a row: the price as a visually hidden
// "regular price" and again as shown, a product's name in its image link and its title, a badge
// for the desktop and the mobile layout. The second copy adds nothing a reader sees. Repeats
// further apart are left alone on collections and listings (each card's own fields repeat there
// by nature: the same price, the same "Free shipping"); a block equal to the block just before
// it (or a block of two copies of it, one a line) is a copy. Counted on the dev set's output of pages taken for collections or listings, such
// blocks hold mostly words the truth has once (collection pages 7 up, 4 down when kept once).
import type { PageType } from "../../types.js";

/** Whether a block whose lines all repeat, as compared (`keyOf`), the line printed just before it
 *  (the last line of the block kept before it) is a copy. */
export function isBackToBack(lines: readonly string[], previousLine: string | undefined, pageType: PageType | undefined, keyOf: (s: string) => string): boolean {
  if ((pageType !== "collection" && pageType !== "listing") || previousLine === undefined) return false;
  const previous = keyOf(previousLine);
  return previous.length > 0 && lines.every((l) => keyOf(l) === previous);
}
