// The article-region model: where in a page of lines the article is. Lines are scored on their
// own (line-evidence.ts: prose earns its words, menus and debris cost), the densest span of
// prose is chosen as the article region as a whole, prose just beside it joins it, further runs
// of prose that score a fair share of it are regions too (threads, listings), so are runs of
// cards that no line of prose marks (a shop's category page, see item-runs.ts), and every line
// gets a verdict that names the region decision behind it: outside the region (with what the
// run of lines outside looks like), or inside it as text, title, or debris. A page with no
// credible region (no run of prose and no run of cards) says so instead of cutting around a lone sentence.
// What closes a page is no region's: a shop's reviews (reviews.ts), the footer from its menu of
// the site's pages (footer.ts), the consent and sign-in dialogs printed last (dialogs.ts).
import { defaultClassifierParams, type ClassifierParams } from "../classifier/classify-lines.js";
import { lineFeatures, type LineFeatures } from "../classifier/features.js";
import { describeRun } from "./describe-run.js";
import { findHeadline } from "./headline.js";
import { densestSpan, documentLanguage, extendRegion, markNearProse, repeatedTexts } from "../classifier/page-spans.js";
import { itemRuns, type ItemRun } from "./item-runs.js";
import { isCodeLine, printsCode, textPageType } from "./page-type.js";
import { EvidenceRows, lineEvidence } from "./line-evidence.js";
import { tableRunsOf } from "./table-rows.js";
import { reviewsStart } from "./reviews.js";
import { footerStart } from "./footer.js";
import { dialogsStart } from "./dialogs.js";
import { onFirstUse } from "../first-use.js";

export interface RegionLine {
  text: string;
  /** The line's id, used to name where the region starts and ends. */
  id: string;
  features?: LineFeatures;
}

export interface RegionParams extends ClassifierParams {
  /** Fewest words of prose the region must hold to be an article region at all. */
  credibleMinProseWords: number;
  /** Fewest prose lines the region must hold (one long line is also enough, see above). */
  credibleMinProseLines: number;
  /** A further run of prose outside the main region joins the article when its score is at least
   *  this share of the main region's (listings, threads and long pages have several); 0: never. */
  secondaryRegionShare: number;
  /** Most further regions. */
  maxSecondaryRegions: number;
}

export const defaultRegionParams: RegionParams = {
  ...defaultClassifierParams,
  credibleMinProseWords: 25,
  credibleMinProseLines: 2,
  secondaryRegionShare: 0.1,
  maxSecondaryRegions: 8,
};

/** outside: not in the article region; inside: in the region but not article text; content:
 *  article text; headline: the page's headline, found above the region among the chrome before
 *  it; none: the page has no article region, so the model says nothing about the line. */
export type RegionPart = "outside" | "inside" | "content" | "headline" | "none";

export interface RegionVerdict {
  part: RegionPart;
  /** Why, in words: the region decision for outside lines, the line's kind inside. */
  why: string;
  evidence: Record<string, number | string | boolean>;
}

export interface Region {
  /** Whether a credible article region exists; when not, every line's part is none (nothing is cut by region). */
  credible: boolean;
  /** First and last line of the region (inclusive), -1 when there is none. */
  first: number;
  last: number;
  /** The title: the wordiest heading-like line just above the region, kept with it; -1 if none. */
  title: number;
  /** The headline when it stands apart from the region, among the chrome before it; -1 if none. */
  headline: number;
  proseWords: number;
  verdicts: Verdicts;
  /** The page's runs of cards (item-runs.ts), the article's or not. */
  itemRuns: readonly ItemRun[];
}

export function articleRegion(lines: readonly RegionLine[], params?: Partial<RegionParams>): Region {
  const p: RegionParams = { ...defaultRegionParams, ...params };
  // Callers pass lines of several kinds (the engine's line states, the input's lines): the model
  // reads them once into columns, so its loops see one shape of object and stay optimized. The
  // columns are grown by push, which makes them packed arrays always; `map` returns packed or
  // holey ones by the path it takes, and a second kind of array makes the optimized model bail out.
  const texts: string[] = [];
  const feats: LineFeatures[] = [];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    texts.push(l.text);
    feats.push(l.features ?? lineFeatures(l.text));
  }
  const idOf = (i: number): string => lines[i]!.id;
  const lang = documentLanguage(feats);
  const ev = new EvidenceRows(lines.length);
  for (let i = 0; i < texts.length; i++) lineEvidence(ev, i, texts[i]!, feats[i]!, lang, p);
  joinWrappedProse(texts, feats, ev, lang, p);
  // A shop page's reviews run from their header to the end; below the article's start, a
  // footer's menu opens the footer's furniture, and a consent centre or a sign-in box the
  // dialogs printed last: no region is looked for in any of them.
  const reviews = reviewsStart(texts, feats);
  noRegionFrom(ev, reviews, p);
  let [start, end] = densestSpan(ev.score);
  const footer = end >= start ? footerStart(texts, feats, start + 1) : -1;
  const dialogs = end >= start ? dialogsStart(texts, feats, start + 1) : -1;
  if (footer >= 0 || dialogs >= 0) {
    noRegionFrom(ev, Math.min(footer < 0 ? ev.length : footer, dialogs < 0 ? ev.length : dialogs), p);
    [start, end] = densestSpan(ev.score);
  }
  let [first, last] = extendRegion(ev.prose, start, end, p.extensionGap);
  let proseWords = 0;
  let proseLines = 0;
  for (let i = first; i <= last; i++) {
    if (ev.isProse(i)) {
      proseWords += ev.words[i]!;
      proseLines++;
    }
  }
  // Both tests are made on every page: a test the optimized model has never seen made sends it
  // back to the interpreter, and this large function is then compiled again.
  const enoughLines = proseLines >= p.credibleMinProseLines;
  const oneLongLine = proseWords >= 2 * p.credibleMinProseWords;
  const proseRegion = last >= first && proseWords >= p.credibleMinProseWords && (enoughLines || oneLongLine);
  // Grown by push from one literal, so an empty list and a full one are arrays of one kind.
  const proseRegions: Array<[number, number]> = [];
  if (proseRegion) proseRegions.push([first, last], ...secondaryRegions(ev, first, last, start, end, p));
  proseRegions.sort((a, b) => a[0] - b[0]);
  // A run of items that ends before the first prose, and holds fewer words than the article's
  // prose, is a strip of teasers or offers above the text; more, and the prose is its introduction.
  const featureAt = (i: number): LineFeatures => feats[i]!;
  // What closes the page, in page order: each part lies outside the article to the page's end.
  const tails = ([[reviews, "the reviews"], [footer, "the page's footer"], [dialogs, "the dialogs printed last (consent, sign-in)"]] as Array<[number, string]>)
    .filter(([at]) => at >= 0)
    .sort((a, b) => a[0] - b[0]);
  const cut = tails[0]?.[0] ?? texts.length;
  const proseTop = proseRegion ? proseRegions[0]![0] : -1;
  const pageItems = itemRuns(texts, featureAt);
  const items = pageItems.filter((r) => joinsArticle(r, cut, proseTop, proseWords));
  // Every region, prose and items, in page order. The lists are grown by push from literals here:
  // an empty list made by map or concat is an array of another kind, which sends the model back
  // to the interpreter the first time a page meets it.
  const regions: Array<[number, number]> = [];
  for (const r of proseRegions) regions.push(r);
  for (const r of items) regions.push([r.first, r.last]);
  regions.sort((a, b) => a[0] - b[0]);
  const credible = regions.length > 0;
  if (!proseRegion && credible) [first, last] = regions[0]!;
  // The headline stands above the article's first region of prose, which may be a further one
  // (a run of items often follows the headline and an introduction); else above the first run of items.
  const top = proseRegion ? proseTop : first;
  const bottom = proseRegion ? proseRegions[0]![1] : last;
  const title = credible ? findTitle(feats, top, p) : -1;
  const found = credible ? findHeadline(texts, feats, top, bottom) : -1;
  const headline = found === title ? -1 : found;
  const verdicts = new Verdicts(feats, ev);
  // A listing's cards print the same labels one under another ("Full-time", "Winner", a
  // category): on a page read as a listing (cards outweigh the prose, few print a price, no
  // forum's furniture, no code), their repeats are the listing's text. The reading is asked only
  // of pages whose cards outweigh their prose.
  const listing = items.length > 0 && items.reduce((n, r) => n + r.words, 0) > proseWords && textPageType(texts, featureAt, items).type === "listing";
  if (credible) judge(texts, idOf, feats, ev, regions, items, [first, last], start, end, title, tails, p, verdicts, listing);
  if (headline >= 0) verdicts.set(headline, "headline", "headline above the article region");
  return { credible, first: credible ? first : -1, last: credible ? last : -1, title, headline, proseWords, verdicts, itemRuns: pageItems };
}

/** Whether a run of items is the article's: above what closes the page (`cut`), and not a strip of
 *  teasers above the prose (it reaches the first prose line `proseTop`, -1 when there is no prose,
 *  or holds more words than the prose). Every test is made on every run (see enoughLines). */
function joinsArticle(run: ItemRun, cut: number, proseTop: number, proseWords: number): boolean {
  const above = run.first < cut;
  const reaches = run.last >= proseTop;
  const outweighs = run.words > proseWords;
  return above && (reaches || outweighs);
}

/** Lines from `at` on hold no region: not prose, and a cost in the search like any non-prose line
 *  (none when `at` is -1). */
function noRegionFrom(ev: EvidenceRows, at: number, p: RegionParams): void {
  if (at < 0) return;
  for (let i = at; i < ev.length; i++) {
    ev.prose[i] = 0;
    ev.score[i] = -p.nonProsePenalty;
  }
}

/** Least words and characters of a line that a wrapped sentence runs on from: a wrapped line
 *  fills the width it was wrapped at, a byline or a caption stops short. */
const WRAP_MIN_WORDS = 6;
const WRAP_MIN_CHARS = 45;
const LOWER_START = onFirstUse(() => /^\s*\p{Ll}/u);

/** Whether line `a` ends mid-sentence and `b` carries it on: not a list item, not the same text
 *  again (an image's alt text is often printed twice), in lower case. */
function wrapsOn(a: string, fa: LineFeatures, b: string, fb: LineFeatures): boolean {
  return fa.words >= WRAP_MIN_WORDS && fa.chars >= WRAP_MIN_CHARS && !fa.endsSentence && !fa.bullet && !fb.bullet && LOWER_START().test(b) && a.trim() !== b.trim();
}

/** Prose hard-wrapped at a fixed width (plain-text pages, <pre> blocks): its lines end mid-sentence
 *  and the next one starts in lower case, so no line reads as a sentence on its own. A run of
 *  such lines that reads as prose when joined is prose, line by line. */
function joinWrappedProse(texts: readonly string[], feats: readonly LineFeatures[], ev: EvidenceRows, lang: number, p: RegionParams): void {
  if (lang < 0) return;
  for (let i = 0; i < ev.length; ) {
    let j = i;
    while (j + 1 < ev.length && wrapsOn(texts[j]!, feats[j]!, texts[j + 1]!, feats[j + 1]!)) j++;
    if (j > i) {
      let words = 0;
      let stop = 0;
      for (let k = i; k <= j; k++) [words, stop] = [words + feats[k]!.words, stop + feats[k]!.stopwordHits[lang]!];
      if (words >= p.unpunctuatedProseMinWords && stop >= p.proseMinStopwordDensity * words) {
        for (let k = i; k <= j; k++) {
          if (!ev.isProse(k) && feats[k]!.words >= WRAP_MIN_WORDS) {
            ev.prose[k] = 1;
            ev.debris[k] = 0;
            ev.score[k] = Math.min(ev.words[k]!, p.proseWordCap);
          }
        }
      }
    }
    i = j + 1;
  }
}

/** Further runs of prose beside the main region, each scoring at least `secondaryRegionShare`
 *  of the main region's score and holding enough prose to be credible on its own. */
function secondaryRegions(ev: EvidenceRows, first: number, last: number, start: number, end: number, p: RegionParams): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  if (p.secondaryRegionShare <= 0) return out;
  let mainScore = 0;
  for (let i = start; i <= end; i++) mainScore += ev.score[i]!;
  searchFurther(ev, 0, first - 1, mainScore, p, out);
  searchFurther(ev, last + 1, ev.length - 1, mainScore, p, out);
  return out;
}

/** The densest run of prose in lines from..to joins `out` if it is a further region, and the
 *  lines on either side of it are searched in turn. A module function, not a closure made per
 *  page: the optimized caller would bail out on meeting the next page's closure. */
function searchFurther(ev: EvidenceRows, from: number, to: number, mainScore: number, p: RegionParams, out: Array<[number, number]>): void {
  if (to < from || out.length >= p.maxSecondaryRegions) return;
  const [a, b] = densestSpan(ev.score, from, to);
  if (b < a) return;
  let score = 0;
  let words = 0;
  for (let i = a; i <= b; i++) {
    score += ev.score[i]!;
    if (ev.isProse(i)) words += ev.words[i]!;
  }
  if (score < p.secondaryRegionShare * mainScore || words < p.credibleMinProseWords) return;
  out.push([a, b]);
  searchFurther(ev, from, a - 1, mainScore, p, out);
  searchFurther(ev, b + 1, to, mainScore, p, out);
}

function judge(
  texts: readonly string[],
  idOf: (i: number) => string,
  feats: readonly LineFeatures[],
  ev: EvidenceRows,
  regions: ReadonlyArray<readonly [number, number]>,
  items: readonly ItemRun[],
  main: readonly [number, number],
  start: number,
  end: number,
  title: number,
  /** What closes the page: each part lies outside the article to the page's end. */
  tails: ReadonlyArray<readonly [number, string]>,
  p: RegionParams,
  out: Verdicts,
  listing: boolean,
): void {
  const repeated = repeatedTexts(texts.length, (i) => texts[i]!);
  const tableRows = tableRunsOf(texts);
  // A page that prints code repeats its own short lines (a closing brace, "return (", a
  // parameter table's "Type") and runs them far from any sentence (a long listing): there they
  // are the page's text, not chrome. Asked only when such a line is judged.
  const codePage = new CodePage(texts, feats);
  const near = new Uint8Array(ev.length);
  const inRegion = new Uint8Array(ev.length);
  for (const [a, b] of regions) {
    markNearProse(ev.prose, a, b, p.shortLineReach, near);
    inRegion.fill(1, a, b + 1);
  }
  const span = `${idOf(main[0])}–${idOf(main[1])}${regions.length > 1 ? ` and ${regions.length - 1} more` : ""}`;
  // Lines outside every region, explained run by run.
  for (let i = 0; i < ev.length; ) {
    if (inRegion[i]) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < ev.length && !inRegion[j + 1]) j++;
    const where = i < main[0] ? "before" : j > main[1] ? "after" : "between";
    const run: [number, number] = title >= i && title <= j ? skipOne(i, j, title) : [i, j];
    const why = `${where} the article region${regions.length > 1 ? "s" : ""} (${span}): ${describeRun(feats, ev, run)}`;
    for (let k = i; k <= j; k++) out.set(k, "outside", why);
    i = j + 1;
  }
  const item = new Int32Array(ev.length);
  const anchorOf = new Uint8Array(ev.length);
  for (const run of items) {
    item.fill(run.items, run.first, run.last + 1);
    anchorOf.fill(run.anchor === "price" ? 1 : 0, run.first, run.last + 1);
  }
  for (let i = 0; i < ev.length; i++) {
    if (i === title) out.set(i, "content", "title");
    else if (!inRegion[i]) continue;
    else if (item[i]! > 0 && !ev.isProse(i)) {
      if (feats[i]!.bracketed) out.set(i, "inside", "debris");
      else out.set(i, "content", `item in a run of ${item[i]} ${anchorOf[i] === 1 ? "priced items" : "items"}`);
    }
    else if (ev.isDebris(i) && !ev.isProse(i) && !ev.twice[i] && !feats[i]!.bracketed && !feats[i]!.copyright && tableRows(i) > 0) out.set(i, "content", `table row in a run of ${tableRows(i)}`);
    else if (ev.isDebris(i) && !ev.isProse(i)) out.set(i, "inside", ev.twice[i] ? "debris: one text printed twice, a linked image's alt text and the link's own" : "debris");
    else if (ev.isProse(i)) out.set(i, "content", i >= main[0] && i <= main[1] && (i < start || i > end) ? "prose-near-region" : "prose");
    else if ((repeated[i] || !near[i]) && codePage.holds()) out.set(i, "content", "short line on a page of code");
    else if (repeated[i]) out.set(i, "inside", "repeated");
    else if (!near[i]) out.set(i, "inside", "far-from-prose");
    else out.set(i, "content", "short-near-prose");
  }
  if (!listing) keepFirstCopy(texts, idOf, repeated, out, codePage);
  for (const [at, what] of tails) {
    const why = `after the article region: ${what}, from "${texts[at]!.trim()}" (${idOf(at)}) to the end of the page (${texts.length - at} lines)`;
    for (let i = at; i < texts.length; i++) out.set(i, "outside", why);
  }
}

/** A paragraph printed again further down the page (a carousel of quotes cycled twice, a notice
 *  under every product, a teaser repeating the standfirst) is article text once: the first copy
 *  kept as text stays, the later ones go as repeats. */
function keepFirstCopy(texts: readonly string[], idOf: (i: number) => string, repeated: Uint8Array, out: Verdicts, codePage: CodePage): void {
  const seen = new Map<string, number>();
  for (let i = 0; i < out.length; i++) {
    if (!repeated[i] || out.partAt(i) !== "content") continue;
    // Code repeats its statements; on a page of code, a copy of one is the code's own.
    if (isCodeLine(texts[i]!) && codePage.holds()) continue;
    const key = texts[i]!.trim();
    const first = seen.get(key);
    if (first === undefined) seen.set(key, i);
    else out.set(i, "inside", `repeated: the same text as line ${idOf(first)} above`);
  }
}

/** Whether the page prints code as documentation does (printsCode), read when first asked. An
 *  object's method rather than a closure made per page: the optimized callers would bail out on
 *  meeting the next page's closure. */
class CodePage {
  private printed: boolean | undefined = undefined;

  constructor(
    private readonly texts: readonly string[],
    private readonly feats: readonly LineFeatures[],
  ) {}

  holds(): boolean {
    return (this.printed ??= printsCode(this.texts, (k) => this.feats[k]!));
  }
}

/** The lines [from, to] without `skip`, as the span a description counts (it only needs a count and a shape). */
function skipOne(from: number, to: number, skip: number): [number, number] {
  return skip === to ? [from, to - 1] : [from, to];
}

const PARTS: readonly RegionPart[] = ["outside", "inside", "content", "headline", "none"];
const NO_REGION = "no article region";

/** Every line's verdict as a part and a reason (an index into the page's few distinct reasons);
 *  a line's RegionVerdict is made when asked for. Until set, a line's verdict is the one of a page
 *  with no article region (judge sets every line of a page with one). */
export class Verdicts {
  private readonly parts: Uint8Array;
  private readonly whyAt: Int32Array;
  private readonly whys: string[] = [];
  private readonly whyIndex = new Map<string, number>();
  private lastWhy = 0;

  constructor(
    private readonly feats: readonly LineFeatures[],
    private readonly ev: EvidenceRows,
  ) {
    this.parts = new Uint8Array(ev.length).fill(PARTS.indexOf("none"));
    this.whyAt = new Int32Array(ev.length);
    this.whyIndex.set(NO_REGION, this.whys.push(NO_REGION) - 1);
  }

  get length(): number {
    return this.ev.length;
  }

  set(i: number, part: RegionPart, why: string): void {
    // Runs of lines are set one reason after another: the last one is looked up once.
    let w = why === this.whys[this.lastWhy] ? this.lastWhy : this.whyIndex.get(why);
    if (w === undefined) {
      w = this.whys.push(why) - 1;
      this.whyIndex.set(why, w);
    }
    this.lastWhy = w;
    this.parts[i] = PARTS.indexOf(part);
    this.whyAt[i] = w;
  }

  partAt(i: number): RegionPart {
    return PARTS[this.parts[i]!]!;
  }

  at(i: number): RegionVerdict {
    return new LineVerdict(PARTS[this.parts[i]!]!, this.whys[this.whyAt[i]!]!, this.feats[i]!.words, this.ev, i);
  }
}

/** A line's verdict, its evidence built when first read: most lines are asked about a part they are not in. */
class LineVerdict implements RegionVerdict {
  private built: RegionVerdict["evidence"] | undefined;

  constructor(
    readonly part: RegionPart,
    readonly why: string,
    private readonly words: number,
    private readonly ev: EvidenceRows,
    private readonly at: number,
  ) {}

  get evidence(): RegionVerdict["evidence"] {
    const { ev, at, why } = this;
    return (this.built ??= { words: this.words, stopwordDensity: Math.round(ev.density[at]! * 100) / 100, score: ev.score[at]!, prose: ev.isProse(at), why });
  }
}

/** The title is the wordiest heading-like line just above the body: bylines, dates and
 *  "4 min read" lines sit between them and are heading-like too, but shorter. */
function findTitle(feats: readonly LineFeatures[], first: number, p: RegionParams): number {
  let title = -1;
  for (let i = first - 1; i >= 0 && i >= first - p.titleLookback; i--) {
    if (looksLikeTitle(feats[i]!, p) && (title < 0 || feats[i]!.words > feats[title]!.words)) title = i;
  }
  return title;
}

function looksLikeTitle(f: LineFeatures, p: RegionParams): boolean {
  return f.words >= 2 && f.words <= p.titleMaxWords && !f.bullet && !f.bracketed && f.digitShare < p.digitHeavyShare && f.separators === 0 && f.sentences === 0;
}
