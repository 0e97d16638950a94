// A site's menu is not a listing. Pruning drops menus, but keeps a <nav> (or role=navigation)
// that holds a quarter of the page's text, as a template may wrap the page in one; a shop's mega
// menu or a job board's "remote jobs in <country>" index can outweigh the page, and its entries
// then make the longest run of linked siblings, taken for the page's items. The item finder does
// not look inside such an element: a listing's items are the page's, a menu's entries the site's.
import { NO_DEADLINE, type Deadline } from "./deadline.js";
import { pathOf, squash, textOf, type DomElement } from "./dom.js";
import { outermostInside } from "./outermost.js";
import type { TextStats } from "./text-stats.js";
import type { DomRemoval } from "./types.js";
import { DOM_VOCABULARY } from "./vocabulary.js";

const { menuTags: MENU_TAGS, menuRoles: MENU_ROLES } = DOM_VOCABULARY;

export function isMenu(el: DomElement): boolean {
  return MENU_TAGS.has(el.name) || (el.attribs.role !== undefined && MENU_ROLES.has(el.attribs.role.trim().toLowerCase()));
}

/** Above this share of link text, a menu kept for its size is a menu all the same. */
const MENU_LINK_SHARE = 0.8;

/** Inside the chosen content, a menu that pruning kept for its size (a docs sidebar, a shop's
 *  category menu printed above the product) is the site's, not the page's: marked removed and
 *  explained. A menu that wraps the content is the content's ancestor and is not seen here;
 *  one whose text is mostly not links (a table of contents with its summaries) stays. */
export function dropMenusInside(container: DomElement, stats: TextStats, removed: Set<DomElement>, removals: DomRemoval[], deadline: Deadline = NO_DEADLINE): void {
  const menus = outermostInside(container, removed, isMenu, "finding menus", deadline);
  const found = menus.filter((el) => {
    const chars = stats.text.get(el) ?? 0;
    return chars > 0 && (stats.links.get(el) ?? 0) > MENU_LINK_SHARE * chars;
  });
  for (const el of found) {
    removed.add(el);
    removals.push({ reason: "menu (kept for its size, not the content)", path: pathOf(el), excerpt: squash(textOf(el)).slice(0, 80), chars: stats.text.get(el) ?? 0 });
  }
}
