// A page read as a listing from its structure (a run of entries or cards, page-type.ts and
// listing.ts) is reported as what the whole page says it is, when it says so: a page of a
// company's offer ("/services/...", undated: its cards are the services), a documentation page
// (edit link, docs address, code: docs-page.ts), or a shop's category (prices throughout:
// vocabulary `listed-page`). Counted on the dev set's pages read as listings from their structure,
// none names a listing: the offer's address 5 service pages (the home page would add 3 and a
// listing), the docs marks 2 documentation pages (and a service page), the prices 13 collections
// (and 2 service pages). The type is only reported: the page keeps the listing's blocks and
// rules, which it was measured with.
import { isElement, walk } from "./dom.js";
import { isDocsPage } from "./docs-page.js";
import { PRICE } from "./items.js";
import { reportedAs, type PageTypeFound } from "./page-type.js";
import { isOfferPath } from "./service-page.js";
import { PAGE_TYPE_VOCABULARY as V } from "./vocabulary.js";
import { NOT_SHOWN, type WholePage } from "./whole-page.js";

export function withListedPageType(found: PageTypeFound, page: WholePage): PageTypeFound {
  if (found.type !== "listing" || found.from !== "structure") return found;
  if (!page.meta.publishedAt && isOfferPath(page.meta.canonical?.value)) return reportedAs(found, "service");
  if (isDocsPage(page)) return reportedAs(found, "documentation");
  return pricesShown(page) >= V.listedPage["min-prices"] ? reportedAs(found, "collection") : found;
}

const PRICES = new RegExp(PRICE.source, "gu");

/** Prices in the text a reader can be shown. */
function pricesShown(page: WholePage): number {
  let n = 0;
  walk(page.root, (node) => {
    if (node.type === "text") n += node.data?.match(PRICES)?.length ?? 0;
    else if (isElement(node) && NOT_SHOWN.has(node.name)) return false;
    return true;
  });
  return n;
}
