// What the whole-page type tests share (service-page.ts, docs-page.ts, paged-entries.ts): they
// read only a page taken for an article by its structure or OpenGraph type (a type the page
// declares in JSON-LD or microdata is its own word), they walk what a reader can be shown, and
// they read the path of the page's canonical address.
import { isElement, walk, type DomElement, type DomNode } from "./dom.js";
import type { PageTypeFound } from "./page-type.js";

const NOT_SHOWN = new Set(["script", "style", "template", "head"]);

/** A page taken for an article by its structure or OpenGraph type, not declared one. */
export const takenForArticle = (found: PageTypeFound): boolean => found.type === "article" && (found.from === "structure" || found.from === "og");

/** Calls `visit` on each element a reader can be shown: not inside a script, style, template or the head. */
export function eachShownElement(root: DomNode, visit: (el: DomElement) => void): void {
  walk(root, (node) => {
    if (!isElement(node)) return node === root || node.type === "root";
    if (NOT_SHOWN.has(node.name)) return false;
    visit(node);
    return true;
  });
}

/** The canonical address as a URL (a relative one read against a placeholder site), or undefined when there is none or it cannot be read. */
export function canonicalUrl(canonical: string | undefined): URL | undefined {
  if (!canonical) return undefined;
  try {
    return new URL(canonical, "https://site.invalid/");
  } catch {
    return undefined;
  }
}
