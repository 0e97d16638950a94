// Word tokens as the project counts them: runs of Unicode letters, digits or underscore.
const WORD = /[\p{L}\p{N}_]+/gu;

export function wordsOf(text: string): string[] {
  return text.match(WORD) ?? [];
}

export function countWords(text: string): number {
  let n = 0;
  WORD.lastIndex = 0;
  while (WORD.exec(text) !== null) n++;
  return n;
}

/** Lower-case, fold runs of white space, and strip bullets and punctuation from both ends. */
export function normaliseUnit(text: string): string {
  return text
    .toLowerCase()
    .replace(/\s+/gu, " ")
    .replace(/^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu, "");
}
