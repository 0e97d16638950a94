// Sub-headings of the clean text: one-line blocks that read like a heading (short, no sentence
// punctuation at the end) and introduce more text.
import { countWords } from "../lexicon/words.js";

const SENTENCE_END = /[.,;:!?…"”»]\s*$/u;

export function findHeadings(blocks: readonly string[], title: string | undefined): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < blocks.length; i++) {
    const b = blocks[i]!.trim();
    if (b.includes("\n") || b === title) continue;
    const words = countWords(b);
    if (words >= 1 && words <= 15 && !SENTENCE_END.test(b) && /\p{L}/u.test(b)) out.push(b);
  }
  return out;
}
