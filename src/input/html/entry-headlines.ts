// A page that titles each of its entries with an <h1> (a blog's front page whose cards are
// sections of their own) has no one headline: the block around its first <h1> is one entry or a
// sidebar's box, and the best-scored paragraph block is one entry's summary. There the page's
// body, pruned, is the content, and its entries are read as running text.
import type { DomElement } from "./dom.js";
import type { TextStats } from "./text-stats.js";

/** Visible <h1>s from which they title entries, not the page: as many as a listing has entries
 *  (listing.ts). A page with a few (a title, a site name, a modal's) still has a headline. */
const MIN_ENTRY_HEADLINES = 8;

/** Whether the pruned page shows enough <h1>s with text to be titling its entries with them. */
export function titlesEntriesWithH1(elements: readonly DomElement[], stats: TextStats): boolean {
  let seen = 0;
  for (const el of elements) if (el.name === "h1" && (stats.text.get(el) ?? 0) > 0 && ++seen >= MIN_ENTRY_HEADLINES) return true;
  return false;
}
