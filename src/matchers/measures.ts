// Size and shape measures: `words`, `chars`, `lines`, `caps`, `terminal`.
import { bounds, within } from "./check.js";
import { SpecError, type MatcherFactory } from "./matcher.js";

export const words: MatcherFactory = (value, path) => {
  const b = bounds(value, path);
  return (s) => {
    const n = s.words();
    return within(n, b) ? { evidence: { words: n } } : null;
  };
};

export const chars: MatcherFactory = (value, path) => {
  const b = bounds(value, path);
  return (s) => {
    const n = s.text.trim().length;
    return within(n, b) ? { evidence: { chars: n } } : null;
  };
};

export const lines: MatcherFactory = (value, path) => {
  const b = bounds(value, path);
  return (s) => (within(s.lineCount, b) ? { evidence: { lines: s.lineCount } } : null);
};

/** Share of upper-case letters among all letters (0..1). */
export const caps: MatcherFactory = (value, path) => {
  const b = bounds(value, path);
  return (s) => {
    let upper = 0;
    let letters = 0;
    for (const ch of s.text) {
      const lower = ch.toLowerCase();
      const isUpper = ch !== lower;
      if (isUpper || ch !== ch.toUpperCase()) {
        letters++;
        if (isUpper) upper++;
      }
    }
    if (letters === 0) return null;
    const share = Math.round((upper / letters) * 100) / 100;
    return within(share, b) ? { evidence: { caps: share } } : null;
  };
};

const TERMINAL = /[.!?…:;。！？"”»')\]]\s*$/u;

/** `terminal: true` - the unit ends like a sentence; `false` - it does not. */
export const terminal: MatcherFactory = (value, path) => {
  if (typeof value !== "boolean") throw new SpecError(path, "expected true or false");
  return (s) => (TERMINAL.test(s.text) === value ? { evidence: { terminal: value } } : null);
};

/** Share of the kept text (in characters) before the unit: `position: {min: 0.5}` = in the second half. */
export const position: MatcherFactory = (value, path) => {
  const b = bounds(value, path);
  return (s) => {
    const at = Math.round(s.position() * 100) / 100;
    return within(at, b) ? { evidence: { position: at } } : null;
  };
};
