// Some pages print a part twice, once for phones and once for desktops, and let the style sheet
// show each at its screen width only ("md:hidden", "d-lg-none", "mobile-only": mobile-only-class).
// Read at a desktop's width, the phone's copy (a filter drawer, a second price box, a collapsed
// menu) is never on screen: inside the chosen content it is left out and explained.
import { NO_DEADLINE, type Deadline } from "./deadline.js";
import { pathOf, squash, textOf, type DomElement } from "./dom.js";
import { outermostInside } from "./outermost.js";
import type { TextStats } from "./text-stats.js";
import type { DomRemoval } from "./types.js";
import { DOM_VOCABULARY } from "./vocabulary.js";

const MOBILE_ONLY = DOM_VOCABULARY.mobileOnlyClass.re;

export const isMobileOnly = (el: DomElement): boolean => el.attribs.class !== undefined && MOBILE_ONLY.test(el.attribs.class.toLowerCase());

/** The outermost mobile-only elements with text inside `container`, not yet removed. */
export function mobileOnlyInside(container: DomElement, stats: TextStats, removed: ReadonlySet<DomElement>, deadline: Deadline = NO_DEADLINE): DomElement[] {
  return outermostInside(container, removed, isMobileOnly, "finding mobile-only copies", deadline).filter((el) => (stats.text.get(el) ?? 0) > 0);
}

export function leaveOutMobileOnly(found: readonly DomElement[], stats: TextStats, removed: Set<DomElement>, removals: DomRemoval[]): void {
  for (const el of found) {
    removed.add(el);
    removals.push({ reason: "shown on phones only (a mobile copy, hidden at a desktop's width)", path: pathOf(el), excerpt: squash(textOf(el)).slice(0, 80), chars: stats.text.get(el) ?? 0 });
  }
}
