// Refuses a cleaning that would strip most of a document that has no article in it: when the
// page holds a credible article region (a run of prose, see src/region/), removing most of the
// page is the point (a short story in a long dump of menus); when it holds none, the rules
// stripping most of it is more often a misfire than a page of nothing, so nothing is removed and
// the would-be removals are returned for inspection. A page whose removals hold less running
// prose than an article region needs ("[Log In]", "Please enable JavaScript") is chrome, and
// emptying it is the right answer, not a misfire.
import { lineFeatures } from "../classifier/features.js";
import { articleRegion, defaultRegionParams } from "../region/article-region.js";
import type { Warning } from "../types.js";
import { LineState } from "./state.js";

export interface GuardOptions {
  /** Largest share of the input's non-space characters the rules may remove (0..1) from a page without an article region. */
  maxRemovedShare: number;
}

export interface RegionFinding {
  credible: boolean;
  /** Words of prose in the best region found. */
  proseWords: number;
  /** Words of the prose lines the rules would remove. */
  removedProseWords: number;
}

/** Fewest words of running prose the removals must hold for the guard to refuse: an article region's least. */
const MIN_REMOVED_PROSE = defaultRegionParams.credibleMinProseWords;

/** `inputText`: the text the passes cleaned; `keptText`: what they kept of it. */
export function guard(inputText: string, keptText: string, options: GuardOptions, region: () => RegionFinding): Warning | undefined {
  // The kept text prints no more characters than the input, nor the input more than its length:
  // measured against the length, the share removed is never below the real one. Most pages keep
  // far more than the limit asks, which the first part of the kept text shows without the rest
  // of it or the input being read.
  const length = inputText.length;
  const keptAtLeast = nonSpace(keptText, Math.ceil((1 - options.maxRemovedShare) * length));
  if (1 - keptAtLeast / length <= options.maxRemovedShare) return undefined;
  const inputNonSpace = nonSpace(inputText);
  if (inputNonSpace === 0) return undefined;
  const share = 1 - nonSpace(keptText) / inputNonSpace;
  if (share <= options.maxRemovedShare) return undefined;
  const found = region();
  if (found.credible || found.removedProseWords < MIN_REMOVED_PROSE) return undefined;
  return {
    code: "guard-too-much-removed",
    message: `rules would remove ${Math.round(share * 100)}% of the text (limit ${Math.round(options.maxRemovedShare * 100)}%) and it has no article region (${found.proseWords} words of running prose), while ${found.removedProseWords} words of the removals read as running prose; nothing was removed (see wouldRemove)`,
  };
}

/** The article-region model over the input's lines, kept or not, and the prose among the removed ones. */
export function pageRegion(states: readonly LineState[]): RegionFinding {
  const lines: LineState[] = [];
  for (const s of states) lines.push(regionLine(s));
  const region = articleRegion(lines);
  let removedProseWords = 0;
  states.forEach((s, i) => {
    const e = region.verdicts.at(i).evidence;
    if (!s.alive && e["prose"] === true) removedProseWords += e["words"] as number;
  });
  return { credible: region.credible, proseWords: region.proseWords, removedProseWords };
}

/** An input line for the region check: the line as the passes left it while its text is unchanged
 *  (with the features they measured), else the input's line afresh. A line state either way, in a
 *  packed array, as the passes give the model theirs: lines of one kind keep the model's
 *  optimized code from being thrown away and compiled again for a second kind. */
function regionLine(state: LineState): LineState {
  // With its features, as the passes give theirs: the model measures a line only for other callers.
  if (state.text === state.line.text && state.features !== undefined) return state;
  return new LineState(state.line, lineFeatures(state.line.text));
}

/** Characters of `text` above U+0020, counted no further than `enough`. */
export function nonSpace(text: string, enough = Infinity): number {
  let n = 0;
  for (let i = 0; i < text.length && n < enough; i++) if (text.charCodeAt(i) > 32) n++;
  return n;
}
