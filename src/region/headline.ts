// Finds a page's headline among the lines above the article region. In a dump the headline is
// rarely right above the body: a standfirst, a byline, share buttons, a table of contents or a
// photo credit come between. It is a heading-like line (a few words, no sentence, no list
// bullet) whose words come back in the body; page furniture is short or shares no words with it.
// The byline and the date sit just under the headline, so a line they follow is preferred, and
// a site's name after a " | " is allowed (metadata strips it).
import type { LineFeatures } from "../classifier/features.js";
import { holdsWord, lowerWords } from "../lexicon/words.js";
import { authorIn, dateIn } from "../metadata/from-text-head.js";
import { onFirstUse } from "../first-use.js";

/** Lines above the region searched for the headline. */
const LOOKBACK = 40;
/** Characters of the region's start whose words the headline is matched against. */
const BODY_CHARS = 1500;
/** Words of a headline that count towards its score: a long line is not a better headline. */
const WORD_CAP = 6;
/** A candidate's words of this many characters or fewer are not matched against the body. */
const MIN_WORD_CHARS = 3;
/** Least share of a candidate's words found in the body. */
const MIN_OVERLAP = 0.3;
/** Score lost per line between the candidate and the region. */
const DISTANCE_COST = 0.1;
/** A headline seldom ends in a full stop; a standfirst does (a question mark is a headline's). */
const SENTENCE_END_COST = 2;
/** Headlines are often Title Case; standfirsts and captions are not. */
const TITLE_CASE_BONUS = 1;
/** The page's <title> and its heading repeat the headline. */
const REPEAT_BONUS = 1;
/** A line of more words reads as a standfirst rather than a headline. */
const LONG_WORDS = 14;
const LONG_COST = 1.5;
/** A byline or a date within this many lines under the candidate. */
const BYLINE_REACH = 4;
const BYLINE_BONUS = 2;
const FURNITURE = onFirstUse(() => /\b(?:logo|sign in|log in|subscribe|newsletter|cookies?|menu|search|avatar|headshot|profile (?:image|photo|picture)|share|comments?|print|follow us)\b/iu);
/** "Caption. Photo: Name": a full stop inside the line ends a sentence, so the line is not a headline. */
const INNER_FULL_STOP = onFirstUse(() => /\p{Ll}{2}\.\s+\p{Lu}/u);
const FULL_STOP_END = /[.:;,…]\s*$/u;
/** One " | " between the headline and the site's name. */
const SITE_BAR = /^[^|]*\S\s+\|\s+[^|]+$/u;

const words = lowerWords;

export function findHeadline(texts: readonly string[], feats: readonly LineFeatures[], first: number, last: number): number {
  let body: string | undefined;
  const from = Math.max(0, first - LOOKBACK);
  const counts = new Map<string, number>();
  for (let i = from; i < first; i++) {
    const key = texts[i]!.trim();
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  // Each line under the candidates is asked about by up to BYLINE_REACH of them: read it once.
  const known = new Map<number, boolean>();
  const isByline = (j: number): boolean => {
    let yes = known.get(j);
    if (yes === undefined) known.set(j, (yes = bylineOrDate(texts[j]!)));
    return yes;
  };
  let best = -1;
  let bestScore = 0;
  for (let i = from; i < first; i++) {
    const f = feats[i]!;
    if (f.words < 2 || f.words > 30 || f.bullet || f.bracketed || f.copyright) continue;
    const text = texts[i]!;
    if (f.separators > 1 || (f.separators === 1 && !SITE_BAR.test(text))) continue;
    if (INNER_FULL_STOP().test(text) || FURNITURE().test(text)) continue;
    const own = words(text).filter((w) => w.length > MIN_WORD_CHARS);
    if (own.length === 0) continue;
    // The body is read only once a line has passed the cheap checks, and only for the words of
    // the candidates: a few words each, against the hundreds of the body's.
    if (body === undefined) {
      const lines: string[] = [];
      for (let j = first, chars = 0; j <= last && chars < BODY_CHARS; j++) {
        const line = texts[j]!;
        chars += line.length;
        lines.push(line.toLowerCase());
      }
      body = lines.join("\n");
    }
    const overlap = own.filter((w) => holdsWord(body!, w)).length / own.length;
    if (overlap < MIN_OVERLAP) continue;
    let score = overlap * Math.min(own.length, WORD_CAP) - (first - i) * DISTANCE_COST;
    if (FULL_STOP_END.test(text)) score -= SENTENCE_END_COST;
    if (f.titleCaseShare >= 0.6) score += TITLE_CASE_BONUS;
    if (f.words > LONG_WORDS) score -= LONG_COST;
    if (counts.get(text.trim())! > 1) score += REPEAT_BONUS;
    if (score + BYLINE_BONUS > bestScore && bylineBelow(isByline, i, first)) score += BYLINE_BONUS;
    if (score > bestScore) {
      bestScore = score;
      best = i;
    }
  }
  return best;
}

/** Whether a byline or a date stands within a few lines under line `i` (and above the body). */
function bylineBelow(isByline: (j: number) => boolean, i: number, first: number): boolean {
  for (let j = i + 1; j <= Math.min(first, i + BYLINE_REACH); j++) if (isByline(j)) return true;
  return false;
}

function bylineOrDate(text: string): boolean {
  return text.length <= 200 && (authorIn(text) !== undefined || dateIn(text) !== undefined);
}
