// The vocabulary shared by every room. Types only: no logic lives here.

/** How a rule takes part: `on` removes, `report` only records hits, `off` is skipped. */
export type Mode = "on" | "report" | "off";
/** Where a rule may act, counted in kept blocks at the time of the pass. */
export type Zone = "head" | "body" | "tail" | "anywhere";
export type Unit = "line" | "block";
export type Action = "drop" | "drop-run" | "drop-rest" | "drop-section" | "trim" | "extract" | "keep";
/** 0-based, end-exclusive offsets into `Doc.text`. */
export type Range = readonly [start: number, end: number];

/** One document: plain text (the main case) or raw HTML; exactly one of text, html and bytes. */
export interface CleanInput {
  text?: string;
  /** HTML as a string, or as bytes of any encoding (decoded as `bytes` is). */
  html?: string | Uint8Array;
  /** HTML bytes of unknown encoding, gzip allowed: BOM, then `<meta charset>`, then sniffing. */
  bytes?: Uint8Array;
  id?: string;
  url?: string;
  /** What whoever read the bytes has to say about them (e.g. decoded-as-latin1); first in the result's warnings. */
  warnings?: Warning[];
}

export interface Line {
  /** "b3.l1": block 3, line 1, both 0-based. */
  id: string;
  block: number;
  index: number;
  text: string;
  range: Range;
}

export interface Block {
  id: string;
  index: number;
  /** Its lines' texts joined by "\n". */
  text: string;
  range: Range;
  lines: Line[];
  /** HTML input with markup asked for: the block's tag and its lines as inline HTML. */
  markup?: BlockMarkup;
}

/** A block as structure: its HTML tag ("p", "h2", "li", "blockquote", "pre", "tr"...), a list
 *  item's list, and each line as inline HTML (em, strong, code, a href, td/th cells). */
export interface BlockMarkup {
  tag: string;
  list?: "ol" | "ul";
  lines: string[];
}

/** One document in the one shape both front ends produce. */
export interface Doc {
  id?: string;
  url?: string;
  format: "text" | "html";
  /** The normalised input; every Range points into it. */
  text: string;
  blocks: Block[];
}

/** Measured facts a matcher found, used in reasons and explanations. camelCase keys. */
export type Evidence = Record<string, string | number | boolean>;

/** What a matcher reports for a unit it accepts. */
export interface Hit {
  /** For `trim`: the span to cut, relative to the unit's text. */
  span?: readonly [number, number];
  captures?: Record<string, string>;
  evidence?: Evidence;
}

export interface Match {
  ruleId: string;
  unitId: string;
  action: Action;
  mode: Mode;
  pass: number;
  reason: string;
  range: Range;
  text: string;
  captures?: Record<string, string>;
  evidence?: Evidence;
}

export interface Removal {
  ruleId: string;
  reason: string;
  action: Action;
  unit: Unit | "span";
  unitId: string;
  /** Exactly `Doc.text.slice(range[0], range[1])`. */
  text: string;
  range: Range;
  pass: number;
  evidence?: Evidence;
  /** Other rules that wanted the same unit gone. */
  alsoMatched?: string[];
}

export type WarningCode =
  | "guard-too-much-removed"
  | "empty-input"
  | "empty-after-clean"
  | "binary-input"
  | "input-too-large"
  | "missing-input"
  | "empty-html"
  | "charset-guessed"
  | "charset-mismatch"
  | "charset-unknown"
  | "time-budget"
  | "rule-error"
  | "rule-time-budget"
  | "passes-exhausted"
  | "decoded-as-latin1";

export interface Warning {
  code: WarningCode;
  message: string;
  ruleId?: string;
}

export interface Metadata {
  title?: string;
  author?: string;
  publishedAt?: string;
  modifiedAt?: string;
  /** Agency or outlet credited for the story ("Reuters", "Anadolu", "Agencies"). */
  source?: string;
  /** Place from a wire dateline ("LONDON"). */
  dateline?: string;
  credits?: string;
  readingTime?: string;
  lang?: string;
  /** HTML only: from the page's own metadata. */
  siteName?: string;
  description?: string;
  canonicalUrl?: string;
  image?: string;
  tags?: string[];
  headings: string[];
  wordCount: number;
}

/** Fields rules may capture as text. */
export type MetadataField = Exclude<keyof Metadata, "headings" | "wordCount" | "tags">;

/** What the HTML front end removed before the text rules ran. */
export interface DomRemoval {
  /** The selector or reason: "tag:nav", "class/id:share", "hidden", "link-dense block", ... */
  reason: string;
  /** Short tag path of the removed node. */
  path: string;
  /** The first characters of its text. */
  excerpt: string;
  chars: number;
}

export interface CleanStats {
  charsIn: number;
  charsOut: number;
  blocksIn: number;
  blocksOut: number;
  linesIn: number;
  linesOut: number;
  passes: number;
  ms: number;
  byRule: Record<string, number>;
}

/** ok: cleaned; empty: nothing to clean; guarded: the guard refused, text is the input;
 *  rejected: not text at all (see warnings), text is empty. */
export type Status = "ok" | "empty" | "guarded" | "rejected";

/** What kind of page an HTML document is; its main content is chosen accordingly (a thread's
 *  posts, a product's title, price, description and specs, a listing's items...). */
export type PageType = "article" | "forum" | "product" | "documentation" | "listing" | "collection" | "service";
/** Where the page type was read: JSON-LD `@type`, microdata `itemtype`, OpenGraph `og:type`, the
 *  page's structure, or (plain text) the shapes of its lines (src/region/page-type.ts). */
export type PageTypeSource = "json-ld" | "microdata" | "og" | "structure" | "text";

export interface CleanResult {
  id?: string;
  status: Status;
  text: string;
  metadata: Metadata;
  /** Where each metadata field came from, e.g. "rule:source-line". */
  metadataFrom: Partial<Record<keyof Metadata, string>>;
  removed: Removal[];
  /** Guarded only: what the rules would have removed (nothing was). */
  wouldRemove?: Removal[];
  /** HTML only: what the DOM stage removed, and which extractor found the article. */
  domRemovals?: DomRemoval[];
  extractor?: string;
  /** HTML input with the `markup` option: the kept text as structured blocks (HTML tag, inline HTML per line),
   *  for markdown and HTML renderings. Lines a rule shortened are given as escaped text. */
  markup?: BlockMarkup[];
  /** The page type found, and where it was read (plain text: "text", a guess from its lines). */
  pageType?: PageType;
  pageTypeFrom?: PageTypeSource;
  /** Hits of rules in `report` mode: nothing was removed for them. */
  reports: Match[];
  warnings: Warning[];
  stats: CleanStats;
}
