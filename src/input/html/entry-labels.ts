// An index page's entries print short lines of their own under their headlines: when ("9 hrs
// ago", "Mar 14"), where or what about ("Asia", "In Brief", "Data dump"). They label the entry,
// they are not its headline or summary, and most truths of such pages leave them out. Counted
// over the dev set's 1,497 pages (a block of at most three words, not mostly link text, one or
// two blocks under a heading, on pages taken for listings holding ten or more such lines):
// 5 listings and a forum taken for a listing up, one listing down by 0.0001, no other page moved.
// With fewer such lines, a service's feature names and a shop's deal badges went too; a linked
// label is a card's own text as often as not. On pages of other types the same short lines are a
// service's feature names or a collection's card fields, which their truths keep; a price or a
// "By ..." line is kept too (`entry-label-kept`): truths keep an author and a price about as
// often as not.
import type { PageType } from "../../types.js";
import type { TextBlock } from "./blocks.js";
import { PAGE_TYPE_VOCABULARY } from "./vocabulary.js";

const { entryLabelKept: KEPT, maxEntryLabelWords: MAX_WORDS, minEntryLabels: MIN_LABELS } = PAGE_TYPE_VOCABULARY;
const WORD = /[\p{L}\p{N}_]+/gu;
const HEADING = /^h[1-6]$/u;
/** A label sits this many blocks under its entry's headline at most. */
const MAX_BELOW_HEADING = 2;

function isLabelShaped(block: TextBlock, text: string): boolean {
  if (block.tag !== "div" || block.linked) return false;
  const words = text.match(WORD)?.length ?? 0;
  return words > 0 && words <= MAX_WORDS && !KEPT.re.test(text);
}

function underHeading(blocks: readonly TextBlock[], i: number): boolean {
  for (let k = i - 1; k >= 0 && i - k <= MAX_BELOW_HEADING; k--) if (HEADING.test(blocks[k]!.tag)) return true;
  return false;
}

/** The indexes of the blocks that are entries' labels: none unless the page is a listing with enough of them. */
export function entryLabels(blocks: readonly TextBlock[], texts: readonly string[], pageType: PageType | undefined): ReadonlySet<number> {
  const found = new Set<number>();
  if (pageType !== "listing") return found;
  blocks.forEach((b, i) => {
    if (isLabelShaped(b, texts[i]!) && underHeading(blocks, i)) found.add(i);
  });
  return found.size >= MIN_LABELS ? found : new Set();
}
