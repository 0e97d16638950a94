// A page served as an empty shell for a script to fill (a shop's product, a results page) carries
// its site footer and nothing else: the footer's help links and language lists are then all the
// text there is. Pruning keeps a footer that holds a large share of the page (a template may wrap
// the page in one); when footers hold all of it and nothing in them heads a page, the page has no
// content of its own, and an empty result says so better than the footer would.
import { findAll, pathOf, squash, textOf, type DomElement } from "./dom.js";
import type { TextStats } from "./text-stats.js";
import type { DomRemoval } from "./types.js";

/** Share of the pruned page's text the footers hold at least (all of it, but for stray marks). */
const MIN_SHARE = 0.99;
/** A footer around these is a page wrapped in a <footer> element, not a site footer. */
const PAGE_PARTS = new Set(["h1", "main", "article"]);

export const isSiteFooter = (tag: string, role: string | undefined): boolean => tag === "footer" || role === "contentinfo";

/** The footers, when they are the page's only text. */
export function loneFooters(footers: readonly DomElement[], stats: TextStats, body: DomElement): DomElement[] | undefined {
  if (footers.length === 0) return undefined;
  const page = stats.text.get(body) ?? 0;
  // Nested footers count once: only the outermost are kept by pruning's share test, but a
  // footer inside a big footer may be big as well.
  const outer = footers.filter((f) => !footers.some((g) => g !== f && isAncestor(g, f)));
  const inFooters = outer.reduce((n, f) => n + (stats.text.get(f) ?? 0), 0);
  if (page === 0 || inFooters < MIN_SHARE * page) return undefined;
  if (outer.some((f) => findAll(f, (el) => PAGE_PARTS.has(el.name)).length > 0)) return undefined;
  return outer;
}

export function footerRemoval(footer: DomElement, stats: TextStats): DomRemoval {
  return { reason: "site footer, the page's only text (its content is left to a script)", path: pathOf(footer), excerpt: squash(textOf(footer)).slice(0, 80), chars: stats.text.get(footer) ?? 0 };
}

function isAncestor(up: DomElement, node: DomElement): boolean {
  for (let cur = node.parent; cur; cur = cur.parent) if (cur === up) return true;
  return false;
}
