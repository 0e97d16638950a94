// Where a shop page's reviews start: a "Customer reviews" (or "Questions & answers") header in
// the second half of the page, with the marks reviews print (stars, "4 out of 5", "Verified
// buyer", "Was this helpful?") among the lines under it. The reviews run to the end of the page
// (each review, its votes, the next page of them), so everything from the header on lies outside
// the article, as a comment thread does. Counted on the dev set's text dumps, the lines from such
// a header on hold 327 words of the truth and 19,174 outside it (14 pages, all product pages).
import type { LineFeatures } from "../classifier/features.js";
import { onFirstUse } from "../first-use.js";

/** The header alone on its line, maybe with a count: "Reviews", "Customer Reviews (128)", "Ratings & reviews", "Q&A".
 *  A bare "Review" heads a section of a review article, not a shop's reviews. */
const HEADER = onFirstUse(() => /^\s*(?:(?:customer|product|guest|user|member)\s+reviews?|reviews|ratings?\s*(?:&|and)\s*reviews?|reviews?\s*(?:&|and)\s*ratings?|questions?\s*(?:&|and)\s*answers?|q\s*&\s*a)\s*(?:\(\s*[\d,.]+\s*\)|[\d,.]+)?\s*$/iu);
/** A mark of a review: its stars or score, its verification, its votes, a recommendation. */
const MARK = onFirstUse(() => /out of 5|\bstars?\b|verified|helpful|\breviews?\b|★|rated \d|\d(?:\.\d)? ?\/ ?5\b|recommend/iu);
/** Most words of a header line. */
const HEADER_MAX_WORDS = 6;
/** Lines under the header searched for marks, and the least marks that make them reviews. */
const REACH = 40;
const MIN_MARKS = 3;
/** Share of the page's lines above the header: reviews follow the product. */
const MIN_POSITION = 0.5;

/** The line where the page's reviews start, or -1. */
export function reviewsStart(texts: readonly string[], feats: readonly LineFeatures[]): number {
  for (let i = Math.ceil(texts.length * MIN_POSITION); i < texts.length; i++) {
    const f = feats[i]!;
    if (f.words === 0 || f.words > HEADER_MAX_WORDS || !HEADER().test(texts[i]!)) continue;
    let marks = 0;
    for (let j = i + 1; j < texts.length && j <= i + REACH && marks < MIN_MARKS; j++) if (MARK().test(texts[j]!)) marks++;
    if (marks >= MIN_MARKS) return i;
  }
  return -1;
}
