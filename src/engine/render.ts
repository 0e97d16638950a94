// Kept lines back to text: lines of a block joined by "\n", blocks by a blank line.
import { countWords } from "../lexicon/words.js";
import type { LineState } from "./state.js";

export interface Rendered {
  text: string;
  /** The blocks of `text`, which joins them with a blank line. */
  blocks: string[];
  /** Words of each block, and of `text`, as lexicon/words.ts counts them. */
  blockWords: number[];
  words: number;
  lines: number;
}

export function render(states: readonly LineState[]): Rendered {
  const blocks: string[] = [];
  const blockWords: number[] = [];
  let current: string[] = [];
  let currentWords = 0;
  const close = (): void => {
    blocks.push(current.join("\n"));
    blockWords.push(currentWords);
    current = [];
    currentWords = 0;
  };
  let block = -1;
  let lines = 0;
  let words = 0;
  for (const s of states) {
    if (!s.alive) continue;
    if (s.line.block !== block && current.length > 0) close();
    block = s.line.block;
    current.push(s.text);
    lines++;
    const n = wordsOf(s);
    currentWords += n;
    words += n;
  }
  if (current.length > 0) close();
  return { text: blocks.join("\n\n"), blocks, blockWords, words, lines };
}

/** A line's words: the line scan counted them as countWords does while its memo holds its text
 *  (no word runs across a line break, so the lines' counts add up to the text's). */
function wordsOf(s: LineState): number {
  const memo = s.memo;
  const facts = memo !== undefined && memo.text === s.text ? memo.facts : undefined;
  return facts !== undefined ? facts.words : countWords(s.text);
}
