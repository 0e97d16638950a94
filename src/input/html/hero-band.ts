// A landing page opens with a hero band: the page's title and lead in an element its template
// calls a banner ("hero-banner", "page-banner"). Banner is a negative class word (ad and
// placeholder banners), but a band that holds the page's h1 or an h2 is the page's own opening,
// part of what service and product pages say. Another negative word beside it still names it
// chrome (a cookie banner has a heading too).
import { findAll, type DomElement } from "./dom.js";
import { DOM_VOCABULARY } from "./vocabulary.js";

const { heroClass: HERO, heroHeadingTags: HEADINGS, negativeClass: NEGATIVE } = DOM_VOCABULARY;
const HERO_ALL = new RegExp(HERO.re.source, "gu");

/** `hit`: the negative word that named the element; `words`: its class/id words. */
export function isHeroBand(el: DomElement, words: string, hit: string): boolean {
  if (!HERO.re.test(hit)) return false;
  if (NEGATIVE.re.test(words.replace(HERO_ALL, " "))) return false;
  return findAll(el, (e) => HEADINGS.has(e.name)).length > 0;
}
