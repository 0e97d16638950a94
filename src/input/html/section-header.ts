// A <header> is chrome when it is the page's (logo, menu, search), but a landing page builds its
// body out of <section> bands, each opening with its own header: the band's heading and lead
// ("So much more than a screen recorder" and a line under it). A header inside a <section>, with
// nothing but <div> wrappers between them, that holds a heading is that band's title, not the
// site's: the site's header sits at the top of the body or of a page wrapper. One that holds
// the h1 stays chrome as before: the h1 is the page's title, read as metadata, and an article's
// header around it holds its byline and standfirst.
import { findAll, isElement, type DomElement } from "./dom.js";
import { DOM_VOCABULARY } from "./vocabulary.js";

const HEADING = DOM_VOCABULARY.headingTags;

export function isSectionHeader(el: DomElement): boolean {
  if (el.name !== "header") return false;
  let up = el.parent;
  while (up && isElement(up) && up.name === "div") up = up.parent;
  if (!up || !isElement(up) || up.name !== "section") return false;
  const headings = findAll(el, (e) => HEADING.has(e.name));
  return headings.length > 0 && !headings.some((h) => h.name === "h1");
}
