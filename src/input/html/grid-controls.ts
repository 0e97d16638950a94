// A grid of cards comes with controls that print their labels as text: the compare toggle on
// each card, the sort menu's label and value, a card's "Quick view" or "Add to cart" button, the
// result counter ("Showing 24 of 514 results"). They are not a product or an entry. Their class
// names vary too much to prune them all by name (`collection-chrome-class` takes those named
// "sort" or "quick-view"); their whole text does not. Counted on the dev set's output of pages
// taken for collections or listings, such blocks are out of the truth about 250 times against
// once. A card's badge ("New", "Best seller", "Sale") flags the card and is not its name either:
// about 120 such blocks out of the truth against 3 in. Elsewhere the same words may be the text's
// own (a product's "Add to cart" goes with product chrome, a docs page's "Sort by" is its
// subject, "New" may head a changelog), so collections and listings only.
import type { PageType } from "../../types.js";
import { PAGE_TYPE_VOCABULARY } from "./vocabulary.js";

/** Longer blocks are sentences, not a control's label or a badge. */
const MAX_LABEL_CHARS = 48;

const onGrid = (text: string, pageType: PageType | undefined): boolean => (pageType === "collection" || pageType === "listing") && text.length <= MAX_LABEL_CHARS;

export const isGridControl = (text: string, pageType: PageType | undefined): boolean => onGrid(text, pageType) && PAGE_TYPE_VOCABULARY.gridControlLabel.re.test(text);

export const isCardBadge = (text: string, pageType: PageType | undefined): boolean => onGrid(text, pageType) && PAGE_TYPE_VOCABULARY.cardBadge.re.test(text);
