// A product page folds its description, specifications and ingredients into accordions, tabs and
// "show more" expanders, hidden until a reader opens them, and a shop's category or a listing folds
// its buying guide and questions so: such a hidden panel is the page's text, not a hidden copy.
// Known by its name or its parent's (`folded-panel-class` in vocabulary/page-types.yaml), or by its
// tab-panel role; what else it is named for (a modal, a menu) is still judged by the class/id
// words after it is let through.
import type { DomElement } from "./dom.js";
import type { PageType } from "../../types.js";
import { classWords } from "./prune.js";
import { PAGE_TYPE_VOCABULARY } from "./vocabulary.js";

const FOLDED = PAGE_TYPE_VOCABULARY.foldedPanelClass.re;
/** On articles, forums and docs a hidden panel is left out as any hidden node (a copy, a menu). */
const FOLDING_TYPES: ReadonlySet<PageType> = new Set(["product", "collection", "listing"]);

export const keepsFoldedPanels = (type: PageType): boolean => FOLDING_TYPES.has(type);

export function isFoldedPanel(el: DomElement): boolean {
  if (el.attribs.role?.toLowerCase() === "tabpanel") return true;
  if (FOLDED.test(classWords(el.attribs))) return true;
  const parent = el.parent as DomElement | null;
  return parent?.attribs !== undefined && FOLDED.test(classWords(parent.attribs));
}
