// The HTML rules asked of a page of each type the front end detects. A rule may be off on some
// page types (`offOnPageTypes`): what it reads as the end of one article (a "Latest news" box, a
// comment thread) is on those pages the content itself.
import type { PageType } from "../types.js";
import type { Rule } from "./rule.js";

export type RulesForPageType = (type: PageType | undefined) => readonly Rule[];

/** The catalog's subset per page type, filtered once per type and reused for every page. */
export function rulesForPageType(rules: readonly Rule[]): RulesForPageType {
  if (!rules.some((r) => r.offOnPageTypes.length > 0)) return () => rules;
  const byType = new Map<PageType, readonly Rule[]>();
  return (type) => {
    if (type === undefined) return rules;
    let subset = byType.get(type);
    if (subset === undefined) {
      subset = rules.filter((r) => !r.offOnPageTypes.includes(type));
      byType.set(type, subset);
    }
    return subset;
  };
}
