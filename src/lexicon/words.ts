import { OTHER, charClass } from "./char-class.js";

/** The number of words as the project counts them (runs of Unicode letters, digits or underscore), without building them. */
export function countWords(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const word = code === 95 || charClass(code) !== OTHER;
    if (word && !inWord) n++;
    inWord = word;
  }
  return n;
}

/** Lower-case, fold runs of white space, and strip bullets and punctuation from both ends. */
export function normaliseUnit(text: string): string {
  return text
    .toLowerCase()
    .replace(/\s+/gu, " ")
    .replace(/^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu, "");
}
