// Finds a page's headline among the lines above the article region. In a dump the headline is
// rarely right above the body: a standfirst, a byline, share buttons, a table of contents or a
// photo credit come between. It is a heading-like line (a few words, no sentence, no list
// bullet) whose words come back in the body; page furniture is short or shares no words with it.
import type { LineFeatures } from "../classifier/features.js";
import { lowerWords } from "../lexicon/words.js";

/** Lines above the region searched for the headline. */
const LOOKBACK = 40;
/** Characters of the region's start whose words the headline is matched against. */
const BODY_CHARS = 1500;
/** Words of a headline that count towards its score: a long line is not a better headline. */
const WORD_CAP = 8;
/** Least share of a candidate's words found in the body. */
const MIN_OVERLAP = 0.3;
/** Score lost per line between the candidate and the region. */
const DISTANCE_COST = 0.05;
/** A headline seldom ends like a sentence; a standfirst does. */
const SENTENCE_END_COST = 2;
/** Headlines are often Title Case; standfirsts and captions are not. */
const TITLE_CASE_BONUS = 1;
/** The page's <title> and its heading repeat the headline. */
const REPEAT_BONUS = 1;
const FURNITURE = /\b(?:logo|sign in|log in|subscribe|newsletter|cookies?|menu|search)\b/iu;
const words = lowerWords;

export function findHeadline(lines: readonly { text: string }[], feats: readonly LineFeatures[], first: number, last: number): number {
  let body: Set<string> | undefined;
  const counts = new Map<string, number>();
  for (let i = Math.max(0, first - LOOKBACK); i < first; i++) {
    const key = lines[i]!.text.trim();
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  let best = -1;
  let bestScore = 0;
  for (let i = Math.max(0, first - LOOKBACK); i < first; i++) {
    const f = feats[i]!;
    if (f.words < 2 || f.words > 30 || f.bullet || f.bracketed || f.separators > 0 || f.copyright) continue;
    // One sentence mark at most, and only at the end: "Caption. Photo: Name" is no headline.
    if (f.sentences > 1 || (f.sentences === 1 && !f.endsSentence)) continue;
    const text = lines[i]!.text;
    if (FURNITURE.test(text)) continue;
    const own = words(text).filter((w) => w.length > 3);
    if (own.length === 0) continue;
    // The body's words are gathered only once a line has passed the cheap checks.
    if (body === undefined) {
      body = new Set<string>();
      for (let j = first, chars = 0; j <= last && chars < BODY_CHARS; j++) {
        const line = lines[j]!.text;
        chars += line.length;
        for (const w of words(line)) body.add(w);
      }
    }
    const overlap = own.filter((w) => body!.has(w)).length / own.length;
    if (overlap < MIN_OVERLAP) continue;
    let score = overlap * Math.min(own.length, WORD_CAP) - (first - i) * DISTANCE_COST;
    if (f.endsSentence) score -= SENTENCE_END_COST;
    if (f.titleCaseShare >= 0.6) score += TITLE_CASE_BONUS;
    if (counts.get(text.trim())! > 1) score += REPEAT_BONUS;
    if (score > bestScore) {
      bestScore = score;
      best = i;
    }
  }
  return best;
}
