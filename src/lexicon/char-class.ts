// Character classes by UTF-16 unit, looked up in a table filled on first sight: the word
// scanners run over every character of every document and a Unicode regex per word is too slow.
export const LETTER = 1;
export const DIGIT = 2;
export const OTHER = 3;

const classes = new Uint8Array(65536);

export function charClass(code: number): number {
  let c = classes[code]!;
  if (c === 0) {
    const ch = String.fromCharCode(code);
    // Surrogate halves count as letters: astral scripts (CJK extensions and the like) stay words.
    c = /\p{L}/u.test(ch) || (code >= 0xd800 && code <= 0xdfff) ? LETTER : /\p{N}/u.test(ch) ? DIGIT : OTHER;
    classes[code] = c;
  }
  return c;
}
