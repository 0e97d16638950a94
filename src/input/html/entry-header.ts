// A <header> is chrome when it is the page's (logo, menu, search), but inside an <article> that is
// an entry of a list (a blog's or a news section's teasers) it holds the entry's title and date.
// An article's header is an entry's when its heading is not the page's h1 (a teaser's h2 or h3),
// or when its article is one of a run of sibling articles. The header of a page's one article
// (its h1 and byline) stays chrome, as before: the h1 is the title, read as metadata.
import { isElement, walk, type DomElement } from "./dom.js";
import { DOM_VOCABULARY } from "./vocabulary.js";

/** Sibling <article> elements from which each is an entry of a list. */
const MIN_ENTRIES = 3;
const HEADING = DOM_VOCABULARY.headingTags;

export function isEntryHeader(el: DomElement): boolean {
  if (el.name !== "header") return false;
  const entry = el.parent;
  if (!entry || !isElement(entry) || entry.name !== "article") return false;
  return headingBelowTitle(el) || siblingArticles(entry) >= MIN_ENTRIES;
}

/** The header holds a heading and none of its headings is an h1. */
function headingBelowTitle(el: DomElement): boolean {
  let heading = false;
  let h1 = false;
  walk(el, (node) => {
    if (!isElement(node) || h1) return !h1;
    if (HEADING.has(node.name)) {
      heading = true;
      if (node.name === "h1") h1 = true;
    }
    return true;
  });
  return heading && !h1;
}

function siblingArticles(entry: DomElement): number {
  let n = 0;
  for (const c of entry.parent?.children ?? []) if (isElement(c) && c.name === "article") n++;
  return n;
}
