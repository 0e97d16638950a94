// Sub-headings of the clean text: one-line blocks that read like a heading (short, no sentence
// punctuation at the end) and introduce more text.
import { countWordsUpTo } from "../lexicon/words.js";

/** Most words of a heading. */
const MAX_WORDS = 15;
/** What ends a sentence or a quote, not a heading. */
const SENTENCE_END = new Set([".", ",", ";", ":", "!", "?", "…", '"', "”", "»"]);

export function findHeadings(blocks: readonly string[], title: string | undefined): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < blocks.length; i++) {
    const b = blocks[i]!.trim();
    if (b.includes("\n") || b === title) continue;
    // Counted no further than a heading's words: most blocks are paragraphs. The block is
    // trimmed, so its last character is the one that ends it.
    const words = countWordsUpTo(b, MAX_WORDS + 1);
    if (words >= 1 && words <= MAX_WORDS && !SENTENCE_END.has(b[b.length - 1]!) && /\p{L}/u.test(b)) out.push(b);
  }
  return out;
}
