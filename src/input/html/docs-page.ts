// A documentation page without a docs navigation the structure test knows (page-type.ts) was read
// as an article. Signs tell it from one, counted on the whole dev set (vocabulary `docs-path`,
// `docs-section-path`, `docs-host`, `docs-edit-label`, `docs-page`): a link inviting the reader to
// edit the page ("Edit this page", "Edit on GitHub"), which articles never print, or an address
// under "/docs/", where articles do not sit; or, on a page with no date of publication, an address
// in a docs section ("/reference/", "/kb/") or on a docs site ("docs.", "developers.") or code
// blocks enough to be the page's point. Blog posts with code are dated, so the date keeps them
// articles. The type is read after the main content is chosen and is only reported: the page keeps
// the article's blocks and rules (handled as documentation, its repeated short headings were dropped).
import { PAGE_TYPE_VOCABULARY as V } from "./vocabulary.js";
import type { PageTypeFound } from "./page-type.js";
import { canonicalUrl, eachShownElement, takenForArticle, type WholePage } from "./whole-page.js";

export function withDocsType(found: PageTypeFound, page: WholePage): PageTypeFound {
  if (!takenForArticle(found)) return found;
  return isDocsPage(page) ? { type: "documentation", from: "structure", handledAs: "article" } : found;
}

/** An edit link or an address in a section named docs, or, undated, a docs address or code blocks enough. */
export function isDocsPage(page: WholePage): boolean {
  const canonical = page.meta.canonical?.value;
  const { editable, codeBlocks } = docsMarks(page);
  if (editable || isDocsSectionPath(canonical)) return true;
  return !page.meta.publishedAt && (isDocsPath(canonical) || isDocsHost(canonical) || codeBlocks >= V.docsPage["min-code-blocks"]);
}

export function isDocsPath(canonical: string | undefined): boolean {
  const url = canonicalUrl(canonical);
  return url !== undefined && V.docsPath.re.test(url.pathname);
}

export function isDocsSectionPath(canonical: string | undefined): boolean {
  const url = canonicalUrl(canonical);
  return url !== undefined && V.docsSectionPath.re.test(url.pathname);
}

export function isDocsHost(canonical: string | undefined): boolean {
  const url = canonicalUrl(canonical);
  return url !== undefined && V.docsHost.re.test(url.hostname);
}

function docsMarks(page: WholePage): { editable: boolean; codeBlocks: number } {
  let editable = false;
  let codeBlocks = 0;
  eachShownElement(page.root, (el) => {
    if (el.name === "pre") codeBlocks++;
    else if (!editable && (el.name === "a" || el.name === "button")) {
      const label = page.labelOf(el);
      editable = label !== undefined && V.docsEditLabel.re.test(label);
    }
  });
  return { editable, codeBlocks };
}
