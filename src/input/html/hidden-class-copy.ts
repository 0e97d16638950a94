// A value hidden by the site's style sheet for machines only: schema.org microdata that repeats
// what the page prints (a post's date as "2016-03-17 13:23:29 +00:00", an author's name, a
// count), hidden by a utility class ("d-none", "hidden", "sr-only") instead of a style attribute.
// Readers never see it, and the visible copy stays. A hiding class alone is not enough: sites
// hide panels and menus by class and show them by script, and their text is often the content.
import type { DomElement } from "./dom.js";
import { DOM_VOCABULARY } from "./vocabulary.js";

const HIDING = DOM_VOCABULARY.hidingClass.re;

/** The element is a microdata value hidden by a class word. */
export function isHiddenMicrodataCopy(el: DomElement): boolean {
  const a = el.attribs;
  return a.itemprop !== undefined && a.class !== undefined && HIDING.test(a.class);
}
