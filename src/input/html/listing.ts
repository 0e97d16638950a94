// The main content of a listing or collection: its item list, with the heading and introduction
// right above it. Inside the items, what pruning took for its name alone ("ad-listing-title",
// a card's <header>, a "subscribe and save" badge) is given back: there it is the item's title or
// price. What is never content (scripts, buttons, hidden nodes) stays out.
import { isElement, pathOf, squash, textOf, walk, type DomElement, type DomNode } from "./dom.js";
import { pricedItems, type ItemRun } from "./items.js";
import type { Located } from "./locate.js";
import type { PageTypeFound } from "./page-type.js";
import { shortRunMayList } from "./short-runs.js";
import { classWords, hiddenBy, type Pruned } from "./prune.js";
import type { TextStats } from "./text-stats.js";
import type { DomRemoval } from "./types.js";
import { DOM_VOCABULARY } from "./vocabulary.js";

/** Whether the page's main content is its item list rather than the article container found:
 *  a list of several items holding most of the pruned page and much more text than that
 *  container. A confident named article body stands against a list of bare links (a menu, an
 *  archive or tag list that pruning left). A run shorter than a listing's stands only against
 *  an unsure container (short-runs.ts). */
export function isListing(run: ItemRun, located: Located, stats: TextStats, body: DomElement): boolean {
  const short = run.items.length < MIN_ITEMS;
  if (short && !shortRunMayList(run, located)) return false;
  // The block around the headline is found by position alone, not by its text: no rival to a
  // list, unless the list is short.
  if ((located.how !== "headline" || short) && run.chars < MIN_RATIO * Math.max(located.chars, 1)) return false;
  if ((stats.text.get(run.list) ?? 0) < MIN_PAGE_SHARE * Math.max(stats.text.get(body) ?? 0, 1)) return false;
  const namedArticle = located.confident && /^selector:article/u.test(located.how);
  return !(namedArticle && run.linkShare > MAX_BARE_LINKS);
}
const MIN_ITEMS = 8;
const MIN_RATIO = 3;
const MIN_PAGE_SHARE = 0.4;
const MAX_BARE_LINKS = 0.9;

/** A page taken for its item list is a listing (a collection when its items carry prices),
 *  unless the publisher declared what it is. */
export function listingType(found: PageTypeFound, run: ItemRun): PageTypeFound {
  if (found.from !== "structure" || found.type === "listing" || found.type === "collection") return found;
  return { type: pricedItems(run) >= run.items.length / 2 ? "collection" : "listing", from: "structure" };
}

const HIDING = DOM_VOCABULARY.hidingClass.re;

export interface ListingContent {
  node: DomElement;
  removed: Set<DomElement>;
  removals: DomRemoval[];
}

/** How much more text than the list an ancestor may hold and still be the list with its
 *  heading and introduction (more, and it holds other sections of the page). */
const MAX_WIDEN = 1.25;

/** `stats`: text below each element after pruning; `whole`: before. */
export function listingContent(run: ItemRun, pruned: Pruned, stats: TextStats, whole: TextStats, body: DomElement): ListingContent {
  const text = (el: DomElement): number => stats.text.get(el) ?? 0;
  let node = run.list;
  for (let up = node.parent; up && isElement(up) && up !== body; up = up.parent) {
    if (text(up) > MAX_WIDEN * text(node)) break;
    node = up;
  }
  const items = new Set(run.items);
  const removed = new Set(pruned.removed);
  const revoked = new Set<DomRemoval>();
  const kept: DomElement[] = [];
  for (const [el, removal] of pruned.byName) {
    if (!withinItem(el, items) || HIDING.test(classWords(el.attribs))) continue;
    removed.delete(el);
    kept.push(el);
    if (removal) revoked.add(removal);
  }
  const removals = pruned.removals.filter((r) => !revoked.has(r));
  for (const el of kept) dropNeverContent(el, removed, removals, whole);
  return { node, removed, removals };
}

function withinItem(el: DomNode, items: ReadonlySet<DomElement>): boolean {
  for (let up = el.parent; up; up = up.parent) if (items.has(up as DomElement)) return true;
  return false;
}

function dropNeverContent(root: DomElement, removed: Set<DomElement>, removals: DomRemoval[], stats: TextStats): void {
  walk(root, (node) => {
    if (!isElement(node)) return false;
    const hidden = node.name === "noscript" ? undefined : hiddenBy(node.attribs);
    const reason = DOM_VOCABULARY.dropTags.has(node.name)
      ? `tag:${node.name}`
      : hidden && hidden !== "aria-hidden"
        ? `hidden:${hidden}`
        : HIDING.test(classWords(node.attribs))
          ? "hidden:class"
          : undefined;
    if (!reason) return true;
    removed.add(node);
    const chars = stats.text.get(node) ?? 0;
    if (chars > 0 && !DOM_VOCABULARY.silentTags.has(node.name)) removals.push({ reason, path: pathOf(node), excerpt: squash(textOf(node)).slice(0, 80), chars });
    return false;
  });
}
