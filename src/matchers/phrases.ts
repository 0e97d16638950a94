// `phrases`: any of the listed phrases occurs in the unit as whole words, case-insensitively.
import { stringList } from "./check.js";
import type { MatcherFactory } from "./matcher.js";
import { escapeRegExp } from "./escape.js";
import { LETTER, charClass } from "../lexicon/char-class.js";
import { longestRun, someRunCheck, defineMatcher, type Need } from "./meta.js";

export const phrases: MatcherFactory = (value, path) => {
  const list = stringList(value, path);
  // One alternation, longest first, so the reported phrase is the most specific one.
  const body = [...list].sort((a, b) => b.length - a.length).map((p) => escapeRegExp(p.trim()).replace(/\s+/gu, "\\s+"));
  // Built on first use: every phrase is escaped, so the pattern cannot fail to compile, and most
  // units are turned away by the word check below before they need it (a case-insensitive
  // Unicode alternation of many phrases is costly to construct, a cost every cold start would pay).
  let re: RegExp | undefined;
  const pattern = (): RegExp => (re ??= new RegExp(`(?<![\\p{L}\\p{N}_])(?:${body.join("|")})(?![\\p{L}\\p{N}_])`, "iu"));
  // A match is bounded by non-letters (the look-arounds), so each whole letter run of the phrase
  // is a whole letter run of the text: the check asks for the longest, the rarest in practice.
  const runs = list.map((p) => longestRun(p.trim(), isLetter));
  const need: Need = runs.every((r) => r !== undefined) ? { kind: "someRun", runs: runs as string[] } : { kind: "none" };
  const may = need.kind === "someRun" ? someRunCheck(need.runs) : undefined;
  return defineMatcher({ context: false, needs: need, test: (subject) => {
    if (may !== undefined && !may(subject)) return null;
    const m = pattern().exec(subject.text);
    return m === null ? null : { span: [m.index, m.index + m[0].length], evidence: { matched: m[0] } };
  } });
};

const isLetter = (code: number): boolean => charClass(code) === LETTER;
