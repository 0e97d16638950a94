import { OTHER, charClass } from "./char-class.js";
import { onFirstUse } from "../first-use.js";
import { isRegexSpace } from "./space.js";

/** The number of words as the project counts them (runs of Unicode letters, digits or underscore), without building them. */
export function countWords(text: string): number {
  return countWordsUpTo(text, Infinity);
}

/** countWords(text), or `most` when the text has that many words or more (read no further). */
export function countWordsUpTo(text: string, most: number): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const word = code === 95 || charClass(code) !== OTHER;
    if (word && !inWord && ++n >= most) return most;
    inWord = word;
  }
  return n;
}

/** Lower-case, fold runs of white space, and strip bullets and punctuation from both ends:
 *  `text.toLowerCase().replace(/\s+/gu, " ").replace(/^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu, "")`,
 *  read in one scan of the lower-cased text (every `exact` rule asks it of the lines it may match). */
export function normaliseUnit(text: string): string {
  const lower = text.toLowerCase();
  let start = 0;
  let end = lower.length;
  while (start < end) {
    const point = lower.codePointAt(start)!;
    if (!isEdgePoint(point)) break;
    start += point > 0xffff ? 2 : 1;
  }
  while (end > start) {
    const low = lower.charCodeAt(end - 1);
    const pair = low >= 0xdc00 && low <= 0xdfff && end - 2 >= start && isHighSurrogate(lower.charCodeAt(end - 2));
    if (!isEdgePoint(pair ? lower.codePointAt(end - 2)! : low)) break;
    end -= pair ? 2 : 1;
  }
  // Between the ends, each run of white space becomes one space; a text with none to fold is sliced as it is.
  let folded = "";
  let from = start;
  for (let i = start; i < end; i++) {
    const code = lower.charCodeAt(i);
    if (!isRegexSpace(code)) continue;
    let j = i + 1;
    while (j < end && isRegexSpace(lower.charCodeAt(j))) j++;
    if (j - i > 1 || code !== 32) {
      folded += lower.slice(from, i) + " ";
      from = j;
    }
    i = j - 1;
  }
  return from === start ? lower.slice(start, end) : folded + lower.slice(from, end);
}

// Whether a UTF-16 unit (below the surrogates) is white space, punctuation or a symbol, as
// `[\s\p{P}\p{S}]` matches it, by table: 0 not known yet, 1 yes, 2 no. Astral characters are
// looked up by code point.
const edgeUnit = new Uint8Array(65536);
const astralEdge = new Map<number, boolean>();
const EDGE = onFirstUse(() => /^[\s\p{P}\p{S}]$/u);

/** Whether the code point is one normaliseUnit strips from the ends (a lone surrogate is not). */
function isEdgePoint(point: number): boolean {
  if (point < 65536) {
    let k = edgeUnit[point]!;
    if (k === 0) edgeUnit[point] = k = (point < 0xd800 || point > 0xdfff) && EDGE().test(String.fromCharCode(point)) ? 1 : 2;
    return k === 1;
  }
  let yes = astralEdge.get(point);
  if (yes === undefined) astralEdge.set(point, (yes = EDGE().test(String.fromCodePoint(point))));
  return yes;
}

// Whether a UTF-16 unit (below the surrogates) is a letter or a number, by table: 0 not known
// yet, 1 yes, 2 no. Astral characters are looked up by code point.
const letterOrNumber = new Uint8Array(65536);
const astralLetterOrNumber = new Map<number, boolean>();
const LETTER_OR_NUMBER = onFirstUse(() => /[\p{L}\p{N}]/u);

function isLetterOrNumber(point: number): boolean {
  if (point < 65536) {
    let k = letterOrNumber[point]!;
    if (k === 0) letterOrNumber[point] = k = LETTER_OR_NUMBER().test(String.fromCharCode(point)) ? 1 : 2;
    return k === 1;
  }
  let yes = astralLetterOrNumber.get(point);
  if (yes === undefined) astralLetterOrNumber.set(point, (yes = LETTER_OR_NUMBER().test(String.fromCodePoint(point))));
  return yes;
}

/** Whether `word`, one of lowerWords' words, is one of the words of `lower`, a lower-cased text:
 *  found in it with no letter or number against either end (a lone surrogate is neither). */
export function holdsWord(lower: string, word: string): boolean {
  for (let at = lower.indexOf(word); at >= 0; at = lower.indexOf(word, at + 1)) {
    if (!wordPointBefore(lower, at) && !wordPointAt(lower, at + word.length)) return true;
  }
  return false;
}

/** Whether the code point that ends before index i is a letter or a number. */
function wordPointBefore(text: string, i: number): boolean {
  if (i === 0) return false;
  const low = text.charCodeAt(i - 1);
  const pair = low >= 0xdc00 && low <= 0xdfff && i >= 2 && isHighSurrogate(text.charCodeAt(i - 2));
  return wordPointAt(text, pair ? i - 2 : i - 1);
}

/** Whether the code point that starts at index i is a letter or a number (a lone surrogate is neither). */
function wordPointAt(text: string, i: number): boolean {
  const point = text.codePointAt(i);
  return point !== undefined && (point < 0xd800 || point > 0xdfff) && isLetterOrNumber(point);
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/** `text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []`, by a table scan instead of a Unicode regex. */
export function lowerWords(text: string): string[] {
  const lower = text.toLowerCase();
  const out: string[] = [];
  const n = lower.length;
  let start = -1;
  let i = 0;
  while (i < n) {
    const code = lower.charCodeAt(i);
    let point = code;
    let width = 1;
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < n) {
      const low = lower.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        point = (code - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
        width = 2;
      }
    }
    // A lone surrogate is never a letter or a number (\p{L} and \p{N} hold only assigned characters).
    const word = (point < 0xd800 || point > 0xdfff) && isLetterOrNumber(point);
    if (word) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      out.push(lower.slice(start, i));
      start = -1;
    }
    i += width;
  }
  if (start >= 0) out.push(lower.slice(start, n));
  return out;
}
