// A listing whose entries are <article> boxes without a card class the structure test knows
// (page-type.ts) was read as an article. Entries enough with a pager beside them make it a
// listing (vocabulary `listing-pager`, `paged-entries`), counted on the whole dev set; a page with
// a date of publication is left an article (a story with related-story boxes and a pager of
// comments). The type is read after the main content is chosen and is only reported: the page
// keeps the article's blocks and rules, which it was measured with.
import { PAGE_TYPE_VOCABULARY as V } from "./vocabulary.js";
import type { PageTypeFound } from "./page-type.js";
import { eachShownElement, takenForArticle, type WholePage } from "./whole-page.js";

export function withPagedEntriesType(found: PageTypeFound, page: WholePage): PageTypeFound {
  if (!takenForArticle(found) || page.meta.publishedAt) return found;
  let entries = 0;
  let pager = false;
  eachShownElement(page.root, (el) => {
    if (el.name === "article") entries++;
    if (!pager) pager = V.listingPager.re.test(`${el.attribs.class ?? ""} ${el.attribs.id ?? ""}`);
  });
  return entries >= V.pagedEntries["min-entries"] && pager ? { type: "listing", from: "structure", handledAs: "article" } : found;
}
