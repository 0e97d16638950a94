// What kind of page a plain-text dump is, read from the shapes its lines take, as the HTML path
// reads it from the page's structure (src/input/html/page-type.ts). A dump carries no markup, but
// each kind of page prints its own furniture: a forum thread prints post headers ("Reply",
// "Quote", "Joined:", "Posts: 412", "Click to expand..."); a product page prints its price beside
// "Add to cart", "In stock" or a quantity field; a shop's category page or a listing is a run of
// cards (item-runs.ts); documentation prints code. A page that shows none of these is an article.
import type { PageType } from "../types.js";
import type { LineFeatures } from "../classifier/features.js";
import { itemRuns, type FeatureAt, type ItemRun } from "./item-runs.js";
import { onFirstUse } from "../first-use.js";
import { isRegexSpace, lastNonSpace } from "../lexicon/space.js";

/** The furniture of forum software around each post and thread, one kind per pattern, asked of
 *  a short line without its bullet: a thread's dump holds several kinds, many times over; an
 *  article's comment section holds one or two. */
export const FORUM_CUES = onFirstUse((): readonly RegExp[] => [
  // The post's own buttons.
  /^(?:(?:\d+\s+)?(?:reply|quote|report|multi-?quote|reply with quote|add to quote|like|likes|thanks|haha|permalink|embed|parent|save share|link to (?:comment|post)|share on other sites)\s*[|·•]?\s*){1,4}$/iu,
  // The poster's card.
  /^(?:joined|join date|registered|member since|messages|posts|reputation|reaction score|likes received|trophy points|best answers|threads|points|location)\b\s*:?\s*(?:[\d.,]+k?|\p{L}{3}\w*\.? \d.*|\d.*)?$/iu,
  /^(?:member|members|offline|online|logged|user avatar|op|thread starter|discussion starter|original poster|topic author|view profile|view forum posts|new member|senior member|moderator|administrator)\s*$/iu,
  /^[\d.,]+k?\s+posts?\s*(?:·\s*joined\b.*)?$/iu,
  // The post's number and date.
  /^#\d+\s*(?:[·•]|$)/u,
  /^(?:posted|last edited|edited)\s+(?:by\s+\S|on\s+\S|\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\s+\d)/iu,
  /^re:\s+\S/iu,
  /^\S+(?:\s\S+)?\s+said:\s*$/u,
  /^(?:wrote on|\d+\s+reply\s+last reply|last reply)\b/iu,
  // A question's answers and a thread's counters.
  /^(?:improve this answer|add a comment|ask question|highest score \(default\)|\d+ answers?|your answer|upvote)\b/iu,
  /^(?:\d[\d.,]*k?\s+)?(?:replies|views)\s*:?\s*(?:[\d.,]+k?)?$/iu,
  /^\s*(?:click to expand|click to shrink)\.*\s*$/iu,
  /^(?:new posts|search forums|forum list|latest posts|unanswered|forums?)\s*$/iu,
]);
/** Every forum cue starts with one of these words or signs, or is a quote's header (QUOTE_HEADER):
 *  both are asked first, as most short lines are no cue. The gate, the shop's controls and the
 *  docs' furniture are asked of many short lines and are plain ASCII: they go without the u flag,
 *  as V8 runs a case-insensitive pattern several times faster without it (the two differ only on
 *  the long s and the Kelvin sign, which `i` with `u` folds to s and k). */
const FORUM_FIRST = /^(?:\d|#|reply|quote|report|multi|add|like|thanks|haha|permalink|embed|parent|save|link|share|joined|join|registered|member|messages|posts|reputation|reaction|likes|trophy|best|threads|points|location|offline|online|logged|user|op\b|thread|discussion|original|topic|view|new|senior|moderator|administrator|posted|last|edited|re:|wrote|improve|ask|highest|your|upvote|replies|views|click|search|forum|latest|unanswered)/i;
/** A quote's header: a name of a word or two and "said:". The pattern tries every split of the
 *  line's first words, so it is asked only of a line that holds a colon. */
const QUOTE_HEADER = /^\S+(?:\s\S+)?\s+said:/i;

function mayBeForumCue(t: string): boolean {
  return FORUM_FIRST.test(t) || (t.includes(":") && QUOTE_HEADER.test(t));
}
/** Bullets, list numbers and boxes a dump prints before a post's furniture. */
export const LEAD = /^[\s•·□○■*-]*(?:\d+\.\s+)?/u;
/** Whether LEAD may match more than nothing, read from the first sign (a space, a digit, * or -;
 *  any sign past 127 may be a space or a bullet): most lines start with a letter and keep their text. */
function mayLead(text: string): boolean {
  const c = text.charCodeAt(0);
  return c <= 32 || c > 127 || (c >= 48 && c <= 57) || c === 42 || c === 45;
}
/** Least kinds of forum furniture, and least lines of it, that make a thread. */
const FORUM_MIN_KINDS = 3;
const FORUM_MIN_LINES = 8;

/** A shop's controls beside one product: the cart, the stock, the quantity, the code. */
export const PRODUCT_CUE = /\b(?:add to (?:cart|bag|basket|trolley)|buy (?:it )?now|in stock|out of stock|sku|qty|quantity|select (?:a )?size|size guide|add to wish ?list)\b/i;
const CURRENCY = /[$€£¥₹]/u;
export const PRICE = onFirstUse(() => /(?:[$€£¥₹]\s?\d|\d[\d.,]*\s?[$€£¥₹](?![\p{L}\p{N}]))/u);
/** Most lines from a product's price down to its cart. */
const CART_REACH = 8;
/** Fewest lines between the product's own cart and the first run of cards: a category page's first card sits right above its run. */
const OWN_GAP = 20;
/** Most words of a line that shows a price or a control, as shops print them. */
const SHORT_LINE_WORDS = 12;

interface ShopControls {
  /** Short lines that print a shop's control. */
  controls: number;
  /** The first control outside the runs of cards with a price just above it, one product's own; -1 if none. */
  ownCart: number;
}
const NO_CONTROLS: ShopControls = { controls: 0, ownCart: -1 };

/** The page's shop controls. `inRun`: 1 for the lines in runs of cards; `ownPrices`: the price
 *  lines outside them, in page order. */
function shopControls(texts: readonly string[], featureAt: FeatureAt, inRun: Uint8Array, ownPrices: readonly number[]): ShopControls {
  let controls = 0;
  let ownCart = -1;
  // The last price line above line i outside the runs of cards (-1 while there is none), and
  // the next one's place in ownPrices.
  let lastPrice = -1;
  let next = 0;
  for (let i = 0; i < texts.length; i++) {
    while (next < ownPrices.length && ownPrices[next]! < i) lastPrice = ownPrices[next++]!;
    const f = featureAt(i);
    if (f.words === 0 || !asksCues(f) || !PRODUCT_CUE.test(cueText(texts[i]!))) continue;
    controls++;
    // Every test is made on every control: a test the optimized loop has never seen made sends
    // the page type back to the interpreter, and it is compiled again.
    const outsideCards = inRun[i] === 0;
    const priced = lastPrice >= 0;
    const near = i - lastPrice <= CART_REACH;
    const firstOwn = ownCart < 0;
    if (outsideCards && priced && near && firstOwn) ownCart = i;
  }
  return { controls, ownCart };
}

/** Code printed as lines: statements and blocks (a line ending in ; { or }), declarations, calls,
 *  shell prompts. The ending is read from the line's last sign; a pattern for it reads a whole
 *  line of prose from every place a sign could stand. */
const CODE_ENDS = ";{}";
/** The words a declaration or statement starts with. */
const CODE_KEYWORDS = "import|from|export|const|let|var|def|class|function|return|public|private|#include|package|using|fn|func";
/** The other shapes, each of which starts with a keyword or a prompt, or ends in a bracket. */
export const CODE_SHAPE = new RegExp(`^\\s*(?:(?:${CODE_KEYWORDS})\\s.*[;:{(=]|\\$ \\S|>>> |[A-Za-z_][\\w.]*\\([^()]*\\)\\s*;?\\s*$)`, "u");
export const CODE_START = new RegExp(`^\\s*(?:\\$ |>>> |(?:${CODE_KEYWORDS})\\s)`, "u");

/** The words CODE_START names, as the first word of a line is looked up in them. */
const CODE_WORDS = new Set(CODE_KEYWORDS.split("|"));
const LONGEST_CODE_WORD = Math.max(...[...CODE_WORDS].map((w) => w.length));

/** Whether the line may match CODE_START, read in place: past its leading spaces, a prompt's
 *  first sign or a whole keyword (its lower-case letters and # up to the next sign). Most lines
 *  are ruled out without the pattern. */
function mayStartCode(text: string): boolean {
  let k = 0;
  while (k < text.length && isRegexSpace(text.charCodeAt(k))) k++;
  const c = text.charCodeAt(k);
  if (c === 36 || c === 62) return true;
  let e = k;
  while (e < text.length && e - k <= LONGEST_CODE_WORD && isKeywordSign(text.charCodeAt(e))) e++;
  return e > k && e - k <= LONGEST_CODE_WORD && CODE_WORDS.has(text.slice(k, e));
}

/** a to z and #, the signs of CODE_KEYWORDS. */
function isKeywordSign(c: number): boolean {
  return (c >= 97 && c <= 122) || c === 35;
}

export function isCodeLine(text: string): boolean {
  const end = lastNonSpace(text);
  const last = end >= 0 ? text[end]! : "";
  if (last !== "" && CODE_ENDS.includes(last)) return true;
  return (last === ")" || (mayStartCode(text) && CODE_START.test(text))) && CODE_SHAPE.test(text);
}
/** The furniture of a documentation site: its navigation's sections and the page's own tools.
 *  Articles print one or two of these (a "Next", an "Overview"); docs print many kinds. */
export const DOCS_CUE = onFirstUse(() => /^(?:\[[ x]\]\s*)?(on this page|edit this page|edit on github|was this page helpful\??|table of contents|api reference|reference|getting started|get started|quickstart|quick start|tutorials?|guides?|concepts|overview|installation|introduction|prerequisites|next steps|see also|previous|next|documentation|docs|release notes|changelog|examples?|how-tos?|faq)\s*:?\s*$/i);
const DOCS_MIN_KINDS = 4;
const DOCS_CUE_MAX_WORDS = 5;
/** Least code lines, and least share of the page's lines, that make documentation. */
const CODE_MIN_LINES = 5;
const CODE_MIN_SHARE = 0.03;

function enoughCode(codeLines: number, lines: number): boolean {
  return codeLines >= CODE_MIN_LINES && codeLines >= CODE_MIN_SHARE * lines;
}

/** Whether the page prints code as documentation does (the same count as the page type's). */
export function printsCode(texts: readonly string[], featureAt: FeatureAt): boolean {
  let codeLines = 0;
  let lines = 0;
  for (let i = 0; i < texts.length; i++) {
    const f = featureAt(i);
    if (f.words === 0 && f.digitShare === 0) continue;
    lines++;
    if (isCodeLine(texts[i]!)) codeLines++;
  }
  return enoughCode(codeLines, lines);
}

export interface PageTypeGuess {
  type: PageType;
  /** What the guess rests on, in words. */
  why: string;
}

/** A line of running text, for weighing cards against prose: a sentence of some length. */
const PROSE_MIN_WORDS = 12;

/** A short line as its cues are asked of it: trimmed, without its bullet or list number. */
function cueText(text: string): string {
  return mayLead(text) ? text.replace(LEAD, "").trim() : text.trim();
}

/** Whether a line's cues are asked: it prints a word or a digit, and few words. */
function asksCues(f: LineFeatures): boolean {
  return (f.words > 0 || f.digitShare > 0) && f.words <= SHORT_LINE_WORDS;
}

/** `items`: the page's runs of cards, when the caller has found them. */
export function textPageType(texts: readonly string[], featureAt: FeatureAt, items: readonly ItemRun[] = itemRuns(texts, featureAt)): PageTypeGuess {
  const forumKinds = new Set<number>();
  let forumLines = 0;
  let priceLines = 0;
  let codeLines = 0;
  let lines = 0;
  let proseWords = 0;
  let pricedCards = 0;
  const docsKinds = new Set<string>();
  // The price lines outside the runs of cards, for the product's own cart below one.
  const ownPrices: number[] = [];
  const inRun = new Uint8Array(texts.length);
  // Where the first run of cards starts; on a page without one, further below every line than
  // a product's own cart needs.
  let cardsFrom = texts.length + OWN_GAP + 1;
  for (const r of items) {
    inRun.fill(1, r.first, r.last + 1);
    cardsFrom = Math.min(cardsFrom, r.first);
  }
  for (let i = 0; i < texts.length; i++) {
    const f = featureAt(i);
    const text = texts[i]!;
    if (f.words === 0 && f.digitShare === 0) continue;
    lines++;
    if (isCodeLine(text)) codeLines++;
    if (f.endsSentence && f.words >= PROSE_MIN_WORDS) proseWords += f.words;
    if (!asksCues(f)) continue;
    const t = cueText(text);
    if (mayBeForumCue(t)) for (let k = 0, cues = FORUM_CUES(); k < cues.length; k++) {
      if (cues[k]!.test(t)) {
        forumKinds.add(k);
        forumLines++;
        break;
      }
    }
    if (f.words > 0 && f.words <= DOCS_CUE_MAX_WORDS) {
      const docs = DOCS_CUE().exec(t);
      if (docs) docsKinds.add(docs[1]!.toLowerCase());
    }
    if (f.digitShare > 0 && CURRENCY.test(t) && PRICE().test(t)) {
      priceLines++;
      if (inRun[i]) pricedCards++;
      else ownPrices.push(i);
    }
  }
  // Both tests are made on every page (see shopControls).
  const forumKindsEnough = forumKinds.size >= FORUM_MIN_KINDS;
  const forumLinesEnough = forumLines >= FORUM_MIN_LINES;
  if (forumKindsEnough && forumLinesEnough) return { type: "forum", why: `${forumLines} lines of forum furniture of ${forumKinds.size} kinds` };
  if (enoughCode(codeLines, lines)) return { type: "documentation", why: `${codeLines} lines of code` };
  if (docsKinds.size >= DOCS_MIN_KINDS) return { type: "documentation", why: `a documentation site's furniture of ${docsKinds.size} kinds` };
  // A shop's control counts only beside a price: a page that prints none is not asked for them.
  const { controls: productCues, ownCart } = priceLines > 0 ? shopControls(texts, featureAt, inRun, ownPrices) : NO_CONTROLS;
  // The product's own price and cart above every run of cards: those are other products, reviews.
  const cartAboveCards = cardsFrom - ownCart > OWN_GAP;
  if (ownCart >= 0 && cartAboveCards) return { type: "product", why: `a price and a shop control above ${items.length > 0 ? "the runs of cards" : "the text"}` };
  const cards = items.reduce((n, r) => n + r.words, 0);
  if (items.length > 0 && cards > proseWords) {
    // A shop's cards print a price each; a listing's cards (articles, jobs, films) mostly none.
    const cardCount = items.reduce((n, r) => n + r.items, 0);
    // Half the cards or more, in whole numbers: half an odd count is a fraction, which the
    // optimized code takes for a whole number until it meets one.
    const priced = 2 * pricedCards >= cardCount;
    return { type: priced ? "collection" : "listing", why: `${items.length} run${items.length > 1 ? "s" : ""} of ${cardCount} ${priced ? "priced " : ""}items` };
  }
  if (productCues > 0 && priceLines > 0) return { type: "product", why: `a price beside ${productCues} shop control${productCues > 1 ? "s" : ""}` };
  return { type: "article", why: "no furniture of another kind of page" };
}
