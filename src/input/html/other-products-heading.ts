// A product page offers other products beside the product: "Customers also viewed", "Frequently
// bought together", "Similar items". Their cards go as carousels or product chrome (or never
// reach the text, filled by a script), but the box's heading is left alone in the text, naming
// products that are not the page's. Counted on the dev set's output of pages taken for products,
// such headings are out of the truth 20 times against once, on pages of 8 sites. On other page
// types the same words may head a listing's own section, so products only.
import type { PageType } from "../../types.js";
import { PAGE_TYPE_VOCABULARY } from "./vocabulary.js";

/** Longer blocks are sentences that mention other products, not a box's heading. */
const MAX_HEADING_CHARS = 60;

export function isOtherProductsHeading(text: string, pageType: PageType | undefined): boolean {
  return pageType === "product" && text.length <= MAX_HEADING_CHARS && PAGE_TYPE_VOCABULARY.otherProductsHeading.re.test(text);
}
