// A template's filler left in the page: "Lorem ipsum dolor sit amet, consectetur...", or a tab,
// slide or card named "Lorem ipsum 2". Whoever built the page left it where copy was to go; it
// is never the page's own text.
// Code keeps it (a docs page's example markup, a test fixture), so blocks of code are passed.
// A page whose chosen text is mostly filler is a page of filler (a template's demo, a test
// fixture): there the filler is what the page says, and leaving it out would empty the page.
import { countWords } from "../../lexicon/words.js";
import { DOM_VOCABULARY } from "./vocabulary.js";

export const PLACEHOLDER_REASON = "placeholder text (a template's filler, not the page's)";

const CODE_TAGS = new Set(["pre", "code"]);

export function isPlaceholderText(tag: string, text: string): boolean {
  return !CODE_TAGS.has(tag) && DOM_VOCABULARY.placeholderText.re.test(text);
}

/** Whether the blocks left out as filler hold more words than the blocks kept (`reasons`: why
 *  each block is left out, undefined when kept; `texts`: the blocks' texts). */
export function fillerIsThePage(reasons: ReadonlyArray<string | undefined>, texts: readonly string[]): boolean {
  let filler = 0;
  let kept = 0;
  reasons.forEach((reason, i) => {
    if (reason === PLACEHOLDER_REASON) filler += countWords(texts[i]!);
    else if (reason === undefined) kept += countWords(texts[i]!);
  });
  return filler > kept;
}
