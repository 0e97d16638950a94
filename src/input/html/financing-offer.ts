// A shop prints its offers of credit beside and on a grid's cards: "Pay over time with Affirm",
// the store card's "$30 in card rewards are yours when approved", a loan's fine print ("Subject
// to credit approval. Minimum monthly payments required."). They sell a way to pay, not an item,
// and the same block is printed on every category page of the shop. The words are in the
// vocabulary (`financing-offer`, with examples); the test reads the blocks of pages taken for
// collections or listings only: on a lender's own page the offer is the content, and a product
// page's buy box is left to the product's rules. A longer block is prose that mentions credit (a
// buying guide's "the best times to buy, with special financing..."), not the offer.
import type { PageType } from "../../types.js";
import { PAGE_TYPE_VOCABULARY } from "./vocabulary.js";

/** The offers counted on the dev set are 26 to 162 characters; buying guides' paragraphs 400 and more. */
const MAX_OFFER_CHARS = 240;

export const isFinancingOffer = (text: string, pageType: PageType | undefined): boolean =>
  (pageType === "collection" || pageType === "listing") && text.length <= MAX_OFFER_CHARS && PAGE_TYPE_VOCABULARY.financingOffer.re.test(text);
