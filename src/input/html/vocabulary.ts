// The words the HTML front end reads pages by, compiled from the data files of the package's
// vocabulary/ folder (dom.yaml, page-types.yaml, metadata.yaml): which tags and roles are chrome,
// which class/id words name boilerplate or the article, the signals of each page type, the meta
// keys and byline words of metadata. Read once, when the HTML front end is first loaded; a file
// that does not read as expected stops the load with the file and entry named.
import { createRequire } from "node:module";
import { readVocabularyFile } from "./vocabulary-files.js";
import type { PageType } from "../../types.js";

/** A class/id pattern with the words it is for and those it must leave alone (its examples, run
 *  as tests). */
export interface Pattern {
  re: RegExp;
  matches: string[];
  not: string[];
}

type Entry = Record<string, unknown>;
type File = Record<string, Entry>;

const parse = (createRequire(import.meta.url)("yaml") as { parse: (src: string) => unknown }).parse;

function read(name: string): File {
  const data = parse(readVocabularyFile(name));
  if (!data || typeof data !== "object") throw new Error(`deboil: vocabulary/${name} is not a mapping`);
  return data as File;
}

function entry(file: File, name: string, key: string): Entry {
  const e = file[key];
  if (!e || typeof e !== "object") throw new Error(`deboil: vocabulary/${name} has no entry "${key}"`);
  return e;
}

function strings(e: Entry, field: string, where: string): string[] {
  const v = e[field];
  if (!Array.isArray(v) || !v.every((s) => typeof s === "string")) throw new Error(`deboil: vocabulary ${where}: "${field}" must be a list of strings`);
  return v as string[];
}

function number(e: Entry, where: string): number {
  if (typeof e.value !== "number") throw new Error(`deboil: vocabulary ${where}: "value" must be a number`);
  return e.value;
}

/** Several named numbers of one entry (a test's thresholds read together). */
function numbers<K extends string>(e: Entry, fields: readonly K[], where: string): Record<K, number> {
  const out = {} as Record<K, number>;
  for (const f of fields) {
    const v = e[f];
    if (typeof v !== "number") throw new Error(`deboil: vocabulary ${where}: "${f}" must be a number`);
    out[f] = v;
  }
  return out;
}

/** `words` between `before` and `after`, or one `pattern`. */
function pattern(e: Entry, where: string, flags = "u"): Pattern {
  const source =
    typeof e.pattern === "string" ? e.pattern : `${typeof e.before === "string" ? e.before : ""}(?:${strings(e, "words", where).join("|")})${typeof e.after === "string" ? e.after : ""}`;
  const extra = typeof e.flags === "string" ? e.flags : "";
  return { re: new RegExp(source, `${flags}${extra}`), matches: strings(e, "matches", where), not: strings(e, "not", where) };
}

/** A mapping of page type -> list of strings, turned around: string -> page type. */
function byType(e: Entry, where: string): Record<string, PageType> {
  const out: Record<string, PageType> = {};
  const types = e.types as Record<string, unknown> | undefined;
  if (!types || typeof types !== "object") throw new Error(`deboil: vocabulary ${where}: "types" must be a mapping`);
  for (const type of Object.keys(types)) for (const s of strings(types as Entry, type, where)) out[s] = type as PageType;
  return out;
}

/** One vocabulary file, read by key; a bad entry's error names the file and the key. */
function vocabularyFile(name: string) {
  const file = read(name);
  const get = (key: string): Entry => entry(file, name, key);
  const where = (key: string): string => `${name} ${key}`;
  return {
    get,
    strings: (key: string, field: string): string[] => strings(get(key), field, where(key)),
    number: (key: string): number => number(get(key), where(key)),
    numbers: <K extends string>(key: string, fields: readonly K[]): Record<K, number> => numbers(get(key), fields, where(key)),
    pattern: (key: string): Pattern => pattern(get(key), where(key)),
    byType: (key: string): Record<string, PageType> => byType(get(key), where(key)),
  };
}

const dom = vocabularyFile("dom.yaml");
const tagSet = (key: string): Set<string> => new Set(dom.strings(key, "tags"));

export const DOM_VOCABULARY = {
  dropTags: tagSet("drop-tags"),
  silentTags: tagSet("silent-tags"),
  chromeTags: tagSet("chrome-tags"),
  chromeRoles: tagSet("chrome-roles"),
  menuTags: tagSet("menu-tags"),
  menuRoles: tagSet("menu-roles"),
  overlayClass: dom.pattern("overlay-class"),
  consentManagerClass: dom.pattern("consent-manager-class"),
  overlayRoles: tagSet("overlay-roles"),
  maxOverlayShare: dom.number("max-overlay-share"),
  negativeClass: dom.pattern("negative-class"),
  heroClass: dom.pattern("hero-class"),
  heroHeadingTags: tagSet("hero-heading-tags"),
  mediaCaptionTags: tagSet("media-caption-tags"),
  captionClass: dom.pattern("caption-class"),
  authorBoxClass: dom.pattern("author-box-class"),
  authorBoxInlineTags: tagSet("author-box-inline-tags"),
  captionMediaTags: tagSet("caption-media-tags"),
  captionTextTags: tagSet("caption-text-tags"),
  builderClass: dom.pattern("builder-class"),
  builderWidget: dom.pattern("builder-widget"),
  positiveClass: dom.pattern("positive-class"),
  articleBodyClass: dom.pattern("article-body-class"),
  mainClass: dom.pattern("main-class"),
  hidingClass: dom.pattern("hiding-class"),
  mobileOnlyClass: dom.pattern("mobile-only-class"),
  placeholderText: dom.pattern("placeholder-text"),
  postButtons: dom.pattern("post-buttons"),
  posterCardField: dom.pattern("poster-card-field"),
  itemTermClass: dom.pattern("item-term-class"),
  itemPositionClass: dom.pattern("item-position-class"),
  entryClass: dom.pattern("entry-class"),
  screenReaderClass: dom.pattern("screen-reader-class"),
  voiceClass: dom.pattern("voice-class"),
  paragraphTags: tagSet("paragraph-tags"),
  containerTags: tagSet("container-tags"),
  blockTags: tagSet("block-tags"),
  headingTags: tagSet("heading-tags"),
  anchorIdPrefix: dom.pattern("anchor-id-prefix"),
  cellTags: tagSet("cell-tags"),
};

const types = vocabularyFile("page-types.yaml");
const contentWords = types.get("content-words").types as Record<string, unknown>;

export const PAGE_TYPE_VOCABULARY = {
  declaredTypes: types.byType("declared-types"),
  declaredPriority: types.strings("declared-priority", "types") as PageType[],
  listingOrCollection: new Set(types.strings("listing-or-collection", "types")),
  ogTypes: types.byType("og-types"),
  cartControl: types.pattern("cart-control"),
  cartLabel: types.pattern("cart-label"),
  priceClass: types.pattern("price-class"),
  productChromeClass: types.pattern("product-chrome-class"),
  liveRoles: new Set(types.strings("live-roles", "tags")),
  otherProductsHeading: types.pattern("other-products-heading"),
  gridControlLabel: types.pattern("grid-control-label"),
  entryLabelKept: types.pattern("entry-label-kept"),
  maxEntryLabelWords: types.number("max-entry-label-words"),
  minEntryLabels: types.number("min-entry-labels"),
  cardBadge: types.pattern("card-badge"),
  badgeClass: types.pattern("badge-class"),
  financingOffer: types.pattern("financing-offer"),
  buyBoxControl: types.pattern("buy-box-control"),
  forumChromeClass: types.pattern("forum-chrome-class"),
  forumLabel: types.pattern("forum-label"),
  qaPostClass: types.pattern("qa-post-class"),
  qaCommentClass: types.pattern("qa-comment-class"),
  collectionChromeClass: types.pattern("collection-chrome-class"),
  foldedPanelClass: types.pattern("folded-panel-class"),
  docsNav: types.pattern("docs-nav"),
  minCodeBlocks: types.number("min-code-blocks"),
  minInlineCode: types.number("min-inline-code"),
  minCodeBlocksAlone: types.number("min-code-blocks-alone"),
  postClass: types.pattern("post-class"),
  minPosts: types.number("min-posts"),
  minPostsShare: types.number("min-posts-share"),
  cardClass: types.pattern("card-class"),
  postDateClass: types.pattern("post-date-class"),
  postAuthorClass: types.pattern("post-author-class"),
  postAuthorHref: types.pattern("post-author-href"),
  attributedPosts: types.numbers("attributed-posts", ["min-posts", "max-dates", "min-share", "max-link-share", "max-headed", "max-prose-outside"] as const),
  /** Replaced by a space in class/id words before the negative words are tried (hence global). */
  contentWords: Object.fromEntries(
    Object.keys(contentWords).map((type) => [type, new RegExp(strings(contentWords as Entry, type, "page-types.yaml content-words").join("|"), "gu")]),
  ) as Partial<Record<PageType, RegExp>>,
  forumPath: types.pattern("forum-path"),
  serviceCta: types.pattern("service-cta"),
  servicePath: types.pattern("service-path"),
  servicePage: types.numbers("service-page", ["min-ctas", "long-paragraph-words", "max-long-prose-share"] as const),
  docsPath: types.pattern("docs-path"),
  docsHost: types.pattern("docs-host"),
  docsSectionPath: types.pattern("docs-section-path"),
  productPath: types.pattern("product-path"),
  shopChromeClass: types.pattern("shop-chrome-class"),
  listedPage: types.numbers("listed-page", ["min-prices"] as const),
  docsEditLabel: types.pattern("docs-edit-label"),
  docsPage: types.numbers("docs-page", ["min-code-blocks"] as const),
  listingPager: types.pattern("listing-pager"),
  homeListing: types.numbers("home-listing", ["min-headline-links"] as const),
  sectionPath: types.pattern("section-path"),
  pagedEntries: types.numbers("paged-entries", ["min-entries"] as const),
  minCards: types.number("min-cards"),
  minCardsShare: types.number("min-cards-share"),
};

const meta = vocabularyFile("metadata.yaml");
const lists = <K extends string>(key: string, fields: readonly K[]): Record<K, readonly string[]> =>
  Object.fromEntries(fields.map((f) => [f, meta.strings(key, f)])) as unknown as Record<K, readonly string[]>;

/** Meta tag keys (name, property, itemprop or http-equiv) per field, most trusted first. */
export const META_KEYS = lists("meta-keys", ["title", "author", "lastFirst", "published", "modified", "siteName", "description", "lang", "image", "keywords", "handle", "siteHandle"] as const);
/** Visible bylines: class words, author link path segments, labels, other roles, not-names, and
 *  the words that tell a name from other text in a byline's place. */
export const BYLINE = lists("byline", ["classWords", "linkSegments", "labels", "otherRoles", "notNames", "leadIns", "afterName", "sentenceWords", "callsToAction", "nameParticles", "surnameParticles"] as const);
/** Dates shown on the page: class words and labels. */
export const VISIBLE_DATE = lists("visible-date", ["classWords", "labels", "updateWords"] as const);
/** Parts of a page whose names and dates belong to something else: tags and class words. */
export const ELSEWHERE = lists("elsewhere", ["tags", "classWords"] as const);
