// A company's, a product's or a shop's own page (a SaaS landing page, a firm's services, a pricing
// page) carries none of the marks the other page types are read by, so it was read as an article.
// Two signs tell it from one, both counted on the whole dev set (vocabulary `service-path`,
// `service-cta`, `service-page`): its address is the site's home page or a page of its offer
// ("/services/...", "/pricing"), or it offers the reader several ways to buy ("Get started", "Book
// a demo", "Contact sales") while its text is short sections rather than running prose. A page
// with a date of publication is left an article: blog posts of the same sites print the same
// buttons. The type is read after the main content is chosen, so the choice is the article's;
// the blocks left out and the rules after it follow the reported type.
import { PAGE_TYPE_VOCABULARY as V } from "./vocabulary.js";
import type { PageTypeFound } from "./page-type.js";
import { canonicalUrl, eachShownElement, takenForArticle, type WholePage } from "./whole-page.js";

export function withServiceType(found: PageTypeFound, page: WholePage): PageTypeFound {
  if (!takenForArticle(found) || page.meta.publishedAt) return found;
  return isServicePath(page.meta.canonical?.value) || sellsItself(page) ? { type: "service", from: "structure" } : found;
}

export function isServicePath(canonical: string | undefined): boolean {
  const url = canonicalUrl(canonical);
  return url !== undefined && url.search === "" && V.servicePath.re.test(url.pathname);
}

/** A page of the site's offer ("/services/...", "/pricing"), not its home page: a site's home
 *  page that shows a run of entries is as often a listing of them (a blog's or an event board's
 *  front page). */
export function isOfferPath(canonical: string | undefined): boolean {
  return isServicePath(canonical) && !isHomePath(canonical);
}

/** The site's home page: "/", perhaps after a language ("/en-us/"). */
export function isHomePath(canonical: string | undefined): boolean {
  const url = canonicalUrl(canonical);
  return url !== undefined && url.search === "" && url.pathname.split("/").every((part) => part === "" || LANGUAGE_PART.test(part));
}
const LANGUAGE_PART = /^[a-z]{2}(?:[-_][a-z]{2})?$/iu;

/** Different selling labels enough, and little of the page's text in long paragraphs. */
function sellsItself(page: WholePage): boolean {
  const { "min-ctas": minCtas, "long-paragraph-words": longWords, "max-long-prose-share": maxShare } = V.servicePage;
  const counts = page.counts;
  const labels = new Set<string>();
  let prose = 0;
  eachShownElement(page.root, (el) => {
    if (el.name === "a" || el.name === "button") {
      const label = page.labelOf(el);
      if (label !== undefined && V.serviceCta.re.test(label)) labels.add(label.toLowerCase().replace(/\W+$/u, ""));
    } else if (el.name === "p") {
      const words = counts.get(el)?.words ?? 0;
      if (words >= longWords) prose += words;
    }
  });
  if (labels.size < minCtas) return false;
  return prose <= maxShare * Math.max(counts.get(page.root)?.words ?? 0, 1);
}
