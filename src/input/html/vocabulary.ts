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

const dom = read("dom.yaml");
const d = (key: string): Entry => entry(dom, "dom.yaml", key);
const tagSet = (key: string): Set<string> => new Set(strings(d(key), "tags", `dom.yaml ${key}`));

export const DOM_VOCABULARY = {
  dropTags: tagSet("drop-tags"),
  silentTags: tagSet("silent-tags"),
  chromeTags: tagSet("chrome-tags"),
  chromeRoles: tagSet("chrome-roles"),
  negativeClass: pattern(d("negative-class"), "dom.yaml negative-class"),
  positiveClass: pattern(d("positive-class"), "dom.yaml positive-class"),
  articleBodyClass: pattern(d("article-body-class"), "dom.yaml article-body-class"),
  mainClass: pattern(d("main-class"), "dom.yaml main-class"),
  hidingClass: pattern(d("hiding-class"), "dom.yaml hiding-class"),
  paragraphTags: tagSet("paragraph-tags"),
  containerTags: tagSet("container-tags"),
  blockTags: tagSet("block-tags"),
  headingTags: tagSet("heading-tags"),
  cellTags: tagSet("cell-tags"),
};

const types = read("page-types.yaml");
const t = (key: string): Entry => entry(types, "page-types.yaml", key);
const contentWords = t("content-words").types as Record<string, unknown>;

export const PAGE_TYPE_VOCABULARY = {
  declaredTypes: byType(t("declared-types"), "page-types.yaml declared-types"),
  declaredPriority: strings(t("declared-priority"), "types", "page-types.yaml declared-priority") as PageType[],
  ogTypes: byType(t("og-types"), "page-types.yaml og-types"),
  cartControl: pattern(t("cart-control"), "page-types.yaml cart-control"),
  cartLabel: pattern(t("cart-label"), "page-types.yaml cart-label"),
  priceClass: pattern(t("price-class"), "page-types.yaml price-class"),
  docsNav: pattern(t("docs-nav"), "page-types.yaml docs-nav"),
  minCodeBlocks: number(t("min-code-blocks"), "page-types.yaml min-code-blocks"),
  minInlineCode: number(t("min-inline-code"), "page-types.yaml min-inline-code"),
  minCodeBlocksAlone: number(t("min-code-blocks-alone"), "page-types.yaml min-code-blocks-alone"),
  postClass: pattern(t("post-class"), "page-types.yaml post-class"),
  minPosts: number(t("min-posts"), "page-types.yaml min-posts"),
  minPostsShare: number(t("min-posts-share"), "page-types.yaml min-posts-share"),
  cardClass: pattern(t("card-class"), "page-types.yaml card-class"),
  /** Replaced by a space in class/id words before the negative words are tried (hence global). */
  contentWords: Object.fromEntries(
    Object.keys(contentWords).map((type) => [type, new RegExp(strings(contentWords as Entry, type, "page-types.yaml content-words").join("|"), "gu")]),
  ) as Partial<Record<PageType, RegExp>>,
  minCards: number(t("min-cards"), "page-types.yaml min-cards"),
  minCardsShare: number(t("min-cards-share"), "page-types.yaml min-cards-share"),
};

const meta = read("metadata.yaml");
const m = (key: string): Entry => entry(meta, "metadata.yaml", key);
const lists = <K extends string>(key: string, fields: readonly K[]): Record<K, readonly string[]> =>
  Object.fromEntries(fields.map((f) => [f, strings(m(key), f, `metadata.yaml ${key}`)])) as unknown as Record<K, readonly string[]>;

/** Meta tag keys (name, property, itemprop or http-equiv) per field, most trusted first. */
export const META_KEYS = lists("meta-keys", ["title", "author", "published", "modified", "siteName", "description", "lang", "image", "keywords", "handle", "siteHandle"] as const);
/** Visible bylines: class words, author link path segments, labels, other roles, not-names. */
export const BYLINE = lists("byline", ["classWords", "linkSegments", "labels", "otherRoles", "notNames"] as const);
/** Dates shown on the page: class words and labels. */
export const VISIBLE_DATE = lists("visible-date", ["classWords", "labels"] as const);
/** Parts of a page whose names and dates belong to something else: tags and class words. */
export const ELSEWHERE = lists("elsewhere", ["tags", "classWords"] as const);
