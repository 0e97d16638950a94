// A <header> is chrome when it is the page's (logo, menu, search), but a landing page builds its
// body out of <section> bands, each opening with its own <header>: the band's heading and lead
// ("So much more than a screen recorder" and a line under it). A header directly inside a
// <section> that holds a heading is that band's title, not the site's: the site's header sits
// at the top of the body or of a page wrapper, not inside a section of the content.
import { findAll, isElement, type DomElement } from "./dom.js";

const HEADING = /^h[1-6]$/u;

export function isSectionHeader(el: DomElement): boolean {
  if (el.name !== "header") return false;
  const band = el.parent;
  if (!band || !isElement(band) || band.name !== "section") return false;
  return findAll(el, (e) => HEADING.test(e.name)).length > 0;
}
