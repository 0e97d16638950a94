// Runs of priced items: the content of a shop's category page or a listing is a run of cards
// (a name, a price, a rating, a few specs), each a handful of short lines that no prose test
// accepts, so the article-region model alone takes them for chrome. In a dump the cards follow
// one another at a steady pace, and each holds a price: a run of short lines with a price, one
// every few lines, many times over, is such a list. A menu or a footer has no prices, and an
// article that quotes prices does it inside sentences, not on short lines of their own.
import type { LineFeatures } from "../classifier/features.js";

/** A price written as most shops print it: a currency sign beside digits ("$4,899.00", "19,99 €"). */
const PRICE = /(?:[$€£¥₹]\s?\d|\d[\d.,]*\s?[$€£¥₹](?![\p{L}\p{N}]))/u;
/** Most words of a card's price line ("Price: $4,899.00", "Was $20 Now $15 (25% off)"). */
const PRICE_LINE_MAX_WORDS = 12;
/** Most lines between two prices of one run: a card seldom prints more lines than this. */
const MAX_GAP = 20;
/** Fewest priced cards that make a run: a product page's strip of "you may also like" has fewer. */
const MIN_ITEMS = 8;
/** Least median lines between prices: a run whose prices stand on consecutive lines is a price
 *  table or a menu of price ranges, not cards. */
const MIN_PACE = 2;
/** Least share of the page's words the run holds: beside a long text, a few cards are its chrome. */
const MIN_WORD_SHARE = 0.2;

export interface ItemRun {
  first: number;
  last: number;
  /** Priced cards in the run. */
  items: number;
}

/** The page's runs of priced items, in page order. */
export function itemRuns(texts: readonly string[], feats: readonly LineFeatures[]): ItemRun[] {
  const anchors: number[] = [];
  let pageWords = 0;
  for (let i = 0; i < texts.length; i++) {
    const f = feats[i]!;
    pageWords += f.words;
    if (f.digitShare > 0 && f.words <= PRICE_LINE_MAX_WORDS && PRICE.test(texts[i]!)) anchors.push(i);
  }
  const out: ItemRun[] = [];
  let from = 0;
  for (let k = 1; k <= anchors.length; k++) {
    if (k < anchors.length && anchors[k]! - anchors[k - 1]! <= MAX_GAP) continue;
    const run = anchors.slice(from, k);
    from = k;
    if (run.length < MIN_ITEMS) continue;
    const pace = medianGap(run);
    if (pace < MIN_PACE) continue;
    // A card's name and picture come before its price: the run starts one pace before the first.
    const first = Math.max(0, run[0]! - pace + 1);
    const last = run[run.length - 1]!;
    let words = 0;
    for (let i = first; i <= last; i++) words += feats[i]!.words;
    if (words >= MIN_WORD_SHARE * pageWords) out.push({ first, last, items: run.length });
  }
  return out;
}

function medianGap(run: readonly number[]): number {
  const gaps = run.slice(1).map((a, i) => a - run[i]!).sort((a, b) => a - b);
  return gaps[gaps.length >> 1]!;
}
