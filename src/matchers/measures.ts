// Size and shape measures: `words`, `chars`, `lines`, `caps`, `terminal`.
import { bounds, within } from "./check.js";
import { SpecError, type MatcherFactory } from "./matcher.js";
import { defineMatcher } from "../plan/need.js";
import { roundedPosition } from "../plan/place.js";
import { lastNonSpace } from "../lexicon/space.js";

export const words: MatcherFactory = (value, path) => {
  const b = bounds(value, path);
  return defineMatcher({ context: false, needs: { kind: "words", min: b.min, max: b.max }, test: (s) => {
    const n = s.words();
    return within(n, b) ? { evidence: { words: n } } : null;
  } });
};

export const chars: MatcherFactory = (value, path) => {
  const b = bounds(value, path);
  // Trimming only shortens: the untrimmed length is at least the minimum.
  return defineMatcher({ context: false, needs: { kind: "length", min: b.min, max: Infinity }, test: (s) => {
    const n = s.text.trim().length;
    return within(n, b) ? { evidence: { chars: n } } : null;
  } });
};

export const lines: MatcherFactory = (value, path) => {
  const b = bounds(value, path);
  return defineMatcher({ context: false, needs: { kind: "lines", min: b.min, max: b.max }, test: (s) => (within(s.lineCount, b) ? { evidence: { lines: s.lineCount } } : null) });
};

/** Share of upper-case letters among all letters (0..1). */
export const caps: MatcherFactory = (value, path) => {
  const b = bounds(value, path);
  return defineMatcher({ context: false, test: (s) => {
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
  } });
};

// The marks of `/[.!?…:;。！？"”»')\]]\s*$/u`, tested on the last unit that is not white space:
// the regex is tried at every position of the line, the scan looks at its end only.
const TERMINAL_MARKS = new Set([...".!?…:;。！？\"”»')]"].map((c) => c.charCodeAt(0)));

/** Whether the text ends like a sentence (a closing mark, then only white space). */
export function endsTerminal(text: string): boolean {
  const last = lastNonSpace(text);
  return last >= 0 && TERMINAL_MARKS.has(text.charCodeAt(last));
}

/** `terminal: true` - the unit ends like a sentence; `false` - it does not. */
export const terminal: MatcherFactory = (value, path) => {
  if (typeof value !== "boolean") throw new SpecError(path, "expected true or false");
  return defineMatcher({ context: false, test: (s) => (endsTerminal(s.text) === value ? { evidence: { terminal: value } } : null) });
};

/** Share of the kept text (in characters) before the unit: `position: {min: 0.5}` = in the second half. */
export const position: MatcherFactory = (value, path) => {
  const b = bounds(value, path);
  // A position is a share, 0..1: an open side of the need is stored as -1 or 2, which JSON keeps
  // (the built-in catalog's plan is written to the rules bundle) and no position reaches.
  const need = { kind: "position", min: Math.max(b.min, -1), max: Math.min(b.max, 2) } as const;
  return defineMatcher({ context: true, needs: need, test: (s) => {
    const at = roundedPosition(s.position());
    return within(at, b) ? { evidence: { position: at } } : null;
  } });
};
