// A section's index (a site's news, its blog, a category or a tag) whose entries the structure
// test does not know (page-type.ts) was read as an article. Its address names it: the section's
// word as the path's last part ("/news", "/blog/", "/issues/") or a category, tag or section under
// a part so called ("/category/science/"): vocabulary `section-path`, counted on the whole dev
// set. An article's address goes on to its own name. An index prints its entries' dates, so the
// date does not count here. The type is read after the main content is chosen and is only
// reported: the page keeps the article's blocks and rules, which it was measured with.
import { PAGE_TYPE_VOCABULARY as V } from "./vocabulary.js";
import { reportedAs, type PageTypeFound } from "./page-type.js";
import { canonicalUrl, takenForArticle, type WholePage } from "./whole-page.js";

export function withSectionPathType(found: PageTypeFound, page: WholePage): PageTypeFound {
  if (!takenForArticle(found) || !isSectionPath(page.meta.canonical?.value)) return found;
  return reportedAs(found, "listing");
}

export function isSectionPath(canonical: string | undefined): boolean {
  const url = canonicalUrl(canonical);
  return url !== undefined && V.sectionPath.re.test(url.pathname);
}
