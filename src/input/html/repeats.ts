// Which repeated blocks are copies. A caption or paragraph printed again word for word (lazy-load
// image variants, galleries, carousel clones, a notice under every section) is one piece of text.
// But lists and tables repeat by their nature: the same value in many entries ("Location: Boston,
// MA" under several schools, the same spec in two rows), and on an article the same short
// label heads each of its parts ("How to adapt:", "Pros"). Those repeats are the article's own.
// A product page is one thing described once: a label or value printed again ("Form Factor" in
// each column of a comparison, a price in the desktop and the mobile buy box, the sizes of a size
// chart's every row, a carousel's cloned slides, a variant picker's options) repeats the page's
// chrome, at any length. A long list item repeated there is still a list's (each price tier lists
// its plan's features).
import type { PageType } from "../../types.js";

/** Shorter lines ("Reply", "Share") are left to the rules. */
const MIN_REPEAT_CHARS = 20;
/** Under this, a repeated paragraph or heading on an article is a label its parts share. */
const MIN_ARTICLE_REPEAT_CHARS = 40;
const STRUCTURE = new Set(["tr", "dt", "dd"]);
const LABELS = new Set(["p", "h2", "h3", "h4", "h5", "h6"]);

/** Whether a block whose text (as compared: `key`) was already seen is removed as a copy. */
export function isCopy(tag: string, key: string, pageType: PageType | undefined): boolean {
  if (pageType === "product") return key.length > 0 && (tag !== "li" || key.length < MIN_ARTICLE_REPEAT_CHARS);
  if (key.length < MIN_REPEAT_CHARS || STRUCTURE.has(tag)) return false;
  if (tag === "li") return pageType !== "article" && key.length < MIN_ARTICLE_REPEAT_CHARS;
  return !(pageType === "article" && LABELS.has(tag) && key.length < MIN_ARTICLE_REPEAT_CHARS);
}
