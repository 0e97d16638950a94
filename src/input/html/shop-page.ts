// A shop's category page whose cards the structure test does not know (page-type.ts) was read as
// an article. A shop prints its own controls on the pages of its catalogue (a listing frame named
// "plp", colour swatches, a wish list: vocabulary `shop-chrome-class`, counted on the whole dev
// set); an undated page that prints them and that the product tests did not take is a shop's
// category: a collection. A page with a date of publication is left an article: shops' blog
// posts print the same controls. The type is read after the main content is chosen and is only
// reported: the page keeps the article's blocks and rules, which it was measured with.
import { PAGE_TYPE_VOCABULARY as V } from "./vocabulary.js";
import { reportedAs, type PageTypeFound } from "./page-type.js";
import { eachShownElement, takenForArticle, type WholePage } from "./whole-page.js";

export function withShopType(found: PageTypeFound, page: WholePage): PageTypeFound {
  if (!takenForArticle(found) || page.meta.publishedAt) return found;
  let shop = false;
  eachShownElement(page.root, (el) => {
    if (!shop) shop = V.shopChromeClass.re.test(`${el.attribs.class ?? ""} ${el.attribs.id ?? ""}`.toLowerCase());
  });
  return shop ? reportedAs(found, "collection") : found;
}
