// The DOM stage: marks page chrome (scripts, navigation, share bars, related lists, comments,
// hidden nodes...) as removed before the main content is located. Nodes are not detached, only
// recorded, so the pristine tree stays readable and nothing is copied.
import { isDisclosureToggle } from "./disclosure-toggle.js";
import { isElement, pathOf, squash, textOf, walk, type DomElement, type DomNode } from "./dom.js";
import { NO_DEADLINE, type Deadline } from "./deadline.js";
import type { TextStats } from "./text-stats.js";
import type { DomRemoval } from "./types.js";
import type { PageType } from "../../types.js";
import { DOM_VOCABULARY, PAGE_TYPE_VOCABULARY } from "./vocabulary.js";
import { isFoldedPanel } from "./folded-panels.js";
import { withoutEntryTerms } from "./entry-terms.js";
import { withoutBuilderLayout } from "./builder-layout.js";
import { typeChromeOf } from "./type-chrome.js";
import { isHeroBand } from "./hero-band.js";
import { isEntryHeader } from "./entry-header.js";
import { isSectionHeader } from "./section-header.js";
import { isSiteFooter } from "./lone-footer.js";
import { isHiddenMicrodataCopy } from "./hidden-class-copy.js";
import { liveRegionOf } from "./live-region.js";
import { screenReaderCopies } from "./screen-reader-copy.js";
import { isThreadForm } from "./thread-form.js";
import { postAttributions, postNumbers } from "./post-attribution.js";
import { hiddenMainParts } from "./hidden-main.js";
import { mediaCaptions } from "./media-caption.js";
import { authorBoxes } from "./author-box.js";
import { codeTokens } from "./code-tokens.js";
import { isHeadingAnchor } from "./heading-anchor.js";
import { isHeadingButton } from "./heading-button.js";
import { mainWrappers } from "./main-wrapper.js";
import { qaComments } from "./qa-comments.js";
import { isBadge } from "./badges.js";

const { dropTags: DROP_TAGS, silentTags: SILENT, chromeTags: CHROME_TAGS, chromeRoles: CHROME_ROLES } = DOM_VOCABULARY;
const NEGATIVE = DOM_VOCABULARY.negativeClass.re;
const POSITIVE = DOM_VOCABULARY.positiveClass.re;
const OVERLAY = DOM_VOCABULARY.overlayClass.re;
const { overlayRoles: OVERLAY_ROLES, maxOverlayShare: MAX_OVERLAY_SHARE } = DOM_VOCABULARY;
const CONSENT_MANAGER = DOM_VOCABULARY.consentManagerClass.re;

/** What a site lays over the page (a cookie manager, a dialog), if the node is one. */
function overlayOf(el: DomElement, words: string): string | undefined {
  const role = el.attribs.role?.toLowerCase();
  if (role && OVERLAY_ROLES.has(role)) return `role:${role}`;
  if (el.attribs["aria-modal"] === "true") return "aria-modal";
  const hit = OVERLAY.exec(words);
  return hit ? `overlay:${hit[0].replace(/^[^a-z]/u, "")}` : undefined;
}

/** Class and id words, lower-cased, without BEM modifiers: "card--modalMinWidth" says how a card
 *  looks, not that it is a modal; nor a page builder's layout words (builder-layout.ts). */
export function classWords(a: Record<string, string>): string {
  return withoutBuilderLayout(`${withoutEntryTerms((a.class ?? "").toLowerCase())} ${(a.id ?? "").toLowerCase()}`.replace(BEM_MODIFIER, ""));
}
const BEM_MODIFIER = /--[^\s]*/gu;

export interface Pruned {
  removed: Set<DomElement>;
  removals: DomRemoval[];
  /** The removals made for what a node is called (class/id words, chrome tags and roles), not
   *  for what it is (scripts, hidden nodes): inside a listing's items they are revoked. */
  byName: Map<DomElement, DomRemoval | undefined>;
  /** Hidden text was kept as the page's own (a script shows it on load). */
  revealedHidden?: true;
  /** Site footers kept for their share of the text (lone-footer.ts judges them). */
  bigFooters: DomElement[];
}

const CONTENT_WORDS_BY_TYPE = PAGE_TYPE_VOCABULARY.contentWords;
const MIN_VISIBLE_SHARE = 0.1;
const MAX_COPY_SHARE = 0.6;
const MAX_DECORATION_SHARE = 0.3;
const HIDING_STYLE = /(display\s*:\s*none|visibility\s*:\s*hidden)/iu;

/** How a node is hidden from readers, if it is: such a subtree is never content, whatever its
 *  share of the text (hidden copies of the article, microdata copies, collapsed duplicates). */
export function hiddenBy(a: Record<string, string>): string | undefined {
  if (a.hidden !== undefined) return "hidden attribute";
  // A popover is shown only when a control or a script opens it, as a dialog is.
  if (a.popover !== undefined) return "popover";
  if (a["aria-hidden"] === "true") return "aria-hidden";
  const style = a.style && HIDING_STYLE.exec(a.style);
  return style ? style[1]!.replace(/\s+/gu, "").toLowerCase() : undefined;
}

/** Streaming server rendering parks parts of the page in hidden segments ("S:0", "S:1"...) that
 *  its script moves into place: browsers show them. */
const revealedByScript = (a: Record<string, string>): boolean => a.hidden !== undefined && /^S:\d+$/u.test(a.id ?? "");

/** Characters under the outermost hidden nodes, not counting what is dropped anyway. */
function hiddenChars(root: DomNode, stats: TextStats): number {
  let chars = 0;
  walk(root, (node) => {
    if (!isElement(node)) return node === root || node.type === "root";
    if (DROP_TAGS.has(node.name)) return false;
    const hidden = hiddenBy(node.attribs);
    if (!hidden || hidden === "aria-hidden" || revealedByScript(node.attribs)) return true;
    chars += stats.text.get(node) ?? 0;
    return false;
  });
  return chars;
}

/** Some apps (forum software above all) render the page with scripts and serve its whole text
 *  to scriptless readers inside <noscript>: there the <noscript> text is the page. */
function servesTextInNoscript(root: DomNode, stats: TextStats, total: number): boolean {
  let inside = 0;
  walk(root, (node) => {
    if (!isElement(node)) return node === root || node.type === "root";
    if (node.name !== "noscript") return true;
    inside += stats.text.get(node) ?? 0;
    return false;
  });
  return inside >= 0.5 * total && inside >= 200;
}

/** `pageType`: what is chrome depends on it (a thread's replies are its content). */
export function prune(root: DomNode, stats: TextStats, deadline: Deadline = NO_DEADLINE, pageType: PageType = "article"): Pruned {
  const content = CONTENT_WORDS_BY_TYPE[pageType];
  const chrome = typeChromeOf(pageType);
  const removed = new Set<DomElement>();
  const removals: DomRemoval[] = [];
  const byName = new Map<DomElement, DomRemoval | undefined>();
  const bigFooters: DomElement[] = [];
  const total = Math.max((root.children ?? []).reduce((n, c) => n + (isElement(c) ? (stats.text.get(c) ?? 0) : 0), 0), 1);
  const drop = (el: DomElement, reason: string, named = false): false => {
    removed.add(el);
    const chars = stats.text.get(el) ?? 0;
    const removal = chars > 0 && !SILENT.has(el.name) ? { reason, path: pathOf(el), excerpt: squash(textOf(el)).slice(0, 80), chars } : undefined;
    if (removal) removals.push(removal);
    if (named) byName.set(el, removal);
    return false;
  };
  const scriptless = servesTextInNoscript(root, stats, total);
  // A page whose text is all hidden is revealed by a script on load (an anti-flicker snippet):
  // its hidden text is the page, kept with a warning.
  const revealed = hiddenChars(root, stats) > (1 - MIN_VISIBLE_SHARE) * total;
  // A main region whose text is all hidden is the page's content, shown by a script (hidden-main.ts).
  const hiddenMain = revealed ? new Set<DomElement>() : hiddenMainParts(root, stats, total, hiddenBy, DROP_TAGS);
  let gated = false;
  const isScreenReaderCopy = screenReaderCopies(hiddenBy);
  const isPostAttribution = postAttributions(root, stats);
  const isPostNumber = postNumbers(stats);
  const isQaComment = qaComments();
  const isMediaCaption = mediaCaptions(stats);
  const isAuthorBox = authorBoxes(root, stats);
  const isCodeToken = codeTokens();
  const holdsMain = mainWrappers(root);
  walk(root, (node) => {
    deadline.tick("pruning");
    if (!isElement(node)) return node === root || node.type === "root";
    const el = node;
    const name = el.name;
    const codeToken = isCodeToken(el);
    if (name === "noscript" && scriptless) return true;
    if (DROP_TAGS.has(name) && !(name === "button" && (isDisclosureToggle(el) || isHeadingButton(el, stats)))) return drop(el, `tag:${name}`);
    const a = el.attribs;
    const share = (stats.text.get(el) ?? 0) / total;
    const big = share > 0.25;
    // A folded panel (an accordion's body) is hidden until opened: its text, not a copy.
    const hiding = hiddenBy(a);
    const hidden = hiding && isFoldedPanel(el) ? undefined : hiding;
    // aria-hidden hides from screen readers only: the text is on screen (collapsed panels, visual
    // duplicates of a label), so only a small such subtree is taken for decoration.
    if (hidden === "aria-hidden") {
      if (share < MAX_DECORATION_SHARE) return drop(el, `hidden:${hidden}`);
    } else if (hidden && !revealed && !revealedByScript(a) && !hiddenMain.has(el)) {
      // A hidden copy holds about half of the text (the other half is what it copies): a hidden
      // node with more is the page itself, waiting for a script (a paywall or consent gate).
      if (share <= MAX_COPY_SHARE) return drop(el, `hidden:${hidden}`);
      gated = true;
    } else if (!revealed && !big && isHiddenMicrodataCopy(el) && !isFoldedPanel(el)) {
      return drop(el, "hidden:microdata copy");
    } else if (!big && isScreenReaderCopy(el)) {
      return drop(el, "hidden:screen-reader copy");
    }
    if (name === "body" || name === "html" || name === "main" || name === "article") return true;
    // An overlay is chrome even when it holds a large share of the text (a cookie manager's
    // preference panel): the big-node exception below is for page wrappers.
    // A consent manager named so is chrome at any share: its panel can outweigh a short page.
    const overlay = big && (share <= MAX_OVERLAY_SHARE || CONSENT_MANAGER.test(classWords(a))) ? overlayOf(el, classWords(a)) : undefined;
    if (overlay) return drop(el, overlay, true);
    // A thread's "who and when" above each post is named like chrome (post-attribution.ts).
    const attribution = (): boolean => pageType === "forum" && isPostAttribution(el);
    // A thread's post feed may sit in a moderation <form> (thread-form.ts).
    const threadForm = (): boolean => pageType === "forum" && isThreadForm(el);
    if (CHROME_TAGS.has(name) && !big && !isEntryHeader(el) && !isSectionHeader(el) && !(name === "header" && attribution()) && !(name === "form" && threadForm())) return drop(el, `tag:${name}`, true);
    const role = a.role?.toLowerCase();
    if (role && CHROME_ROLES.has(role) && !big) return drop(el, `role:${role}`, true);
    if (big && isSiteFooter(name, role)) bigFooters.push(el);
    if (pageType === "forum" && isPostNumber(el)) return drop(el, "post number (not the post)", true);
    if (pageType === "forum" && isQaComment(el)) return drop(el, "comment on a question or an answer (not a post)", true);
    const live = pageType === "product" && !big ? liveRegionOf(el) : undefined;
    if (live) return drop(el, `${live} (not the product)`, true);
    // A code block's tokens are named for the code's grammar (code-tokens.ts).
    if (codeToken) return true;
    // A heading's anchor id spells its text, not its role (heading-anchor.ts): its class is read alone.
    const named = isHeadingAnchor(el) ? { class: a.class ?? "" } : a;
    const words = content ? classWords(named).replace(content, " ") : classWords(named);
    if (!big && isMediaCaption(el, pageType === "article" ? words : "")) return drop(el, "picture caption (not the running text)", true);
    if (!big && pageType === "article" && isAuthorBox(el)) return drop(el, "author box (about the writer, not the article)", true);
    if ((pageType === "product" || pageType === "collection") && isBadge(el, words, stats)) return drop(el, "badge (flags the item, not its name or copy)");
    if (words.length > 1 && !big && !POSITIVE.test(words) && !holdsMain.has(el)) {
      const hit = NEGATIVE.exec(words);
      if (hit && !isHeroBand(el, words, hit[0]) && !attribution()) return drop(el, `class/id:${hit[0].replace(/^[^a-z]/u, "")}`, true);
      const other = chrome?.re.exec(words);
      if (other && !attribution()) return drop(el, `class/id:${other[0].replace(/^[^a-z]/u, "")} (${chrome!.not})`, true);
    }
    return true;
  });
  return revealed || gated || hiddenMain.size > 0 ? { removed, removals, byName, revealedHidden: true, bigFooters } : { removed, removals, byName, bigFooters };
}
