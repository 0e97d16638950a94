// A news site's or a blog's front page whose entries the structure test does not know
// (page-type.ts) was read as an article, dated by its newest entry. Its canonical address is the
// site's home page, and its headings are links to its entries, each to a page of its own
// (vocabulary `home-listing`, counted on the whole dev set). Either alone is not enough: an
// article's page may name the home page as its canonical address (a site's error), and an
// article's list of picks heads each pick with a link. The type is read after the main content
// is chosen and is only reported: the page keeps the article's blocks and rules, which it was
// measured with.
import { findAll } from "./dom.js";
import { reportedAs, type PageTypeFound } from "./page-type.js";
import { isHomePath } from "./service-page.js";
import { PAGE_TYPE_VOCABULARY as V, DOM_VOCABULARY } from "./vocabulary.js";
import { eachShownElement, takenForArticle, type WholePage } from "./whole-page.js";

export function withHomeListingType(found: PageTypeFound, page: WholePage): PageTypeFound {
  if (!takenForArticle(found) || !isHomePath(page.meta.canonical?.value)) return found;
  return headlineLinks(page) >= V.homeListing["min-headline-links"] ? reportedAs(found, "listing") : found;
}

/** Different addresses that headings link to, each heading mostly its link's text. */
function headlineLinks(page: WholePage): number {
  const targets = new Set<string>();
  eachShownElement(page.root, (heading) => {
    if (!HEADINGS.has(heading.name)) return;
    const chars = page.counts.get(heading)?.nonSpace ?? 0;
    if (chars < MIN_HEADLINE_CHARS) return;
    const link = findAll(heading, (el) => el.name === "a" && el.attribs.href !== undefined)[0];
    if (link !== undefined && (page.counts.get(link)?.nonSpace ?? 0) >= LINKED_SHARE * chars) targets.add(link.attribs.href!);
  });
  return targets.size;
}

const HEADINGS = DOM_VOCABULARY.headingTags;
/** A heading shorter than this is a section's label ("News", "More"), not an entry's headline. */
const MIN_HEADLINE_CHARS = 10;
/** Share of the heading's text its link holds: a headline is the link, perhaps with a kicker. */
const LINKED_SHARE = 0.8;
