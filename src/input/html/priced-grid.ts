// A shop's grid of priced cards beside the container the locator chose: on a category page the
// locator often takes the category's copy (its introduction or buying guide, named like an
// article body) while the products sit in a grid outside it. Both are the page's content, so both
// are kept, in page order. The grid must look like a category's products, not a strip of
// recommendations beside an article: many cards, most with a price, and text enough to weigh
// against the container's.
import type { DomElement } from "./dom.js";
import { isInside } from "./dom-order.js";
import { pricedItems, type ItemRun } from "./items.js";
import type { Located } from "./locate.js";

const MIN_CARDS = 8;
/** Share of the cards that must show a price. */
const MIN_PRICED = 0.5;
/** The grid's text against the container's: less, and it is a strip beside the content. */
const MIN_TEXT_RATIO = 0.5;

/** Whether `run` is a priced grid that lies wholly outside the located container (and does not
 *  hold it). */
export function isPricedGridBeside(run: ItemRun, located: Located): boolean {
  if (run.items.length < MIN_CARDS) return false;
  if (run.chars < MIN_TEXT_RATIO * located.chars) return false;
  if (pricedItems(run) < MIN_PRICED * run.items.length) return false;
  return apart(run.list, located.node);
}

/** Neither inside the other. */
export const apart = (a: DomElement, b: DomElement): boolean => !isInside(a, b) && !isInside(b, a);
