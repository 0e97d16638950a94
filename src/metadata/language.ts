// The clean text's language: the one whose stop words are most frequent among its first words.
// The line scan counted each line's stop words per language already (classifier/features.ts,
// whole words as lexicon/words.ts counts them): they are summed over the kept lines in order,
// instead of reading the text a second time.
import { lineFeatures, type LineFeatures } from "../classifier/features.js";
import { languages } from "../lexicon/stopwords.js";
import { mostHits } from "../classifier/page-spans.js";

/** Words of the clean text read for its language, in whole lines: enough to tell the languages
 *  apart, and a long text is not read to its end for it. */
export const LANGUAGE_SAMPLE_WORDS = 2000;

export interface LanguageLine {
  text: string;
  /** What the passes measured of `text`, when they hold it. */
  features?: LineFeatures;
}

/** The language of the clean text made of `lines` (in order), or undefined when no stop-word
 *  list has a hit (no words, or a language none covers). */
export function textLanguage(lines: Iterable<LanguageLine>): string | undefined {
  const totals = new Array<number>(languages.length).fill(0);
  let words = 0;
  for (const line of lines) {
    if (words >= LANGUAGE_SAMPLE_WORDS) break;
    const f = line.features ?? lineFeatures(line.text);
    for (let l = 0; l < totals.length; l++) totals[l]! += f.stopwordHits[l]!;
    words += f.words;
  }
  const best = mostHits(totals);
  return best < 0 ? undefined : languages[best];
}
