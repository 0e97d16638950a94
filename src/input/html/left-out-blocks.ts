// The last look at the blocks of the chosen content, in page order: a block that is a copy, a
// field's value or a control rather than the text is left out, with the reason the removal
// gives. Each test is one shape of its own file; the first that holds names the reason.
import type { PageType } from "../../types.js";
import { isBackToBack } from "./back-to-back.js";
import { isBareAddress } from "./bare-address.js";
import { isFinancingOffer } from "./financing-offer.js";
import { isBuyBoxControl } from "./buy-box-controls.js";
import { textKey } from "./dom.js";
import { isForumLabelBlock } from "./forum-labels.js";
import { isCardBadge, isGridControl } from "./grid-controls.js";
import { isMachineIds } from "./machine-ids.js";
import { isOtherProductsHeading } from "./other-products-heading.js";
import { isPlaceholderText, PLACEHOLDER_REASON } from "./placeholder-text.js";
import { isPostButtons } from "./post-buttons.js";
import { isPosterCardBlock } from "./poster-card.js";
import { isCopy } from "./repeats.js";
import { isTitleHeading, TITLE_HEADING_REASON } from "./title-heading.js";

/** A block as the tests see it, with what the blocks before it left. */
export interface BlockInPage {
  tag: string;
  lines: readonly string[];
  /** The lines joined by spaces. */
  text: string;
  /** textKey(text). */
  key: string;
  /** Its place among the chosen blocks. */
  index: number;
  /** The last line of the block kept before it. */
  previous: string | undefined;
  /** textKey of the page's title, if it has one. */
  title: string | undefined;
  /** The keys of the blocks before it, kept or not. */
  seen: ReadonlySet<string>;
  /** How many of the chosen blocks have its key, itself included. */
  printed: number;
  pageType: PageType | undefined;
  /** One of the short lines a listing's entries print under their headlines (entry-labels.ts). */
  entryLabel: boolean;
}

const TESTS: ReadonlyArray<readonly [reason: string, holds: (b: BlockInPage) => boolean]> = [
  // The title lives in metadata; a heading that repeats it near the top is not body text
  // (a product's name is: title-heading.ts).
  [TITLE_HEADING_REASON, (b) => isTitleHeading(b.tag, b.key, b.index, b.title, b.pageType)],
  ["repeated block (kept once)", (b) => b.seen.has(b.key) && isCopy(b.tag, b.key, b.pageType)],
  ["printed twice in a row (kept once)", (b) => isBackToBack(b.lines, b.previous, b.pageType, textKey)],
  ["machine ids (a label hidden among them)", (b) => isMachineIds(b.text)],
  [PLACEHOLDER_REASON, (b) => isPlaceholderText(b.tag, b.text)],
  ["web address alone (a field's value, not the product's copy)", (b) => isBareAddress(b.lines, b.pageType)],
  ["heading of other products (not the product)", (b) => isOtherProductsHeading(b.text, b.pageType)],
  ["control of a grid (not the items)", (b) => isGridControl(b.text, b.pageType, b.printed)],
  ["badge of a card (not the item)", (b) => isCardBadge(b.text, b.pageType, b.printed)],
  ["offer of credit (not the items)", (b) => isFinancingOffer(b.text, b.pageType)],
  ["control of the buy box (not the product)", (b) => isBuyBoxControl(b.text, b.pageType)],
  ["label of the forum software (not the posts)", (b) => isForumLabelBlock(b.text, b.lines, b.pageType)],
  ["buttons of a post (not what was written)", (b) => isPostButtons(b.text)],
  ["field of a poster's card (who wrote, not what was written)", (b) => isPosterCardBlock(b.text, b.lines)],
  ["label of an entry: its time, section or kicker (not the entry)", (b) => b.entryLabel],
];

/** Why the block is left out, or undefined when it is kept. */
export function leftOutBecause(block: BlockInPage): string | undefined {
  for (const [reason, holds] of TESTS) if (holds(block)) return reason;
  return undefined;
}
