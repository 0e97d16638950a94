// A live region (aria-live, or an ARIA role that announces changes: alert, log, timer, marquee)
// holds what a page says to screen readers when something changes: "Added to your cart", the
// variant just picked, "Thank you for your feedback", a promotion ticker. On a product page it is
// not the product's copy; on other pages such a box may hold the text (a service's notice).
// role="status" is left out: shop themes put it on the price, to announce a variant's price.
import type { DomElement } from "./dom.js";
import { PAGE_TYPE_VOCABULARY } from "./vocabulary.js";

const { liveRoles: LIVE_ROLES } = PAGE_TYPE_VOCABULARY;

/** The node announces changes to screen readers, if it does: the reason a removal gives. */
export function liveRegionOf(el: DomElement): string | undefined {
  const live = el.attribs["aria-live"]?.trim().toLowerCase();
  if (live === "polite" || live === "assertive") return `aria-live:${live}`;
  const role = el.attribs.role?.trim().toLowerCase();
  return role && LIVE_ROLES.has(role) ? `role:${role}` : undefined;
}
