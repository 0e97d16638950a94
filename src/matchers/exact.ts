// `exact`: the whole unit equals one of the listed texts once both are normalised
// (lower case, white space folded, bullets and punctuation at the ends ignored).
import { normaliseUnit } from "../lexicon/words.js";
import { stringList } from "./check.js";
import type { MatcherFactory } from "./matcher.js";

export const exact: MatcherFactory = (value, path) => {
  const set = new Set(stringList(value, path).map(normaliseUnit));
  const longest = Math.max(...[...set].map((s) => s.length)) + 40;
  return (subject) => {
    if (subject.text.length > longest) return null;
    const norm = subject.normalised();
    return set.has(norm) ? { evidence: { matched: norm } } : null;
  };
};
