// `classifier`: the statistical line classifier's label for the unit (see src/classifier/),
// e.g. `classifier: {label: boilerplate}`; other keys override its numeric parameters.
import { SpecError, type MatcherFactory } from "./matcher.js";
import { defineMatcher } from "../plan/need.js";

export const classifier: MatcherFactory = (value, path) => {
  const spec = typeof value === "string" ? { label: value } : value;
  if (typeof spec !== "object" || spec === null || Array.isArray(spec)) {
    throw new SpecError(path, "expected a label (content | boilerplate) or {label, ...parameters}");
  }
  const { label, ...rest } = spec as Record<string, unknown>;
  if (label !== "content" && label !== "boilerplate") throw new SpecError(`${path}.label`, "expected content or boilerplate");
  const params: Record<string, number> = {};
  for (const [k, v] of Object.entries(rest)) {
    if (typeof v !== "number") throw new SpecError(`${path}.${k}`, "expected a number (a classifier parameter)");
    params[k] = v;
  }
  return defineMatcher({ context: true, test: (s) => {
    const verdict = s.classify(params);
    return verdict.label === label ? { evidence: verdict.evidence } : null;
  } });
};
