// A blog's or a shop's software marks each entry with its terms ("tag-ai", "category-news",
// "product_tag-cups": WordPress's post_class) beside marks that say it is an entry ("hentry",
// "type-post", "type-product", "wp-block-post"). On such an element the term tokens name what
// the entry is about: a teaser tagged "ai" is no tag list, so they are taken out of the class
// words before the negative words are tried. Elsewhere a "tag-cloud" or a "tag-list" stays what
// it says.
import { DOM_VOCABULARY } from "./vocabulary.js";

const ENTRY = DOM_VOCABULARY.entryClass.re;
const TERM = DOM_VOCABULARY.itemTermClass.re;

/** `cls`: the class attribute, lower-cased. */
export function withoutEntryTerms(cls: string): string {
  // A class list without a hyphen holds no term token a negative word could read.
  if (!cls.includes("-") || !ENTRY.test(cls)) return cls;
  return cls
    .split(/\s+/u)
    .filter((t) => !TERM.test(t))
    .join(" ");
}
