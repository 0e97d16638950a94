// A template's filler left in the page: "Lorem ipsum dolor sit amet, consectetur...", or a tab,
// slide or card named "Lorem ipsum 2". Whoever built the page left it where copy was to go; it
// is never the page's own text. Counted on the dev set: the filler is in the raw HTML of 9 pages
// and in no truth, and reached the output of an article and a product page (13 and 4 blocks).
// Code keeps it (a docs page's example markup, a test fixture), so blocks of code are passed.
import { DOM_VOCABULARY } from "./vocabulary.js";

const CODE_TAGS = new Set(["pre", "code"]);

export function isPlaceholderText(tag: string, text: string): boolean {
  return !CODE_TAGS.has(tag) && DOM_VOCABULARY.placeholderText.re.test(text);
}
