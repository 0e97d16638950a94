// Shapes the HTML front end hands to the cleaner.
import type { Doc } from "../../types.js";
import type { TextBlock } from "./blocks.js";
import type { DomNode } from "./dom.js";
import type { PageTypeFound } from "./page-type.js";

export interface HtmlOptions {
  /** DOM for the Readability second opinion (default linkedom; jsdom only via htmlToDocAsync). */
  dom?: "linkedom" | "jsdom";
  /** auto: own extractor, Readability where it is unsure; none: the whole page body. */
  mainContent?: "auto" | "readability" | "own" | "none";
  /** Checked inside every stage; a page over budget is abandoned (`abandoned`, a time-budget
   *  warning), except that Readability is skipped when only the own extractor fitted. */
  timeBudgetMs?: number;
  /** When the budget started (a clock.ts nowMs() reading; default: when the extraction starts).
   *  The cleaner gives its own start: one budget for the page's decoding, extraction and rules. */
  startedMs?: number;
  url?: string;
  id?: string;
  /** Also give each block its tag and inline HTML (Block.markup), for markdown and HTML output. */
  markup?: boolean;
  /** For study tools (scripts/block-model.ts): handed the chosen blocks, why each was left out
   *  (undefined: kept), the chosen container and the extractor, once per page. */
  study?: (chosen: ChosenBlocks) => void;
}

export interface ChosenBlocks {
  blocks: readonly TextBlock[];
  leftOut: ReadonlyArray<string | undefined>;
  container: DomNode;
  extractor: string;
}

export type { HtmlMeta, MetaValue } from "../../metadata/html-meta.js";
import type { HtmlMeta } from "../../metadata/html-meta.js";

export type { DomRemoval } from "../../types.js";
import type { DomRemoval } from "../../types.js";

export interface HtmlWarning {
  code: string;
  message: string;
}

export interface HtmlDoc {
  doc: Doc;
  meta: HtmlMeta;
  domRemovals: DomRemoval[];
  warnings: HtmlWarning[];
  /** Which extractor produced `doc`: "own", "readability", "body" (mainContent none or fallback). */
  extractor: string;
  /** The page type found, and where it was read (absent when extraction was skipped). */
  pageType?: PageTypeFound;
  /** Extraction was stopped before it found the text (time budget): the page must be refused,
   *  not taken as empty. */
  abandoned?: true;
}
