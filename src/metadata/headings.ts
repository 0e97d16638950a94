// Sub-headings of the clean text: one-line blocks that read like a heading (short, no sentence
// punctuation at the end) and introduce more text.
/** Most words of a heading. */
const MAX_WORDS = 15;
/** What ends a sentence or a quote, not a heading. */
const SENTENCE_END = new Set([".", ",", ";", ":", "!", "?", "…", '"', "”", "»"]);

/** `words`: each block's words, as lexicon/words.ts counts them (the clean text's rendering has them). */
export function findHeadings(blocks: readonly string[], words: readonly number[], title: string | undefined): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < blocks.length; i++) {
    const n = words[i]!;
    if (n < 1 || n > MAX_WORDS) continue;
    // Trimmed, a block holds the same words, and its last character is the one that ends it.
    const b = blocks[i]!.trim();
    if (b.includes("\n") || b === title) continue;
    if (!SENTENCE_END.has(b[b.length - 1]!) && /\p{L}/u.test(b)) out.push(b);
  }
  return out;
}
