// Pages read as articles whose canonical address has the shape one kind of page takes, and which
// articles' addresses do not (each pattern is vocabulary, counted on the whole dev set). The type is
// read after the main content is chosen and is only reported: the page keeps the article's blocks
// and rules, which it was measured with.
// - A forum thread whose posts the structure test does not see (forum software that draws them
//   with a script): forum software gives each thread an address of its own shape ("/t/slug/123",
//   "/threads/slug.123/", ".../comments/id/slug/", "viewtopic.php": `forum-path`). Threads carry
//   dates, so the date does not count.
// - A section's index (a site's news, its blog, a category or a tag) whose entries the structure
//   test does not know: the section's word as the path's last part ("/news", "/blog/", "/issues/")
//   or a category, tag or section under a part so called ("/category/science/": `section-path`).
//   An article's address goes on to its own name. An index prints its entries' dates, so the date
//   does not count.
// - A product page whose buy box the structure test does not know and that declares no type:
//   shops and review sites file product pages under a part so named ("/products/...", "/pdp/...":
//   `product-path`). A dated page is left an article (a company blog's "/product/" section).
import type { PageType } from "../../types.js";
import { PAGE_TYPE_VOCABULARY as V } from "./vocabulary.js";
import { reportedAs, type PageTypeFound } from "./page-type.js";
import { canonicalUrl, takenForArticle, type WholePage } from "./whole-page.js";

export interface AddressType {
  /** Whether a canonical URL (absolute or a path) has the kind's shape. */
  matches(canonical: string | undefined): boolean;
  /** The whole-page step: `found` reported as the kind where the page's address has its shape. */
  step(found: PageTypeFound, page: WholePage): PageTypeFound;
}

function addressType(type: PageType, path: RegExp, { undatedOnly = false } = {}): AddressType {
  const matches = (canonical: string | undefined): boolean => {
    const url = canonicalUrl(canonical);
    return url !== undefined && path.test(url.pathname);
  };
  const step = (found: PageTypeFound, page: WholePage): PageTypeFound =>
    takenForArticle(found) && !(undatedOnly && page.meta.publishedAt) && matches(page.meta.canonical?.value) ? reportedAs(found, type) : found;
  return { matches, step };
}

export const FORUM_ADDRESS = addressType("forum", V.forumPath.re);
export const SECTION_ADDRESS = addressType("listing", V.sectionPath.re);
export const PRODUCT_ADDRESS = addressType("product", V.productPath.re, { undatedOnly: true });
