// The item list of a listing or collection page: the longest run of same-shaped sibling elements
// (cards, rows, list items) that each hold some text and most of which link somewhere (an item's
// title links to its own page). Found on the pruned tree, so menus and footers already gone are
// not candidates, but measured with the whole page's text: an item whose title was pruned as an
// "ad" or a "subscribe" badge is still an item.
import { NO_DEADLINE, type Deadline } from "./deadline.js";
import { isElement, textOf, walk, type DomElement, type DomNode } from "./dom.js";
import type { TextStats } from "./text-stats.js";
import { DOM_VOCABULARY } from "./vocabulary.js";
import { isMenu } from "./menu-runs.js";

export interface ItemRun {
  /** The element whose children the items are. */
  list: DomElement;
  items: DomElement[];
  /** Characters of text in the items (link text included). */
  chars: number;
  /** Share of those characters that are link text. */
  linkShare: number;
}

const MIN_ITEMS = 4;
const MIN_ITEM_CHARS = 8;
const MIN_LINKED_SHARE = 0.5;

export function itemRunOf(root: DomNode, whole: TextStats, removed: ReadonlySet<DomElement>, deadline: Deadline = NO_DEADLINE): ItemRun | undefined {
  let best: ItemRun | undefined;
  walk(root, (node) => {
    deadline.tick("finding items");
    if (node !== root && !isElement(node)) return node.type === "root";
    if (isElement(node) && (removed.has(node) || isMenu(node))) return false;
    const run = bestRunUnder(node, whole, removed);
    if (run && (!best || run.chars > best.chars)) best = run;
    return true;
  });
  return best;
}

interface Group {
  items: DomElement[];
  chars: number;
  links: number;
  linked: number;
}

/** The best run among `parent`'s own children. */
export function bestRunUnder(parent: DomNode, whole: TextStats, removed: ReadonlySet<DomElement>): ItemRun | undefined {
  const kids = parent.children;
  if (!kids || kids.length < MIN_ITEMS || !isElement(parent)) return undefined;
  let groups: Map<string, Group> | undefined;
  for (const kid of kids) {
    if (!isElement(kid) || kid.type !== "tag" || removed.has(kid)) continue;
    const chars = whole.text.get(kid) ?? 0;
    if (chars < MIN_ITEM_CHARS) continue;
    const key = shapeOf(kid);
    groups ??= new Map();
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { items: [], chars: 0, links: 0, linked: 0 }));
    const links = whole.links.get(kid) ?? 0;
    g.items.push(kid);
    g.chars += chars;
    g.links += links;
    if (links > 0 || kid.name === "a") g.linked++;
  }
  let best: Group | undefined;
  for (const g of groups?.values() ?? []) {
    if (g.items.length < MIN_ITEMS || g.linked < MIN_LINKED_SHARE * g.items.length) continue;
    if (!best || g.chars > best.chars) best = g;
  }
  return best && { list: parent, items: best.items, chars: best.chars, linkShare: best.links / Math.max(best.chars, 1) };
}

/** Tag and classes, without the tokens that number or key one item ("post-123"; "is-active"
 *  states are rare enough to leave), name its terms ("category-news", item-term-class) or its
 *  place in the run ("first" of a row, "odd", item-position-class). */
function shapeOf(el: DomElement): string {
  const cls = el.attribs.class;
  if (!cls) return el.name;
  return `${el.name}.${cls.trim().split(/\s+/u).filter((c) => !/\d/u.test(c) && !ITEM_TERM.test(c) && !ITEM_POSITION.test(c)).sort().join(".")}`;
}
const ITEM_TERM = DOM_VOCABULARY.itemTermClass.re;
const ITEM_POSITION = DOM_VOCABULARY.itemPositionClass.re;

/** Items that show a price (a currency sign beside a number). */
export const pricedItems = (run: ItemRun): number => run.items.filter((item) => PRICE.test(textOf(item))).length;
/** A currency sign beside a number, or a number before a currency. */
export const PRICE = /[$€£¥₹]\s?\d|\d\s?(?:€|£|zł|kr|Kč)(?![\p{L}])/u;
