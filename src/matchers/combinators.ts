// `all`, `any`, `not`: combine matchers. Evidence and captures of the matching parts are merged;
// the first part that names a span decides the span.
import type { Hit } from "../types.js";
import { SpecError, type MatcherFactory, type Matcher } from "./matcher.js";
import { allInfo, anyInfo, infoOf, defineMatcher } from "../plan/need.js";

function parts(value: unknown, path: string, compile: (s: unknown, p: string) => Matcher): Matcher[] {
  if (!Array.isArray(value) || value.length === 0) throw new SpecError(path, "expected a non-empty list of matchers");
  return value.map((spec, i) => compile(spec, `${path}[${i}]`));
}

export function mergeHits(into: Hit, hit: Hit): Hit {
  // Most parts report only evidence: skip the allocation when one side is empty.
  if (into.span === undefined && into.captures === undefined && into.evidence === undefined) return hit;
  if (hit.span === undefined && hit.captures === undefined && hit.evidence === undefined) return into;
  return {
    span: into.span ?? hit.span,
    captures: into.captures || hit.captures ? { ...hit.captures, ...into.captures } : undefined,
    evidence: into.evidence || hit.evidence ? { ...hit.evidence, ...into.evidence } : undefined,
  };
}

export const all: MatcherFactory = (value, path, _node, compile) => allOf(parts(value, path, compile));

/** Every matcher must hold; their hits merge. */
export function allOf(ms: readonly Matcher[]): Matcher {
  if (ms.length === 1) return ms[0]!;
  const info = allInfo(ms);
  return defineMatcher({ context: info.context, needs: info.need, checks: info.checks, test: (s) => {
    let acc: Hit | undefined;
    for (const m of ms) {
      const hit = m(s);
      if (hit === null) return null;
      acc = acc === undefined ? hit : mergeHits(acc, hit);
    }
    return acc!;
  } });
}

export const any: MatcherFactory = (value, path, _node, compile) => {
  const ms = parts(value, path, compile);
  const info = anyInfo(ms);
  return defineMatcher({ context: info.context, needs: info.need, checks: info.checks, test: (s) => {
    for (const m of ms) {
      const hit = m(s);
      if (hit !== null) return hit;
    }
    return null;
  } });
};

export const not: MatcherFactory = (value, path, _node, compile) => {
  const m = compile(value, path);
  return defineMatcher({ context: infoOf(m).context, checks: infoOf(m).checks, test: (s) => (m(s) === null ? {} : null) });
};
