// A product page whose buy box the structure test does not know (page-type.ts: a price beside an
// add-to-cart control) and that declares no type was read as an article. Shops and review sites
// file their product pages under a part of the address so named ("/products/...", "/pdp/...":
// vocabulary `product-path`, counted on the whole dev set), which articles' addresses do not
// take; a dated page is left an article (a company blog's "/product/" section). The type is read
// after the main content is chosen and is only reported: the page keeps the article's blocks and
// rules, which it was measured with.
import { PAGE_TYPE_VOCABULARY as V } from "./vocabulary.js";
import { reportedAs, type PageTypeFound } from "./page-type.js";
import { canonicalUrl, takenForArticle, type WholePage } from "./whole-page.js";

export function withProductPathType(found: PageTypeFound, page: WholePage): PageTypeFound {
  if (!takenForArticle(found) || page.meta.publishedAt || !isProductPath(page.meta.canonical?.value)) return found;
  return reportedAs(found, "product");
}

export function isProductPath(canonical: string | undefined): boolean {
  const url = canonicalUrl(canonical);
  return url !== undefined && V.productPath.re.test(url.pathname);
}
