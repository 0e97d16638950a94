// `tokens`: the share of white-space separated tokens that have one of the named shapes
// (see lexicon/token-classes.ts), e.g. weather widgets: weekday, time, number, degree, weather.
import { TOKEN_CLASSES, classifyToken, type TokenClass } from "../lexicon/token-classes.js";
import { bounds, within, type Bounds } from "./check.js";
import { SpecError, type MatcherFactory } from "./matcher.js";

export const tokens: MatcherFactory = (value, path) => {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new SpecError(path, "expected {of: [classes], share: {min, max}, count: {min, max}}");
  }
  const spec = value as Record<string, unknown>;
  let of: ReadonlySet<TokenClass> | undefined;
  let share: Bounds = { min: -Infinity, max: Infinity };
  let count: Bounds = { min: 1, max: Infinity };
  for (const [key, v] of Object.entries(spec)) {
    if (key === "of") {
      if (!Array.isArray(v) || v.length === 0) throw new SpecError(`${path}.of`, "expected a list of token classes");
      for (const [i, c] of v.entries()) {
        if (!(TOKEN_CLASSES as readonly unknown[]).includes(c)) {
          throw new SpecError(`${path}.of[${i}]`, `unknown token class (expected one of ${TOKEN_CLASSES.join(", ")})`);
        }
      }
      of = new Set(v as TokenClass[]);
    } else if (key === "share") share = bounds(v, `${path}.share`);
    else if (key === "count") count = bounds(v, `${path}.count`);
    else throw new SpecError(`${path}.${key}`, 'unknown key (expected "of", "share" or "count")');
  }
  if (of === undefined) throw new SpecError(`${path}.of`, "missing: the token classes to count");
  const wanted = of;
  return (s) => {
    const toks = s.text.split(/\s+/u).filter((t) => t !== "");
    if (!within(toks.length, count)) return null;
    let hits = 0;
    for (const t of toks) if (wanted.has(classifyToken(t))) hits++;
    const ratio = Math.round((hits / toks.length) * 100) / 100;
    return within(ratio, share) ? { evidence: { tokens: toks.length, share: ratio } } : null;
  };
};
