// `region`: where the unit stands against the article region (see src/region/):
// `region: outside` (not in the article region), `inside` (in it, but debris, repeats or far
// from prose) or `content`; e.g. `region: {part: outside, extensionGap: 2}` to override the
// model's numeric parameters. `headline` matches the page's headline when it stands apart above
// the region; `none` matches every unit of a page with no article region. The hit's evidence carries `why`, the region decision in words.
import { SpecError, type MatcherFactory } from "./matcher.js";
import { defineMatcher, type RegionAsk } from "../plan/need.js";

const PARTS = new Set(["outside", "inside", "content", "headline", "none"]);

export const region: MatcherFactory = (value, path) => {
  const spec = typeof value === "string" ? { part: value } : value;
  if (typeof spec !== "object" || spec === null || Array.isArray(spec)) {
    throw new SpecError(path, "expected a part (outside | inside | content | headline | none) or {part, ...parameters}");
  }
  const { part, ...rest } = spec as Record<string, unknown>;
  if (typeof part !== "string" || !PARTS.has(part)) throw new SpecError(`${path}.part`, "expected outside, inside, content, headline or none");
  const params: Record<string, number> = {};
  for (const [k, v] of Object.entries(rest)) {
    if (typeof v !== "number") throw new SpecError(`${path}.${k}`, "expected a number (a region parameter)");
    params[k] = v;
  }
  const ask = { kind: "region", part: part as RegionAsk["part"], params } as const;
  return defineMatcher({
    context: true,
    needs: ask,
    region: ask,
    test: (s) => {
      const verdict = s.region(params);
      // The verdict's evidence already holds `why`; it is shared, not copied, by every rule that asks.
      return verdict.part === part ? { evidence: verdict.evidence } : null;
    },
  });
};
