// The classes of a text's white-space separated tokens, read one after the other without cutting
// prose tokens out of the text. A token of ASCII letters and ASCII punctuation without a digit
// (most tokens of prose: "council", "said,", "(AP)", "it's") can take no class pattern of
// lexicon/token-classes.ts: numbers, times, degrees, percentages and amounts need a digit or "°",
// signs and symbols have no letter. It is a word unless its letters spell one of the named words
// (NAMED_WORDS), which a filter of their hashes rules out as the letters are read. Every other
// token, and one the filter lets through, is cut out and classified by classifyToken.
import { NAMED_WORDS, classifyToken, type TokenClass } from "../lexicon/token-classes.js";
import { HASH_SEED, hashStep, hashUnits } from "../lexicon/fold.js";
import { isRegexSpace } from "../lexicon/space.js";

// One bit per value of a hash's low 16 bits, set for the named words' hashes: the named words are
// few beside the bits, so a prose token seldom meets a set bit without being named.
const named = new Uint32Array(2048);
for (const word of NAMED_WORDS) {
  const h = hashUnits(word);
  named[(h & 0xffff) >>> 5]! |= 1 << (h & 31);
}

const mayBeNamed = (h: number): boolean => (named[(h & 0xffff) >>> 5]! & (1 << (h & 31))) !== 0;

/** ASCII punctuation and symbols, all of them \p{P} or \p{S}: "!" to "/", ":" to "@", "[" to "`", "{" to "~". */
const isAsciiMark = (code: number): boolean => code >= 0x21 && code <= 0x7e && (code < 0x30 || code > 0x39) && ((code | 0x20) < 0x61 || (code | 0x20) > 0x7a);

/** Reads the classes of a text's tokens in order, each token as classifyToken classifies it. */
export class TokenReader {
  private at = 0;

  constructor(private readonly text: string) {}

  /** The class of the next token; asked only while tokens remain. */
  next(): TokenClass {
    const text = this.text;
    const n = text.length;
    let i = this.at;
    while (i < n && isRegexSpace(text.charCodeAt(i))) i++;
    const start = i;
    // The token's letters, lower-cased, hashed as hashUnits hashes a named word.
    let h = HASH_SEED;
    let letters = 0;
    let prose = true;
    for (; i < n; i++) {
      const code = text.charCodeAt(i);
      const lower = code | 0x20;
      if (lower >= 0x61 && lower <= 0x7a) {
        h = hashStep(h, lower);
        letters++;
      } else if (!isAsciiMark(code)) {
        if (isRegexSpace(code)) break;
        prose = false;
      }
    }
    this.at = i;
    return prose && letters > 0 && !mayBeNamed(h) ? "word" : classifyToken(text.slice(start, i));
  }
}
