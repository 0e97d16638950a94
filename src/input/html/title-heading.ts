// The heading that repeats the page's title near the top of the chosen content: metadata.title
// carries it, so the text starts with the body. A page whose only text is that heading keeps it
// (a thread whose posts did not come with the page, a page of one line): an empty text would say
// the page has nothing, and the heading is what it has. On a product page the heading is the
// product's name, which heads its copy (name, price, description, specs): it stays in the text.
import type { PageType } from "../../types.js";
import { DOM_VOCABULARY } from "./vocabulary.js";

export const TITLE_HEADING_REASON = "title heading (moved to metadata)";

/** Among the first blocks: the title is printed above the content, not inside it. */
const NEAR_TOP = 5;

/** Page types whose title heading is part of the content, not only metadata. */
const TITLE_IN_CONTENT: ReadonlySet<PageType> = new Set(["product"]);

/** A heading among the first blocks whose text is the page's title (both as textKey), on a page
 *  whose type does not count the title as content. */
export function isTitleHeading(tag: string, key: string, index: number, title: string | undefined, pageType?: PageType): boolean {
  if (pageType !== undefined && TITLE_IN_CONTENT.has(pageType)) return false;
  return index < NEAR_TOP && title !== undefined && DOM_VOCABULARY.headingTags.has(tag) && key === title;
}

/** The title heading's place when every other block is left out (it is then kept), else -1. */
export function aloneTitleHeading(reasons: ReadonlyArray<string | undefined>): number {
  const i = reasons.indexOf(TITLE_HEADING_REASON);
  return i >= 0 && reasons.every((r, j) => j === i || r !== undefined) ? i : -1;
}
