// Class/id words that name chrome on pages of one type only: beside a product, its reviews and
// other products; around a thread's posts, the poster's card, signatures and flair. On other
// pages the same words may name the text (a review site's review, an article's "user info" box).
import type { PageType } from "../../types.js";
import { PAGE_TYPE_VOCABULARY } from "./vocabulary.js";

export interface TypeChrome {
  re: RegExp;
  /** Said in the removal's reason: what the node is not. */
  not: string;
}

const BY_TYPE: Partial<Record<PageType, TypeChrome>> = {
  product: { re: PAGE_TYPE_VOCABULARY.productChromeClass.re, not: "not the product" },
  forum: { re: PAGE_TYPE_VOCABULARY.forumChromeClass.re, not: "not the posts" },
  collection: { re: PAGE_TYPE_VOCABULARY.collectionChromeClass.re, not: "not the products" },
  listing: { re: PAGE_TYPE_VOCABULARY.collectionChromeClass.re, not: "not the entries" },
};

export const typeChromeOf = (pageType: PageType): TypeChrome | undefined => BY_TYPE[pageType];
