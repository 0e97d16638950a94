// Paragraph scoring finds the longest prose; on a page with little of it (a shop's landing page,
// a category of tiles) that can be the legal footnotes of a site footer held back from pruning
// because it is a large share of the page. The content is never inside the site's footer.
import type { DomElement, DomNode } from "./dom.js";
import { isSiteFooter } from "./lone-footer.js";

/** Whether `node` lies in (or is) a site footer: a <footer> or contentinfo that no <article> or
 *  <main> holds (an article's own footer is part of the article). */
export function inSiteFooter(node: DomElement): boolean {
  let footer = false;
  for (let up: DomNode | null = node; up && (up as DomElement).name; up = up.parent) {
    const el = up as DomElement;
    if (el.name === "article" || el.name === "main" || el.attribs.role === "main" || el.attribs.role === "article") return false;
    if (isSiteFooter(el.name, el.attribs.role?.toLowerCase())) footer = true;
  }
  return footer;
}
