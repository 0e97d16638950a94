// A grid of cards comes with controls that print their labels as text: the compare toggle on
// each card, the sort menu's label and value, a card's "Quick view" or "Add to cart" button, the
// result counter ("Showing 24 of 514 results"). They are not a product or an entry. Their class
// names vary too much to prune them all by name (`collection-chrome-class` takes those named
// "sort" or "quick-view"); their whole text does not. Counted on the dev set's output of pages
// taken for collections or listings, such blocks are out of the truth about 250 times against
// once. A card's badge ("New", "Best seller", "Sale") flags the card and is not its name either:
// about 120 such blocks out of the truth against 3 in. Elsewhere the same words may be the text's
// own (a product's "Add to cart" goes with product chrome, a docs page's "Sort by" is its
// subject, "New" may head a changelog), so collections and listings, or a label printed on
// several cards: many collections are read as articles or products, and there a label that
// recurs on three or more cards of the chosen content ("Add to wishlist", "Compare", "Sale") is a
// card's control or badge all the same. Printed only twice, it is as often a shop's own "Sale" or
// "New" beside one product.
import type { PageType } from "../../types.js";
import { PAGE_TYPE_VOCABULARY } from "./vocabulary.js";

/** Longer blocks are sentences, not a control's label or a badge. */
const MAX_LABEL_CHARS = 48;

/** A label printed this many times in the chosen content is on a row of cards. */
const MIN_CARDS = 3;

/** `printed`: how many of the chosen blocks carry the same text. */
const onGrid = (text: string, pageType: PageType | undefined, printed: number): boolean =>
  (pageType === "collection" || pageType === "listing" || printed >= MIN_CARDS) && text.length <= MAX_LABEL_CHARS;

export const isGridControl = (text: string, pageType: PageType | undefined, printed = 1): boolean =>
  onGrid(text, pageType, printed) && PAGE_TYPE_VOCABULARY.gridControlLabel.re.test(text);

export const isCardBadge = (text: string, pageType: PageType | undefined, printed = 1): boolean =>
  onGrid(text, pageType, printed) && PAGE_TYPE_VOCABULARY.cardBadge.re.test(text);
