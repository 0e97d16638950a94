// `prev` / `next`: the neighbouring kept unit of the same kind matches (a missing neighbour never does).
// Lets a rule say "a short line right after a 'Related' heading" without knowing about zones.
import type { MatcherFactory } from "./matcher.js";
import { infoOf, defineMatcher } from "../plan/need.js";

export const prev: MatcherFactory = (value, path, _node, compile) => {
  const m = compile(value, path);
  return defineMatcher({ context: true, needs: { kind: "prev", need: infoOf(m).need }, checks: infoOf(m).checks, test: (s) => {
    const p = s.prev();
    return p === undefined || m(p) === null ? null : {};
  } });
};

export const next: MatcherFactory = (value, path, _node, compile) => {
  const m = compile(value, path);
  return defineMatcher({ context: true, needs: { kind: "next", need: infoOf(m).need }, checks: infoOf(m).checks, test: (s) => {
    const n = s.next();
    return n === undefined || m(n) === null ? null : {};
  } });
};
