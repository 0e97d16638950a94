// A badge printed on a product or on a grid's card ("Sold out", "Coming soon", "Last chance",
// "Only 3 left!"): it flags the item and is not its name, copy or specs. Told by its class/id word
// (vocabulary `badge-class`) and its few words: a box named badge that holds a paragraph is a
// section in a badge's colours, not a flag. Read on product and collection pages only (prune.ts):
// an article's "Best overall" badges head its picks, a forum's badges are its posters' ranks.
// Not a removal for its name alone: a badge stays out inside a grid's cards too.
import { squash, textOf, type DomElement } from "./dom.js";
import type { TextStats } from "./text-stats.js";
import { PAGE_TYPE_VOCABULARY } from "./vocabulary.js";

/** A badge is a label: a few words, and so few characters that its text need not be read first. */
const MAX_WORDS = 4;
const MAX_CHARS = 40;

export function isBadge(el: DomElement, words: string, stats: TextStats): boolean {
  const chars = stats.text.get(el) ?? 0;
  if (chars === 0 || chars > MAX_CHARS || !PAGE_TYPE_VOCABULARY.badgeClass.re.test(words)) return false;
  return squash(textOf(el)).split(" ").length <= MAX_WORDS;
}
