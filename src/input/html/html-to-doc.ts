// HTML -> Doc, the HTML front end's one entry point. Stages, with the time budget checked between
// them and inside their long loops (deadline.ts): refuse binaries -> parse (htmlparser2) ->
// metadata from the pristine tree ->
// prune chrome -> locate the article, or take a listing's item list (listing.ts), or both when a
// shop's priced grid lies beside the container (priced-grid.ts) -> (Readability
// where the own extractor is unsure) -> blocks.
import type { DomElement, DomNode } from "./dom.js";
import { findAll, textKey, treeExceeds } from "./dom.js";
import { metaFromHtml } from "./meta-from-dom.js";
import { blocksOf, type TextBlock } from "./blocks.js";
import { deadline, DEFAULT_BUDGET_MS, OverBudget, type Deadline } from "./deadline.js";
import { nowMs } from "../../clock.js";
import { binaryKind } from "./decode.js";
import { docFromBlocks } from "./doc.js";
import { locate, type Located } from "./locate.js";
import { parseHtml } from "./parse.js";
import { handlingOf, pageTypeOf, type PageTypeFound } from "./page-type.js";
import { prune } from "./prune.js";
import { dropCarousels } from "./carousels.js";
import { itemRunOf } from "./items.js";
import { isListing, listingContent, listingType } from "./listing.js";
import { readabilityJsdom, readabilityLinkedom } from "./readability.js";
import { secondOpinionWins } from "./second-opinion.js";
import { textStats, type TextStats } from "./text-stats.js";
import { footerRemoval, loneFooters } from "./lone-footer.js";
import { droppedScoredFooter, scoredFooter, scoredFooterRemoval } from "./scored-footer.js";
import { withDeclaredDescription } from "./declared-description.js";
import { entryLabels } from "./entry-labels.js";
import { leftOutBecause } from "./left-out-blocks.js";
import { aloneTitleHeading } from "./title-heading.js";
import { fillerIsThePage, PLACEHOLDER_REASON } from "./placeholder-text.js";
import { giveBackNamedRuns } from "./named-runs.js";
import { apart, isPricedGridBeside, withGridType } from "./priced-grid.js";
import { isInside, precedes } from "./dom-order.js";
import { mayStreamParts, placeStreamedParts } from "./streamed-parts.js";
import { dropMenusInside } from "./menu-runs.js";
import { leaveOutMobileOnly, mobileOnlyInside } from "./mobile-only.js";
import { introWithEntries } from "./intro-entries.js";
import { withCategoryCopy } from "./category-copy.js";
import { spreadOver } from "./scattered-page.js";
import { withServiceType } from "./service-page.js";
import { withDocsType } from "./docs-page.js";
import { withPagedEntriesType } from "./paged-entries.js";
import { withListedPageType } from "./listed-page.js";
import { withShopType } from "./shop-page.js";
import { withHomeListingType } from "./home-page.js";
import { FORUM_ADDRESS, PRODUCT_ADDRESS, SECTION_ADDRESS } from "./address-type.js";
import { WholePage } from "./whole-page.js";
import { withoutTailAfterBody } from "./tail-after-body.js";
import { withoutTailAfterCopy } from "./tail-after-copy.js";
import { CHROME_ONLY_WARNING, onlyNamedChrome } from "./chrome-only.js";
import type { DomRemoval, HtmlDoc, HtmlMeta, HtmlOptions, HtmlWarning } from "./types.js";

export type { DomRemoval, HtmlDoc, HtmlMeta, HtmlOptions } from "./types.js";

/** Readability (and linkedom/jsdom) recurse and copy; beyond this size, nesting or number of
 *  elements the own extractor's answer stands. Readability runs in one call the time budget
 *  cannot stop, and its time grows with the page's elements, links most: a paragraph beside a
 *  menu of 20,000 links takes it seconds, of 60,000 more than the default budget. The dev set's
 *  pages that ask it hold under 6,000 elements. */
const SECOND_OPINION_MAX_CHARS = 3_000_000;
const SECOND_OPINION_MAX_DEPTH = 1_000;
const SECOND_OPINION_MAX_ELEMENTS = 25_000;

export interface Own {
  root: DomNode;
  meta: HtmlMeta;
  removed: Set<DomElement>;
  removals: DomRemoval[];
  located: Located;
  blocks: TextBlock[];
  /** Absent when extraction is off (mainContent none). */
  pageType?: PageTypeFound;
  /** Running words Readability's text is weighed against, when not those of `blocks` (a scored
   *  block widened to the whole page: Readability still wins where it beat the block). */
  weighedWords?: number;
  /** What pruning removed for its name (chrome tags, roles, class/id words): when the own
   *  extractor kept nothing, Readability's text made only of it is no content (chrome-only.ts). */
  namedChrome?: ReadonlyMap<DomElement, unknown>;
}

export function htmlToDoc(html: string, options: HtmlOptions = {}): HtmlDoc {
  const p = prepare(html, options);
  if ("done" in p) return p.done;
  return afterSecond(p, options, p.wantSecond && options.dom !== "jsdom" ? readabilityLinkedom(html) : undefined);
}

/** The same as htmlToDoc, with `dom: "jsdom"` honoured (jsdom is imported lazily, hence async). */
export async function htmlToDocAsync(html: string, options: HtmlOptions = {}): Promise<HtmlDoc> {
  if (options.dom !== "jsdom") return htmlToDoc(html, options);
  const p = prepare(html, options);
  if ("done" in p) return p.done;
  return afterSecond(p, options, p.wantSecond ? await readabilityJsdom(html, options.url) : undefined);
}

/** Readability runs in one call the budget cannot stop: a page it took past the budget is
 *  abandoned after it, as inside any other stage (the rules' passes read the clock only every
 *  1,024 units, and a page of few lines would never be stopped). */
function afterSecond(p: Pending, options: HtmlOptions, readabilityText: string | undefined): HtmlDoc {
  if (p.wantSecond && p.budget.over()) {
    const late = p.budget.stop("running Readability");
    return { ...empty(options, [...p.warnings, { code: "time-budget", message: late.message }]), abandoned: true };
  }
  return complete(p, options, readabilityText);
}

interface Pending {
  budget: Deadline;
  own: Own;
  warnings: HtmlWarning[];
  /** Whether Readability's text should be asked for (the own extractor is unsure, or asked to). */
  wantSecond: boolean;
}

/** Everything up to the optional second opinion, which needs a DOM of its own. */
function prepare(html: string, options: HtmlOptions): { done: HtmlDoc } | Pending {
  const budget = deadline(options.startedMs ?? nowMs(), options.timeBudgetMs ?? DEFAULT_BUDGET_MS);
  const warnings: HtmlWarning[] = [];
  const refused = refuse(html, options);
  if (refused) return { done: refused };
  let own: Own;
  try {
    own = ownExtract(html, options, budget, warnings);
  } catch (error) {
    if (!(error instanceof OverBudget)) throw error;
    // Half a page is not a cleaning: the page is abandoned, and the cleaner refuses it.
    return { done: { ...empty(options, [...warnings, { code: "time-budget", message: error.message }]), abandoned: true } };
  }
  const mode = options.mainContent ?? "auto";
  const wantSecond =
    (mode === "readability" || (mode === "auto" && !own.located.confident && !droppedScoredFooter(own.removals))) && secondOpinionSafe(html, own) && !overBudget(budget, warnings, "readability");
  return { budget, own, warnings, wantSecond };
}

function complete({ own, warnings, budget }: Pending, options: HtmlOptions, readabilityText: string | undefined): HtmlDoc {
  const mode = options.mainContent ?? "auto";
  let chosen = own.blocks;
  let extractor = mode === "none" ? "body" : `own:${own.located.how}`;
  const second = readabilityText === undefined ? undefined : fromReadability(readabilityText, own.removals, options.markup);
  if (second && mode === "auto" && own.blocks.length === 0 && own.namedChrome && onlyNamedChrome(second, own.namedChrome.keys())) {
    warnings.push({ ...CHROME_ONLY_WARNING });
    extractor = "own:chrome-only";
  } else if (second && (mode === "readability" || preferSecond(own, second))) {
    chosen = second;
    extractor = "readability";
  } else if (own.pageType && handlingOf(own.pageType) === "collection") {
    // A category page's copy outside its grid is its own (category-copy.ts).
    try {
      chosen = withCategoryCopy(own.blocks, own.located.node, own.removed, budget, options.markup);
    } catch (error) {
      if (!(error instanceof OverBudget)) throw error;
      return { ...empty(options, [...warnings, { code: "time-budget", message: error.message }]), abandoned: true };
    }
  }
  return finish(chosen, own, extractor, options, warnings);
}

function secondOpinionSafe(html: string, own: Own): boolean {
  return html.length <= SECOND_OPINION_MAX_CHARS && !treeExceeds(own.root, { depth: SECOND_OPINION_MAX_DEPTH, elements: SECOND_OPINION_MAX_ELEMENTS });
}

function refuse(html: string, options: HtmlOptions): HtmlDoc | undefined {
  const kind = binaryKind(html.replace(/^\ufeff/u, ""));
  if (kind === undefined && !html.slice(0, 4096).includes("\u0000")) return undefined;
  const message = kind ? `input is a ${kind}, not HTML` : "input has NUL bytes: binary data, not HTML";
  return empty(options, [{ code: "binary-input", message }]);
}

/** Throws OverBudget when the budget runs out in any stage. Exported for study scripts that weigh
 *  the chosen container against the rest of the pruned page (scripts/container-oracle.ts). */
export function ownExtract(html: string, options: HtmlOptions, budget: Deadline, warnings: HtmlWarning[]): Own {
  const root = parseHtml(html, budget);
  const meta = metaFromHtml(root);
  if (budget.over()) throw budget.stop("reading metadata");
  const body = (findAll(root, (el) => el.name === "body")[0] ?? root) as DomElement;
  const mode = options.mainContent ?? "auto";
  if (mode === "none") {
    const removals: DomRemoval[] = [];
    const removed = new Set(findAll(root, (el) => el.name === "head" || el.name === "script" || el.name === "style" || el.name === "noscript" || el.name === "template"));
    const blocks = blocksOf(body, removed, removals, budget, options.markup);
    return { root, meta, removed, removals, located: { node: body, how: "none", confident: true, chars: 0, pageChars: 0 }, blocks };
  }
  const streamed = mayStreamParts(html) ? placeStreamedParts(root, budget) : [];
  const whole = textStats(root, undefined, budget);
  const pageType = pageTypeOf(root, whole.text, whole.links);
  const pruned = prune(root, whole, budget, pageType.type);
  const { removed, removals, revealedHidden } = pruned;
  removals.unshift(...streamed);
  if (revealedHidden) warnings.push({ code: "hidden-page", message: "most of the page's text is hidden (a script shows it on load): the hidden text was kept" });
  let stats = textStats(root, (el) => removed.has(el), budget);
  const footers = loneFooters(pruned.bigFooters, stats, body);
  if (footers) return footerOnly(footers, { root, meta, removed, removals, stats, body, pageType: typeOfWholePage(pageType, root, meta) }, warnings);
  // A paragraph's commas include those of pruned parts inside it (an inline share link): they
  // tell how the paragraph was written, which pruning does not change.
  let located = locate(root, { ...stats, commas: whole.commas }, removed, body, budget, pageType.type);
  const footer = scoredFooter(located, pruned.bigFooters);
  if (footer) {
    removed.add(footer);
    removals.push(scoredFooterRemoval(footer, stats));
    stats = textStats(root, (el) => removed.has(el), budget);
    located = locate(root, { ...stats, commas: whole.commas }, removed, body, budget, pageType.type);
  }
  const run = itemRunOf(root, whole, removed, budget);
  // A category's description right before its entries is part of the listing (intro-entries.ts).
  const introduced = run && introWithEntries(run, located, stats);
  if (run && (introduced || isListing(run, located, stats, body))) {
    const listing = listingContent(run, pruned, stats, whole, body);
    const node = introduced && isInside(listing.node, introduced) ? introduced : listing.node;
    const blocks = blocksOf(node, listing.removed, listing.removals, budget, options.markup, true);
    const listed: Located = { ...located, node, how: introduced ? "items+intro" : "items", confident: true, chars: run.chars };
    return { root, meta, removed: listing.removed, removals: listing.removals, located: listed, blocks, pageType: withListedPageType(listingType(pageType, run), new WholePage(root, meta)) };
  }
  giveBackNamedRuns(located.node, pruned, whole, budget);
  if (run && isPricedGridBeside(run, located)) {
    const grid = listingContent(run, pruned, stats, whole, body);
    if (apart(grid.node, located.node)) {
      const copy = blocksOf(located.node, grid.removed, grid.removals, budget, options.markup);
      const cards = blocksOf(grid.node, grid.removed, grid.removals, budget, options.markup, true);
      const blocks = precedes(grid.node, located.node) ? [...cards, ...copy] : [...copy, ...cards];
      const both: Located = { ...located, how: `items+${located.how}`, chars: located.chars + run.chars };
      return { root, meta, removed: grid.removed, removals: grid.removals, located: both, blocks, pageType: withListedPageType(listingType(pageType, run), new WholePage(root, meta)) };
    }
  }
  // A category page read as a product page: its grid is no strip of other products to drop.
  const typed = withGridType(pageType, run, stats, body);
  if (typed.type === "product") dropCarousels(located.node, whole, stats, removed, removals, budget);
  // A scored block that is one band of a page built from many: the content is the pruned page.
  const spread = spreadOver(located, body, whole.commas);
  let weighedWords = spread ? wordsIn(blocksOf(located.node, removed, [], budget, options.markup)) : undefined;
  if (spread) located = spread;
  const mobile = mobileOnlyInside(located.node, stats, removed, budget);
  // Readability reads a phone's copy as text like any other: it is weighed against the container
  // as the page prints it, so leaving out that copy does not hand a small page to Readability.
  if (mobile.length > 0) weighedWords ??= wordsIn(blocksOf(located.node, removed, [], budget, options.markup));
  leaveOutMobileOnly(mobile, stats, removed, removals);
  dropMenusInside(located.node, stats, removed, removals, budget);
  let blocks = withoutTailAfterBody(blocksOf(located.node, removed, removals, budget, options.markup), located.node, removals);
  blocks = withoutTailAfterCopy(blocks, located.node, root, typed.type, removals);
  if (typed.type === "product") blocks = withDeclaredDescription(blocks, root, meta, body, located.node, whole, removed, removals, budget, options.markup);
  return { root, meta, removed, removals, located, blocks, pageType: typeOfWholePage(typed, root, meta), namedChrome: pruned.byName, ...(weighedWords === undefined ? {} : { weighedWords }) };
}

/** The types a page shows as a whole, read on a page taken for an article (or, the last, for a
 *  listing from its structure) once its content is chosen, so they never change that choice; in
 *  order, each on the type the ones before it left: a thread's or a section's address, a front
 *  page's headlines, a service's address or selling buttons, documentation's code, edit links or
 *  address, a paged list of entries, a product's address, a shop's controls, what a listing's page
 *  says it is. */
const WHOLE_PAGE_TYPES = [FORUM_ADDRESS.step, SECTION_ADDRESS.step, withHomeListingType, withServiceType, withDocsType, withPagedEntriesType, PRODUCT_ADDRESS.step, withShopType, withListedPageType];

function typeOfWholePage(found: PageTypeFound, root: DomNode, meta: HtmlMeta): PageTypeFound {
  const page = new WholePage(root, meta);
  return WHOLE_PAGE_TYPES.reduce((type, step) => step(type, page), found);
}

/** A page whose only text is its site footer: nothing is kept, and the footer's removal says why. */
function footerOnly(footers: DomElement[], own: Omit<Own, "located" | "blocks"> & { stats: TextStats; body: DomElement }, warnings: HtmlWarning[]): Own {
  for (const f of footers) {
    own.removed.add(f);
    own.removals.push(footerRemoval(f, own.stats));
  }
  warnings.push({ code: "footer-only", message: "the page's only text is its site footer (its content is left to a script): nothing was kept" });
  const { root, meta, removed, removals, body, pageType } = own;
  return { root, meta, removed, removals, located: { node: body, how: "footer-only", confident: true, chars: 0, pageChars: 0 }, blocks: [], pageType };
}

function fromReadability(content: string | undefined, removals: DomRemoval[], markup = false): TextBlock[] | undefined {
  if (!content) return undefined;
  const root = parseHtml(content);
  const blocks = blocksOf(root, new Set(), removals, undefined, markup);
  return blocks.length > 0 ? blocks : undefined;
}

/** Words of running text: a list of links kept whole is no evidence of having found the prose. */
const wordsIn = (blocks: readonly TextBlock[]): number => blocks.reduce((n, b) => (b.linkDense ? n : n + b.lines.reduce((m, l) => m + l.split(/\s+/u).length, 0)), 0);

/** Readability wins where the own extractor found clearly less running text (second-opinion.ts). */
function preferSecond(own: Own, second: readonly TextBlock[]): boolean {
  return secondOpinionWins(own.located.how, own.weighedWords ?? wordsIn(own.blocks), wordsIn(second));
}

function finish(blocks: TextBlock[], own: Own, extractor: string, options: HtmlOptions, warnings: HtmlWarning[]): HtmlDoc {
  const title = own.meta.title ? textKey(own.meta.title.value) : undefined;
  const seen = new Set<string>();
  let previous: string | undefined;
  const pageType = own.pageType && handlingOf(own.pageType);
  const texts = blocks.map((b) => b.lines.join(" "));
  const keys = texts.map(textKey);
  const printed = new Map<string, number>();
  for (const k of keys) printed.set(k, (printed.get(k) ?? 0) + 1);
  const labels = entryLabels(blocks, texts, pageType);
  const reasons = blocks.map((b, i) => {
    const k = keys[i]!;
    const reason = leftOutBecause({ tag: b.tag, lines: b.lines, text: texts[i]!, key: k, index: i, previous, title, seen, printed: printed.get(k)!, pageType, entryLabel: labels.has(i) });
    seen.add(k);
    if (reason === undefined) previous = b.lines[b.lines.length - 1];
    return reason;
  });
  // A page whose only text is its title keeps it: an empty text would say the page has none.
  const alone = aloneTitleHeading(reasons);
  if (alone >= 0) reasons[alone] = undefined;
  if (fillerIsThePage(reasons, texts)) reasons.forEach((reason, i) => reason === PLACEHOLDER_REASON && (reasons[i] = undefined));
  const kept = blocks.filter((b, i) => {
    const reason = reasons[i];
    if (reason) own.removals.push({ reason, path: b.tag, excerpt: texts[i]!.slice(0, 80), chars: texts[i]!.length });
    return reason === undefined;
  });
  options.study?.({ blocks, leftOut: reasons, container: own.located.node, extractor });
  if (kept.length === 0) warnings.push({ code: "empty-html", message: "no text found in the page" });
  const out: HtmlDoc = { doc: docFromBlocks(kept, options), meta: own.meta, domRemovals: own.removals, warnings, extractor };
  if (own.pageType) out.pageType = own.pageType;
  return out;
}

function overBudget(budget: Deadline, warnings: HtmlWarning[], stage: string): boolean {
  if (!budget.over()) return false;
  warnings.push({ code: "time-budget", message: `HTML extraction stopped before ${stage}: ${Math.round(budget.spentMs())} ms spent, budget ${budget.budgetMs} ms` });
  return true;
}

function empty(options: HtmlOptions, warnings: HtmlWarning[]): HtmlDoc {
  return { doc: docFromBlocks([], options), meta: {}, domRemovals: [], warnings, extractor: "none" };
}
