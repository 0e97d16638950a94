// A page's main column (<main>, "main-content") holds, on a product page, the product and all
// that surrounds it: other products, marketing bands, shipping and payment notes. The block
// around the product's name (its <h1>, see underHeadline in locate.ts) is the product, when it
// holds a fair share of the column's text; a small one is the name and price alone, without the
// description that lies further down the column.
import type { DomElement } from "./dom.js";

/** Share of the main column's text the block around the name holds at least. */
const MIN_SHARE = 0.5;

export function productBlock(main: DomElement, headed: DomElement | undefined, good: (el: DomElement) => number): DomElement | undefined {
  if (!headed || headed === main) return undefined;
  return good(headed) >= MIN_SHARE * good(main) ? headed : undefined;
}
