// Runs of items: the content of a shop's category page or a listing is a run of cards (a name,
// a price, a rating, a few specs), each a handful of short lines that no prose test accepts, so
// the article-region model alone takes them for chrome. In a dump the cards follow one another
// at a steady pace, and each holds a line of the same kind: a price, or a marker every card
// prints ("Add to cart", "Limited time deal", "12 reviews"). Such a line, one every few lines,
// many times over, marks a list. A menu has neither, and an article that quotes prices does it
// inside sentences, not on short lines of their own.
import type { LineFeatures } from "../classifier/features.js";
import { onFirstUse } from "../first-use.js";

/** A price written as most shops print it: a currency sign beside digits ("$4,899.00", "19,99 €"). */
const PRICE = onFirstUse(() => /(?:[$€£¥₹]\s?\d|\d[\d.,]*\s?[$€£¥₹](?![\p{L}\p{N}]))/u);
/** The cheap test first: most lines with digits hold no currency sign at all. */
const CURRENCY_SIGN = /[$€£¥₹]/u;
/** Most words of a card's price line ("Price: $4,899.00", "Was $20 Now $15 (25% off)"). */
const PRICE_LINE_MAX_WORDS = 12;
/** A marker line's counts are blanked: "12 reviews" and "3 reviews" are one marker. */
const DIGITS = /\d+/gu;
/** Most words of a marker line every card prints. */
const MARKER_MAX_WORDS = 6;
/** Most lines between two anchors of one run: a card seldom prints more lines than this. */
const MAX_GAP = 20;
/** Fewest cards that make a run: a product page's strip of "you may also like" has fewer. */
const MIN_ITEMS = 8;
/** Least median lines between anchors: anchors on consecutive lines are a table or a menu, not cards. */
const MIN_PACE = 2;
/** Least share of the page's words the run holds: beside a long text, a few cards are its chrome. */
const MIN_WORD_SHARE = 0.12;

export type ItemAnchor = "price" | "marker";

export interface ItemRun {
  first: number;
  last: number;
  /** Cards in the run. */
  items: number;
  /** What each card was known by. */
  anchor: ItemAnchor;
  /** Words in the run. */
  words: number;
}

/** `featureAt(i)`: line i's features. Asked line by line, not held in an array: the caller may
 *  make them as they are asked (a page of a million lines would hold a million objects). */
export type FeatureAt = (i: number) => LineFeatures;

/** The page's runs of items, in page order; runs that overlap are merged. */
export function itemRuns(texts: readonly string[], featureAt: FeatureAt): ItemRun[] {
  const prices: number[] = [];
  // Markers are counted first and placed only when frequent: most short lines are printed once.
  // Each line keeps the number of its key, not the key: a page of a million short lines would
  // otherwise hold a million blanked copies of its lines.
  const keyIds = new Map<string, number>();
  const counts: number[] = [];
  const keyAt = new Int32Array(texts.length).fill(-1);
  let pageWords = 0;
  for (let i = 0; i < texts.length; i++) {
    const f = featureAt(i);
    const text = texts[i]!;
    pageWords += f.words;
    if (f.digitShare > 0 && f.words <= PRICE_LINE_MAX_WORDS && CURRENCY_SIGN.test(text) && PRICE().test(text)) prices.push(i);
    else if (f.words > 0 && f.words <= MARKER_MAX_WORDS && !f.bullet) {
      const key = f.digitShare > 0 ? text.trim().replace(DIGITS, "0") : text.trim();
      let id = keyIds.get(key);
      if (id === undefined) keyIds.set(key, (id = counts.push(0) - 1));
      counts[id]!++;
      keyAt[i] = id;
    }
  }
  const found: ItemRun[] = [];
  chains(prices, "price", featureAt, pageWords, found);
  // The lines of each frequent key, by key number in order of first sight (as the keys were met).
  const markers = new Map<number, number[]>();
  counts.forEach((n, id) => {
    if (n >= MIN_ITEMS) markers.set(id, []);
  });
  if (markers.size > 0) {
    for (let i = 0; i < texts.length; i++) {
      const id = keyAt[i]!;
      if (id >= 0) markers.get(id)?.push(i);
    }
    for (const at of markers.values()) chains(at, "marker", featureAt, pageWords, found);
  }
  return merge(found);
}

/** The runs of `anchors` (line indexes in order) that are lists of cards. */
function chains(anchors: readonly number[], anchor: ItemAnchor, featureAt: FeatureAt, pageWords: number, out: ItemRun[]): void {
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
    for (let i = first; i <= last; i++) words += featureAt(i).words;
    if (words >= MIN_WORD_SHARE * pageWords) out.push({ first, last, items: run.length, anchor, words });
  }
}

function medianGap(run: readonly number[]): number {
  const gaps = run.slice(1).map((a, i) => a - run[i]!).sort((a, b) => a - b);
  return gaps[gaps.length >> 1]!;
}

/** Runs in page order, overlapping ones merged (a card holds a price and a marker). A merged run
 *  is a new object, its fields gathered first: no run's field is written after it is made,
 *  which would make V8 drop the code compiled on the runs' fields being constant. */
function merge(runs: ItemRun[]): ItemRun[] {
  runs.sort((a, b) => a.first - b.first);
  const out: ItemRun[] = [];
  for (let k = 0; k < runs.length; ) {
    let { first, last, items, anchor, words } = runs[k]!;
    for (k++; k < runs.length && runs[k]!.first <= last; k++) {
      const r = runs[k]!;
      if (r.last > last) [last, words] = [r.last, words + r.words];
      if (r.items > items) [items, anchor] = [r.items, r.anchor];
    }
    out.push({ first, last, items, anchor, words });
  }
  return out;
}
