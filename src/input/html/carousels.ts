// On a product page, runs of same-shaped linked cards inside the main content are other products
// ("customers also viewed", "you may also like", "similar items"): the product itself is one
// item, not a list. Each such run goes with the heading right above it.
import { NO_DEADLINE, type Deadline } from "./deadline.js";
import { isElement, pathOf, squash, textOf, walk, type DomElement } from "./dom.js";
import { bestRunUnder, pricedItems } from "./items.js";
import type { TextStats } from "./text-stats.js";
import type { DomRemoval } from "./types.js";

/** A run holding more than this share of the main content is the content, not a side list. */
const MAX_SHARE = 0.5;
/** Cards of other products show their prices. */
const MIN_PRICED = 0.5;
/** How much more text than the run an ancestor may hold and still be the run with its heading. */
const MAX_WIDEN = 1.25;

/** Marks the carousels inside `main` removed (and records them). */
export function dropCarousels(main: DomElement, whole: TextStats, stats: TextStats, removed: Set<DomElement>, removals: DomRemoval[], deadline: Deadline = NO_DEADLINE): void {
  const text = (el: DomElement): number => stats.text.get(el) ?? 0;
  const mainChars = Math.max(text(main), 1);
  const found: DomElement[] = [];
  walk(main, (node) => {
    deadline.tick("finding carousels");
    if (!isElement(node) || removed.has(node)) return false;
    const run = bestRunUnder(node, whole, removed);
    if (!run || pricedItems(run) < MIN_PRICED * run.items.length) return true;
    let box = run.list;
    for (let up = box.parent; up && isElement(up) && up !== main; up = up.parent) {
      if (text(up) > MAX_WIDEN * text(box)) break;
      box = up;
    }
    if (text(box) > MAX_SHARE * mainChars) return true;
    found.push(box);
    return false;
  });
  for (const box of found) {
    removed.add(box);
    removals.push({ reason: "other products (a carousel of product cards)", path: pathOf(box), excerpt: squash(textOf(box)).slice(0, 80), chars: whole.text.get(box) ?? 0 });
  }
}
