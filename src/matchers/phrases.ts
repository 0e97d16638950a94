// `phrases`: any of the listed phrases occurs in the unit as whole words, case-insensitively.
import { stringList } from "./check.js";
import type { MatcherFactory } from "./matcher.js";
import { escapeRegExp } from "./escape.js";

export const phrases: MatcherFactory = (value, path) => {
  const list = stringList(value, path);
  // One alternation, longest first, so the reported phrase is the most specific one.
  const body = [...list].sort((a, b) => b.length - a.length).map((p) => escapeRegExp(p.trim()).replace(/\s+/gu, "\\s+"));
  const re = new RegExp(`(?<![\\p{L}\\p{N}_])(?:${body.join("|")})(?![\\p{L}\\p{N}_])`, "iu");
  return (subject) => {
    const m = re.exec(subject.text);
    return m === null ? null : { span: [m.index, m.index + m[0].length], evidence: { matched: m[0] } };
  };
};
