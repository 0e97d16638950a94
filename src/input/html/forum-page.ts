// A forum thread whose posts the structure test does not see (forum software that draws them with
// a script, a thread of its own markup) was read as an article. Forum software gives each thread
// an address of its own shape ("/t/slug/123", "/threads/slug.123/", ".../comments/id/slug/",
// "viewtopic.php": vocabulary `forum-path`, counted on the whole dev set), which articles' addresses
// do not take. Threads carry dates, so the date does not count here. The type is read after the
// main content is chosen and is only reported: the page keeps the article's blocks and rules,
// which it was measured with.
import { PAGE_TYPE_VOCABULARY as V } from "./vocabulary.js";
import { reportedAs, type PageTypeFound } from "./page-type.js";
import { canonicalUrl, takenForArticle, type WholePage } from "./whole-page.js";

export function withForumPathType(found: PageTypeFound, page: WholePage): PageTypeFound {
  if (!takenForArticle(found) || !isForumPath(page.meta.canonical?.value)) return found;
  return reportedAs(found, "forum");
}

export function isForumPath(canonical: string | undefined): boolean {
  const url = canonicalUrl(canonical);
  return url !== undefined && V.forumPath.re.test(url.pathname);
}
