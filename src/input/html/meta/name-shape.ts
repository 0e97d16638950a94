// Whether text found in a byline's place reads as a person's or an outlet's name. The words after
// "By" in running text ("By clicking Submit you agree to our"), a reading time ("5 min read"), a
// button ("Sign in") or an avatar's initials ("CM") sit where a name would; a wrong author is
// worse for a reader than none, so such text is not taken.
import { BYLINE } from "../vocabulary.js";

const SENTENCE_WORDS: ReadonlySet<string> = new Set(BYLINE.sentenceWords);
const CALLS_TO_ACTION: ReadonlySet<string> = new Set(BYLINE.callsToAction);
const PARTICLES: ReadonlySet<string> = new Set(BYLINE.nameParticles);
/** Single-word labels ("by", "von"): a text ending in one ("Recipe by") has its name elsewhere. */
const TRAILING_LABELS: ReadonlySet<string> = new Set(BYLINE.labels.filter((l) => !/\s/u.test(l)));
const READING_TIME = /^\d+\s*(?:min|mins|minutes?|hrs?|hours?)\b/iu;
/** An avatar's one or two initials. */
const INITIALS = /^\p{Lu}{1,2}$/u;

const bare = (word: string): string => word.replace(/^[^\p{L}\d&]+|[^\p{L}\d&]+$/gu, "").toLowerCase();

export function nameShaped(s: string): boolean {
  if (READING_TIME.test(s) || INITIALS.test(s)) return false;
  const words = s.split(/\s+/u).filter((w) => /[\p{L}\d&]/u.test(w));
  const plain = words.map(bare);
  if (plain.length === 0 || CALLS_TO_ACTION.has(plain[0]!) || TRAILING_LABELS.has(plain[plain.length - 1]!)) return false;
  if (plain.some((w) => SENTENCE_WORDS.has(w))) return false;
  // A name does not end in "and", "of" or "the": "Gentoo developers, and the" runs on into a sentence.
  if (PARTICLES.has(plain[plain.length - 1]!)) return false;
  if (words.length === 1) return true;
  // Several words: a name's are mostly capitalised ("Maria de la Cruz"); a phrase's are not.
  const lower = words.filter((w, i) => /^\p{Ll}/u.test(w) && !PARTICLES.has(plain[i]!)).length;
  const upper = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return !(/^\p{Ll}/u.test(words[0]!) && !PARTICLES.has(plain[0]!)) && lower <= upper;
}
