// White space as `\s` matches it in a Unicode regex (WhiteSpace and LineTerminator), by UTF-16
// unit: the scanners that replace per-line regexes must agree with the regexes they replace.

export function isRegexSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** `/^\s*$/u.test(text)` without a regex. */
export function isBlankText(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (!isRegexSpace(text.charCodeAt(i))) return false;
  return true;
}

/** Index of the last unit that is not `\s`, or -1. */
export function lastNonSpace(text: string): number {
  let i = text.length - 1;
  while (i >= 0 && isRegexSpace(text.charCodeAt(i))) i--;
  return i;
}
