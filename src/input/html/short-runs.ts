// A short run of items: four to seven same-shaped siblings (a front page's sections, each a box
// of teasers; a category's few large groups). Fewer items than a listing needs are its content
// only when the container found is unsure of itself (a stray block chosen by scoring or by the
// headline) and the run holds several times its text. A short run kept inside chrome (a menu or
// a header that held a quarter of the page) is the site's navigation, not its entries.
import { isElement, type DomElement, type DomNode } from "./dom.js";
import type { ItemRun } from "./items.js";
import type { Located } from "./locate.js";
import { DOM_VOCABULARY } from "./vocabulary.js";

/** Items from which a run may be a page's content beside an unsure container. */
export const MIN_SHORT_RUN = 4;

const CHROME_TAGS = DOM_VOCABULARY.chromeTags;
const CHROME_ROLES = DOM_VOCABULARY.chromeRoles;

/** Whether a run too short for a listing on its own may still stand against `located`. */
export function shortRunMayList(run: ItemRun, located: Located): boolean {
  return run.items.length >= MIN_SHORT_RUN && !located.confident && !insideChrome(run.list);
}

function insideChrome(el: DomElement): boolean {
  for (let up: DomNode | null = el; up; up = up.parent) {
    if (!isElement(up)) continue;
    const role = up.attribs.role?.toLowerCase();
    if (CHROME_TAGS.has(up.name) || (role !== undefined && CHROME_ROLES.has(role))) return true;
  }
  return false;
}
