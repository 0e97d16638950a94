// A product page prints the labels of its buy box and review widget as blocks of their own: the
// cart button and the quantity field ("Add to cart", "Quantity:"), the option pickers' prompts
// ("Select size", "Size guide"), the wish list toggle, the review widget's summary ("Rated 4.8
// out of 5", "1,254 Reviews"). They work the page; they are not the product's name, copy or specs.
// Their class names vary by shop; their whole text does not. Counted on the dev set's output of
// pages taken for products, such blocks are out of the truth 27 times against 3 in (the 3 are one
// marketplace's "Quantity:"), on 9 shops. Prices and stock states are left alone: the truths keep
// them about as often as they leave them out. A collection's card buttons are the grid's
// (`grid-controls.ts`); elsewhere "Quantity" may head a table's column, so products only.
import type { PageType } from "../../types.js";
import { PAGE_TYPE_VOCABULARY } from "./vocabulary.js";

/** Longer blocks are sentences, not a control's label. */
const MAX_LABEL_CHARS = 48;

export const isBuyBoxControl = (text: string, pageType: PageType | undefined): boolean =>
  pageType === "product" && text.length <= MAX_LABEL_CHARS && PAGE_TYPE_VOCABULARY.buyBoxControl.re.test(text);
