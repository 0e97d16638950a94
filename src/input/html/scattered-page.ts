// A page with no named container, no headline block and no run of prose (a landing page built
// from short bands, a shop's front page, a hub of short blurbs): paragraph scoring still finds a
// best block, but it is one band among many, holding a small share of the page's text, and the
// content is what pruning left of the whole page. Such a scored block is written as blurbs, not
// as an article (few commas), and leaves out much of the page: an article's prose beside its
// chrome holds more, or is written with more commas.
import type { DomElement } from "./dom.js";
import type { Located } from "./locate.js";

/** The whole pruned page in place of a scored block that is one band of it; undefined when the
 *  scored block stands. The block's own figures are kept (`chars`, `confident`): Readability is
 *  still asked, and weighed against the scored block (html-to-doc.ts, `weighedWords`). */
export function spreadOver(located: Located, body: DomElement, commas: ReadonlyMap<DomElement, number>): Located | undefined {
  if (located.how !== "score" || located.node === body) return undefined;
  if (!scatteredPage(located.chars, commas.get(located.node) ?? 0, located.pageChars)) return undefined;
  return { ...located, node: body, how: SPREAD };
}

export const SPREAD = "spread";

/** Whether a scored block of `chars` running characters and `commas` commas is one band of a page of `pageChars`. */
export function scatteredPage(chars: number, commas: number, pageChars: number): boolean {
  return commas < BLURB_COMMAS && chars < BAND_SHARE * pageChars;
}

/** Commas under which a block is blurbs, not running prose (an article's 5-10 paragraphs hold 50 and more). */
const BLURB_COMMAS = 50;
/** Share of the pruned page's running text under which the scored block is one band among others
 *  (the share sibling parts must reach to make one body, locate.ts). */
const BAND_SHARE = 0.6;
