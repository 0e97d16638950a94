// Refuses a cleaning that would strip most of a document: a page whose "article" is gone after
// cleaning is far more often a rule misfiring than a page that was all boilerplate.
import type { Warning } from "../types.js";

export interface GuardOptions {
  /** Largest share of the input's non-space characters the rules may remove (0..1). */
  maxRemovedShare: number;
}

export function guard(inputText: string, keptText: string, options: GuardOptions): Warning | undefined {
  const before = nonSpace(inputText);
  if (before === 0) return undefined;
  const share = 1 - nonSpace(keptText) / before;
  if (share <= options.maxRemovedShare) return undefined;
  return {
    code: "guard-too-much-removed",
    message: `rules would remove ${Math.round(share * 100)}% of the text (limit ${Math.round(options.maxRemovedShare * 100)}%); nothing was removed`,
  };
}

export function nonSpace(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 32) n++;
  return n;
}
