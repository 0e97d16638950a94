// What one line says about itself for the article-region model: is it running text (prose), and
// how strongly does it argue against being inside an article (menus, widget debris)? Scripts
// written without spaces (Chinese, Japanese, Thai) and scripts the stop-word lists do not cover
// (Arabic, Hebrew, ...) are judged by length and sentence marks, as the page's language is no
// help for them.
import type { ClassifierParams } from "../classifier/classify-lines.js";
import type { LineFeatures } from "../classifier/features.js";
import { onFirstUse } from "../first-use.js";

/** Every line's evidence in typed columns: a page may hold a million lines, and the region model
 *  keeps them all while it decides (and its verdicts keep them after). */
export class EvidenceRows {
  /** Running text. */
  readonly prose: Uint8Array;
  /** Widget debris: image alts, form fields, inline menus, copyright and digit-heavy lines. */
  readonly debris: Uint8Array;
  /** Score in the region search: words of prose (capped), or minus the cost of a non-prose line. */
  readonly score: Float64Array;
  /** Words as the region counts them (for spaceless scripts, about two characters a word). */
  readonly words: Float64Array;
  /** Stop-word share in the page's language. */
  readonly density: Float64Array;
  /** The line is one text printed twice (see printedTwice). */
  readonly twice: Uint8Array;

  constructor(readonly length: number) {
    this.prose = new Uint8Array(length);
    this.debris = new Uint8Array(length);
    this.score = new Float64Array(length);
    this.words = new Float64Array(length);
    this.density = new Float64Array(length);
    this.twice = new Uint8Array(length);
  }

  isProse(i: number): boolean {
    return this.prose[i] === 1;
  }

  isDebris(i: number): boolean {
    return this.debris[i] === 1;
  }
}

/** Average letter-run length from which a line reads as a script written without spaces. */
const SPACELESS_RUN = 12;
/** Characters a word of a spaceless script is counted as. */
const CHARS_PER_SPACELESS_WORD = 2;

function anyStopword(f: LineFeatures): boolean {
  const hits = f.stopwordHits;
  for (let l = 0; l < hits.length; l++) if (hits[l]! > 0) return true;
  return false;
}

/** Measures line `i` (its text and features) into row `i` of `ev`: written in place, as every
 *  line of every pass is measured. */
export function lineEvidence(ev: EvidenceRows, i: number, text: string, f: LineFeatures, lang: number, p: ClassifierParams): void {
  const spaceless = f.words > 0 && f.chars / f.words >= SPACELESS_RUN;
  const words = spaceless ? Math.max(f.words, Math.round(f.chars / CHARS_PER_SPACELESS_WORD)) : f.words;
  const density = lang < 0 || f.words === 0 ? 0 : f.stopwordHits[lang]! / f.words;
  // A line in another script than the page's main language (or in one no stop-word list
  // covers) is judged like a page of unknown language.
  const foreign = lang < 0 || spaceless || !anyStopword(f);
  const sentenceShaped = f.sentences > 0 || f.endsSentence || (spaceless && sentenceMarks(text) > 0);
  const prose = foreign
    ? f.chars >= (spaceless ? p.proseMinCharsNoLanguage / 2 : p.proseMinCharsNoLanguage) && sentenceShaped && !(f.bracketed || f.copyright)
    : density >= p.proseMinStopwordDensity && (f.endsSentence ? f.words >= p.proseMinWords : f.words >= p.unpunctuatedProseMinWords);
  const twice = printedTwice(text);
  const debris = f.bracketed || f.separators > 1 || f.copyright || f.digitShare >= p.digitHeavyShare || f.words === 0 || twice;
  let score: number;
  if (prose && !twice) score = Math.min(words, p.proseWordCap);
  else {
    score = -p.nonProsePenalty;
    if (f.titleCaseShare >= p.titleCaseShare && f.words > 1) score -= p.titleCasePenalty;
    if (debris) score -= p.debrisPenalty;
  }
  ev.prose[i] = prose && !twice ? 1 : 0;
  ev.score[i] = score;
  ev.debris[i] = debris ? 1 : 0;
  ev.words[i] = words;
  ev.density[i] = density;
  ev.twice[i] = twice ? 1 : 0;
}

/** Least characters of each copy of a line printed twice. */
const TWICE_MIN_CHARS = 5;
const BULLETS = "•·*▪■□○☆◦-";
const LETTER = onFirstUse(() => /\p{L}/u);

/** A line that is one text twice over, "Jane DoeJane Doe", "Our servicesOur services": a dump
 *  prints a linked image's alt text and then the link's own text. A table row whose cells repeat
 *  (runs of spaces between them) is not. Read in place: every line of every pass is asked. */
export function printedTwice(text: string): boolean {
  let s = 0;
  let e = text.length;
  while (s < e && text.charCodeAt(s) <= 32) s++;
  while (e > s && text.charCodeAt(e - 1) <= 32) e--;
  if (s < e && BULLETS.includes(text[s]!)) {
    s++;
    while (s < e && text.charCodeAt(s) <= 32) s++;
  }
  const n = e - s;
  if (n < 2 * TWICE_MIN_CHARS) return false;
  const half = n >> 1;
  let b = s + half;
  if (n % 2 === 1) {
    if (text.charCodeAt(b) !== 32) return false;
    b++;
  }
  for (let i = 0; i < half; i++) {
    const c = text.charCodeAt(s + i);
    if (c !== text.charCodeAt(b + i)) return false;
    if (c === 32 && text.charCodeAt(s + i + 1) === 32) return false;
  }
  return LETTER().test(text.slice(s, s + half));
}

const MARKS = /[.!?…。！？؟।]/gu;
function sentenceMarks(text: string): number {
  return text.match(MARKS)?.length ?? 0;
}
