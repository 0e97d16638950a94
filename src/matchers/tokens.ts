// `tokens`: the share of white-space separated tokens that have one of the named shapes
// (see lexicon/token-classes.ts), e.g. weather widgets: weekday, time, number, degree, weather.
import { TOKEN_CLASSES, WEATHER_TERMS, type TokenClass } from "../lexicon/token-classes.js";
import { bounds, within, type Bounds } from "./check.js";
import { SpecError, type MatcherFactory } from "./matcher.js";
import { defineMatcher, type Need } from "../plan/need.js";

// What a text holding a token of the class must hold (see lexicon/token-classes.ts): a degree
// token has "°" or is the letter c or f; a weather token is, punctuation aside, one of the
// weather words, so that word is a whole letter run. Classes not listed give no condition.
const CLASS_NEEDS: Partial<Record<TokenClass, Need>> = {
  degree: { kind: "any", parts: [{ kind: "marks", marks: ["°"] }, { kind: "someRun", runs: ["c", "f"] }] },
  weather: { kind: "someRun", runs: [...WEATHER_TERMS] },
};

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
  // A positive share needs one wanted token at least.
  const parts = [...wanted].map((c) => CLASS_NEEDS[c]);
  const need: Need = share.min > 0 && parts.every((p) => p !== undefined) ? { kind: "any", parts: parts as Need[] } : { kind: "none" };
  return defineMatcher({ context: false, needs: need, test: (s) => {
    const n = s.tokenCount();
    if (!within(n, count)) return null;
    // Stop as soon as the share can no longer reach the minimum: long prose blocks fail fast.
    const mostMisses = n - Math.ceil(share.min * n - 1e-9);
    let hits = 0;
    for (let i = 0; i < n; i++) {
      if (wanted.has(s.tokenAt(i))) hits++;
      else if (i + 1 - hits > mostMisses) return null;
    }
    const ratio = Math.round((hits / n) * 100) / 100;
    return within(ratio, share) ? { evidence: { tokens: n, share: ratio } } : null;
  } });
};
