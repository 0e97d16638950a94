// A grid of cards comes with controls that print their labels as text: the compare toggle on
// each card, the sort menu's label and value, a card's "Quick view" or "Add to cart" button. They
// are not a product or an entry. Their class names vary too much to prune them all by name
// (`collection-chrome-class` takes those named "sort" or "quick-view"); their whole text does not.
// Counted on the dev set's output of pages taken for collections or listings, such blocks are out
// of the truth 240 times against once. Elsewhere the same words may be the text's own (a
// product's "Add to cart" goes with product chrome, a docs page's "Sort by" is its subject), so
// collections and listings only.
import type { PageType } from "../../types.js";
import { PAGE_TYPE_VOCABULARY } from "./vocabulary.js";

/** Longer blocks are sentences, not a control's label. */
const MAX_LABEL_CHARS = 48;

export function isGridControl(text: string, pageType: PageType | undefined): boolean {
  return (pageType === "collection" || pageType === "listing") && text.length <= MAX_LABEL_CHARS && PAGE_TYPE_VOCABULARY.gridControlLabel.re.test(text);
}
