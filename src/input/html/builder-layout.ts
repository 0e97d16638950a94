// Page builders (Elementor, HubSpot, SiteOrigin) call every block they lay out a "widget": the
// article's paragraphs as much as the sidebar's archive list. On an element a builder marks, the
// word names the layout, not chrome, and is taken out of the class/id words before the negative
// words are tried; the widget's kind, which the builder writes beside it ("nav-menu",
// "share-buttons"), still speaks.
import { DOM_VOCABULARY } from "./vocabulary.js";

const BUILDER = DOM_VOCABULARY.builderClass.re;
const LAYOUT_WORD = new RegExp(DOM_VOCABULARY.builderWidget.re.source, "gu");

/** `words`: class and id words, lower-cased. */
export function withoutBuilderLayout(words: string): string {
  return BUILDER.test(words) ? words.replace(LAYOUT_WORD, " ") : words;
}
