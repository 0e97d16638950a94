// Where a page's footer starts: a menu of the site's own pages (About us, Careers, Investors,
// Press, Terms of use, Privacy policy, Cookie settings, Accessibility...) in the second half of
// the page, below the start of the article. What follows such a menu is the footer's furniture
// (legal small print, a cookie centre's text, a store's policies), not a further part of the
// article, so no region is looked for there. The menu must hold three different links (one
// "Contact us" button under every section is not a menu). Counted on the dev set's text dumps,
// the lines from such a menu on hold 104 words of the truth and 45,793 outside it on the other
// pages (260 pages), 40 and 10,369 on the articles (173 pages).
import type { LineFeatures } from "../classifier/features.js";
import { onFirstUse } from "../first-use.js";

/** A link of a site's footer alone on its line (a bullet may lead). */
const FOOTER_LINK = onFirstUse(() => /^\s*(?:[•·*|-]\s*)?(?:investors?(?: relations)?|press(?: room| releases| center)?|newsroom|careers|jobs|about us|about|contact us|contact|terms of (?:service|use|sale)|terms (?:&|and) conditions|privacy(?: policy| notice| statement)?|cookie (?:policy|settings|preferences)|cookies|your privacy choices|do not sell or share my personal information|do not sell my personal information|accessibility(?: statement)?|sitemap|site map|legal|imprint|impressum|affiliates?|affiliate program|partners|advertise(?: with us)?|help(?: center)?|faqs?|customer service|shipping(?: policy)?|returns?(?: policy)?|refund policy|store locator|gift cards|blog|our blog|patents|security|trademarks|modern slavery statement|california transparency act|supply chain transparency)\s*$/iu);
/** Most words of a footer link. */
const LINK_MAX_WORDS = 8;
/** Lines under the first link searched for more, and the least other links that make a footer menu. */
const REACH = 15;
const MIN_MORE_LINKS = 2;
/** Share of the page's lines above the menu: a footer closes the page. */
const MIN_POSITION = 0.5;

const key = (text: string): string => text.replace(/^[\s•·*|-]+/u, "").trim().toLowerCase();
const isLink = (text: string, f: LineFeatures): boolean => f.words > 0 && f.words <= LINK_MAX_WORDS && FOOTER_LINK().test(text);

/** The line where the page's footer starts, at or after `from` (the article's first line), or -1. */
export function footerStart(texts: readonly string[], feats: readonly LineFeatures[], from: number): number {
  for (let i = Math.max(from, Math.ceil(texts.length * MIN_POSITION)); i < texts.length; i++) {
    if (!isLink(texts[i]!, feats[i]!)) continue;
    // Other links, not the same one again (a "Contact us" button under every section).
    const seen = new Set([key(texts[i]!)]);
    for (let j = i + 1; j < texts.length && j <= i + REACH && seen.size <= MIN_MORE_LINKS; j++) if (isLink(texts[j]!, feats[j]!)) seen.add(key(texts[j]!));
    if (seen.size > MIN_MORE_LINKS) return i;
  }
  return -1;
}
