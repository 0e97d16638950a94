// An index page's entries print short lines of their own under their headlines: when ("9 hrs
// ago", "Mar 14"), where or what about ("Asia", "In Brief", "Data dump"). They label the entry,
// they are not its headline or summary, and most truths of such pages leave them out. Only on a
// page taken for a listing and holding many of them: on pages of other types, or with few such
// lines, the same short lines are a service's feature names or a collection's card fields, which
// are content. A linked label is a card's own text as often as not, and a price or a "By ..."
// line is kept too (`entry-label-kept`): an index page's author or price is content about as
// often as not. The counts behind these limits are in docs/quality.md.
import type { PageType } from "../../types.js";
import type { TextBlock } from "./blocks.js";
import { DOM_VOCABULARY, PAGE_TYPE_VOCABULARY } from "./vocabulary.js";

const { entryLabelKept: KEPT, maxEntryLabelWords: MAX_WORDS, minEntryLabels: MIN_LABELS } = PAGE_TYPE_VOCABULARY;
const WORD = /[\p{L}\p{N}_]+/gu;
const HEADING = DOM_VOCABULARY.headingTags;
/** A label sits this many blocks under its entry's headline at most. */
const MAX_BELOW_HEADING = 2;

function isLabelShaped(block: TextBlock, text: string): boolean {
  if (block.tag !== "div" || block.linked) return false;
  const words = text.match(WORD)?.length ?? 0;
  return words > 0 && words <= MAX_WORDS && !KEPT.re.test(text);
}

function underHeading(blocks: readonly TextBlock[], i: number): boolean {
  for (let k = i - 1; k >= 0 && i - k <= MAX_BELOW_HEADING; k--) if (HEADING.has(blocks[k]!.tag)) return true;
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
