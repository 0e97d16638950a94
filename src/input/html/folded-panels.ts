// A product page folds its description, specifications and ingredients into accordions, tabs and
// "show more" expanders, hidden until a reader opens them; a shop's category or a listing folds its
// buying guide and questions so, a service page its FAQ and its offer's tabs, a documentation page
// its examples: on every kind of page such a hidden panel is the page's text, not a hidden copy.
// Known by its name or its parent's (`folded-panel-class` in vocabulary/page-types.yaml), or by its
// tab-panel role; what else it is named for (a modal, a menu) is still judged by the class/id
// words after it is let through.
import type { DomElement } from "./dom.js";
import { classWords } from "./prune.js";
import { PAGE_TYPE_VOCABULARY } from "./vocabulary.js";

const FOLDED = PAGE_TYPE_VOCABULARY.foldedPanelClass.re;
export function isFoldedPanel(el: DomElement): boolean {
  if (el.attribs.role?.toLowerCase() === "tabpanel") return true;
  if (FOLDED.test(classWords(el.attribs))) return true;
  const parent = el.parent as DomElement | null;
  return parent?.attribs !== undefined && FOLDED.test(classWords(parent.attribs));
}
