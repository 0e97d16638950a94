// A product page's copy is written for a reader; a line that is nothing but a web address is a
// template printing a field's value (an image's or a swatch's address in a custom-field dump, a
// seller's shop link) that a browser would have shown as a picture or a link. Counted on the dev
// set's output, such lines on pages taken for products are never in the truth (94 lines out, on
// 3 pages), while on articles, docs and forums a bare address is as often the text's own (a
// source, a download, a list of sites): so products only.
import type { PageType } from "../../types.js";

const ADDRESS = /^(?:https?:\/\/|www\.)\S+$/iu;

/** Whether a block is only web addresses, one per line, on a page taken for a product. */
export function isBareAddress(lines: readonly string[], pageType: PageType | undefined): boolean {
  if (pageType !== "product" || lines.length === 0) return false;
  return lines.every((l) => ADDRESS.test(l.trim()));
}
