// A shop's grid of priced cards: many sibling cards, most showing a price.
// - Beside the container the locator chose: on a category page the locator often takes the
//   category's copy (its introduction or buying guide, named like an article body) while the
//   products sit in a grid outside it. Both are the page's content, so both are kept, in page
//   order. The grid must weigh against the container's text, or it is a strip of
//   recommendations beside an article.
// - Holding a fair share of the page: the page is a collection, though its structure first read
//   as an article or a product (a category page with an add-to-cart button on each card). Some
//   shops declare a product (JSON-LD, og:type) on their category pages too (one per card, or the
//   first card's): a grid whose every card shows a price outweighs that declaration. A product
//   page's strips of other products print prices on only some of their cards.
import type { DomElement } from "./dom.js";
import { isInside } from "./dom-order.js";
import { pricedItems, type ItemRun } from "./items.js";
import type { Located } from "./locate.js";
import type { PageTypeFound } from "./page-type.js";
import type { TextStats } from "./text-stats.js";

const MIN_CARDS = 8;
/** Share of the cards that must show a price. */
const MIN_PRICED = 0.5;
/** The grid's text against the container's: less, and it is a strip beside the content. */
const MIN_TEXT_RATIO = 0.5;
/** Share of the pruned page's text under the grid's parent for the page to be a collection. */
const MIN_PAGE_SHARE = 0.3;
/** Share of the cards that must show a price for the grid to outweigh a declared product. */
const MIN_PRICED_AGAINST_DECLARED = 0.8;

export const isPricedGrid = (run: ItemRun): boolean => run.items.length >= MIN_CARDS && pricedItems(run) >= MIN_PRICED * run.items.length;

/** Whether `run` is a priced grid that lies wholly outside the located container (and does not
 *  hold it). */
export function isPricedGridBeside(run: ItemRun, located: Located): boolean {
  if (run.chars < MIN_TEXT_RATIO * located.chars) return false;
  return isPricedGrid(run) && apart(run.list, located.node);
}

/** Neither inside the other. */
export const apart = (a: DomElement, b: DomElement): boolean => !isInside(a, b) && !isInside(b, a);

/** The page's type once its item run is known: a priced grid holding a fair share of the pruned
 *  page makes a page read by its structure as an article or a product a collection, and a page
 *  declaring a product too when nearly every card shows a price. Other declared types stand. */
export function withGridType(found: PageTypeFound, run: ItemRun | undefined, stats: TextStats, body: DomElement): PageTypeFound {
  if (!run || !(found.from === "structure" ? found.type === "article" || found.type === "product" : isDeclaredProductGrid(found, run))) return found;
  const share = (stats.text.get(run.list) ?? 0) / Math.max(stats.text.get(body) ?? 0, 1);
  return share >= MIN_PAGE_SHARE && isPricedGrid(run) ? { type: "collection", from: "structure" } : found;
}

/** `found` is declared (its source is not the structure). */
const isDeclaredProductGrid = (found: PageTypeFound, run: ItemRun): boolean =>
  found.type === "product" && pricedItems(run) >= MIN_PRICED_AGAINST_DECLARED * run.items.length;
