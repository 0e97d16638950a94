// `startsWith`: the unit begins (after bullets and white space) with one of the phrases, as whole words.
import { stringList } from "./check.js";
import type { MatcherFactory } from "./matcher.js";
import { escapeRegExp } from "./escape.js";
import { leadingRun, defineMatcher, type Need } from "../plan/need.js";

export const startsWith: MatcherFactory = (value, path) => {
  const list = stringList(value, path);
  // Only spaces, punctuation and symbols may come first, so the phrase's leading letters are the text's first letter run.
  const runs = list.map((p) => leadingRun(p.trim()));
  const need: Need = runs.every((r) => r !== undefined) ? { kind: "firstRun", runs: runs as string[] } : { kind: "none" };
  const body = list
    .sort((a, b) => b.length - a.length)
    .map((p) => escapeRegExp(p.trim()).replace(/\s+/gu, "\\s+"));
  const re = new RegExp(`^[\\s\\p{P}\\p{S}]*(?:${body.join("|")})(?![\\p{L}\\p{N}_])`, "iu");
  // The need is the check: the plan already measures it for the rule.
  const may = need.kind === "firstRun" ? need : undefined;
  return defineMatcher({ context: false, needs: need, checks: may === undefined ? [] : [may], test: (subject) => {
    if (may !== undefined && !subject.meets(may)) return null;
    const m = re.exec(subject.text);
    return m === null ? null : { span: [0, m[0].length], evidence: { matched: m[0].trim() } };
  } });
};

