// Refuses a cleaning that would strip most of a document that has no article in it: when the
// page holds a credible article region (a run of prose, see src/region/), removing most of the
// page is the point (a short story in a long dump of menus); when it holds none, the rules
// stripping most of it is more often a misfire than a page of nothing, so nothing is removed and
// the would-be removals are returned for inspection.
import type { Warning } from "../types.js";

export interface GuardOptions {
  /** Largest share of the input's non-space characters the rules may remove (0..1) from a page without an article region. */
  maxRemovedShare: number;
}

export interface RegionFinding {
  credible: boolean;
  /** Words of prose in the best region found. */
  proseWords: number;
}

export function guard(inputText: string, keptText: string, options: GuardOptions, region: () => RegionFinding): Warning | undefined {
  const before = nonSpace(inputText);
  if (before === 0) return undefined;
  const share = 1 - nonSpace(keptText) / before;
  if (share <= options.maxRemovedShare) return undefined;
  const found = region();
  if (found.credible) return undefined;
  return {
    code: "guard-too-much-removed",
    message: `rules would remove ${Math.round(share * 100)}% of the text (limit ${Math.round(options.maxRemovedShare * 100)}%) and it has no article region (${found.proseWords} words of running prose); nothing was removed (see wouldRemove)`,
  };
}

export function nonSpace(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 32) n++;
  return n;
}
