// `exact`: the whole unit equals one of the listed texts once both are normalised
// (lower case, white space folded, bullets and punctuation at the ends ignored).
import { normaliseUnit } from "../lexicon/words.js";
import { stringList } from "./check.js";
import type { MatcherFactory } from "./matcher.js";
import { leadingRun, defineMatcher, type Need } from "../plan/need.js";

export const exact: MatcherFactory = (value, path) => {
  const set = new Set(stringList(value, path).map(normaliseUnit));
  const longest = Math.max(...[...set].map((s) => s.length)) + 40;
  // Bullets, spaces and punctuation are stripped before comparing, so each entry's leading letters are the text's first letter run.
  const runs = [...set].map((e) => leadingRun(e));
  const length: Need = { kind: "length", min: 0, max: longest };
  const need: Need = runs.every((r) => r !== undefined) ? { kind: "all", parts: [length, { kind: "firstRun", runs: runs as string[] }] } : length;
  // The need is the check: the plan already measures it for the rule.
  const may = runs.every((r) => r !== undefined) ? need : undefined;
  return defineMatcher({ context: false, needs: need, checks: may === undefined ? [] : [may], test: (subject) => {
    if (subject.text.length > longest) return null;
    if (may !== undefined && !subject.meets(may)) return null;
    const norm = subject.normalised();
    return set.has(norm) ? { evidence: { matched: norm } } : null;
  } });
};

