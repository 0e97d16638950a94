// A site's menu is not a listing. Pruning drops menus, but keeps a <nav> (or role=navigation)
// that holds a quarter of the page's text, as a template may wrap the page in one; a shop's mega
// menu or a job board's "remote jobs in <country>" index can outweigh the page, and its entries
// then make the longest run of linked siblings, taken for the page's items. The item finder does
// not look inside such an element: a listing's items are the page's, a menu's entries the site's.
import type { DomElement } from "./dom.js";
import { DOM_VOCABULARY } from "./vocabulary.js";

const { menuTags: MENU_TAGS, menuRoles: MENU_ROLES } = DOM_VOCABULARY;

export function isMenu(el: DomElement): boolean {
  return MENU_TAGS.has(el.name) || (el.attribs.role !== undefined && MENU_ROLES.has(el.attribs.role.trim().toLowerCase()));
}
