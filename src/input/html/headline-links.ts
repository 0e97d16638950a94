// A teaser's headline is a link of its own (a block that is all link text) with the teaser's
// byline, date or summary right under it. A container made of such teasers is a list of stories
// or offers even when the teasers' other lines keep its share of link-dense text low (so it is no
// list of links, link-lists.ts): there the headlines are its entries. In an article's container,
// link-only blocks are menus and "related" lists, and its prose paragraphs outnumber them.
import type { TextBlock } from "./blocks.js";
import { DOM_VOCABULARY } from "./vocabulary.js";

/** Characters from which a block that is mostly outside links is a prose paragraph. */
export const PROSE_CHARS = 150;
/** Words from which a link-only block reads as a headline (menu entries and names are shorter). */
const HEADLINE_WORDS = 6;
/** Headlines a container needs, and at least as many as its prose paragraphs. */
const MIN_HEADLINES = 4;
const WORD = /\S+/gu;

/** The link-only blocks (`linkOnly`: indexes into `blocks`) that are the container's teasers'
 *  headlines: none unless there are enough of them beside its `prose` paragraphs. */
export function teaserHeadlines(blocks: readonly TextBlock[], linkOnly: readonly number[], prose: number): ReadonlySet<number> {
  if (linkOnly.length < MIN_HEADLINES || linkOnly.length < prose) return new Set();
  const isLinkOnly = new Set(linkOnly);
  const heads = linkOnly.filter((i) => {
    const next = blocks[i + 1];
    return next !== undefined && !isLinkOnly.has(i + 1) && !next.linkDense && !HEADING.has(next.tag) && wordCount(blocks[i]!) >= HEADLINE_WORDS;
  });
  return heads.length >= MIN_HEADLINES && heads.length >= prose ? new Set(heads) : new Set();
}

const HEADING = DOM_VOCABULARY.headingTags;

function wordCount(block: TextBlock): number {
  let n = 0;
  for (const line of block.lines) n += line.match(WORD)?.length ?? 0;
  return n;
}
