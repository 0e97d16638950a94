// A product page prints its buy box (name, price, the add-to-cart button) first and the product's
// copy below it: a description or a tab of specs, one element holding most of the container's
// words. What the container prints after that copy is the shop's, not the product's: shipping
// and returns boxes, review widgets, "you may also like" strips. When the page's add-to-cart
// control comes before the element holding three quarters of the words, the blocks after that
// element are left out. The control places the copy: where it sits inside or around that
// element, the element is the buy box itself and what follows may be the description; where a
// page has none (a review or a guide declaring a Product), the tail is as often the truth's (a
// FAQ). tail-after-body.ts does the same on any page, for a body holding nearly all the words.
import type { DomNode } from "./dom.js";
import type { TextBlock } from "./blocks.js";
import type { DomRemoval } from "./types.js";
import type { PageType } from "../../types.js";
import { isInside, precedes } from "./dom-order.js";
import { firstCartControl } from "./page-type.js";
import { bodyOf, withoutBlocksAfter } from "./tail-after-body.js";

/** Share of the container's words the product's copy must hold: below it, the element is one of
 *  several tabs (counts in docs/quality.md). */
export const COPY_SHARE = 0.75;

export const TAIL_AFTER_COPY = "after the product's copy (the element below its buy box holding most of the text ends before it)";

/** The blocks up to the last one inside the product's copy; the ones after it are recorded as removed. */
export function withoutTailAfterCopy(blocks: TextBlock[], container: DomNode, root: DomNode, pageType: PageType, removals: DomRemoval[]): TextBlock[] {
  if (pageType !== "product" || blocks.length < 2) return blocks;
  const copy = bodyOf(blocks, container, COPY_SHARE);
  if (copy === undefined || copy.last === blocks.length - 1) return blocks;
  const cart = firstCartControl(root);
  if (cart === undefined || isInside(cart, copy.body) || isInside(copy.body, cart) || !precedes(cart, copy.body)) return blocks;
  return withoutBlocksAfter(blocks, copy.last, TAIL_AFTER_COPY, removals);
}
