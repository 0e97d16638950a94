// A card of a grid that prints the same text twice in a row: the price as a visually hidden
// "regular price" and again as shown, a badge for the desktop and the mobile layout. The second
// copy adds nothing a reader sees. Repeats further apart are left alone on collections and
// listings (each card's own fields repeat there by nature: the same price, the same "Free
// shipping"); a block equal to the line just before it, or made of copies of that line, is a
// copy. On the dev set's pages taken for collections or listings, keeping such blocks once moves
// collections 8 pages up (0.61 -> 0.83 at most) and 5 down (by 0.011 at most).
import type { PageType } from "../../types.js";

/** Whether a block whose lines all repeat, as compared (`keyOf`), the line printed just before it
 *  (the last line of the block kept before it) is a copy. */
export function isBackToBack(lines: readonly string[], previousLine: string | undefined, pageType: PageType | undefined, keyOf: (s: string) => string): boolean {
  if ((pageType !== "collection" && pageType !== "listing") || previousLine === undefined) return false;
  const previous = keyOf(previousLine);
  return previous.length > 0 && lines.every((l) => keyOf(l) === previous);
}
