// `startsWith`: the unit begins (after bullets and white space) with one of the phrases, as whole words.
import { stringList } from "./check.js";
import type { MatcherFactory } from "./matcher.js";
import { escapeRegExp } from "./escape.js";

export const startsWith: MatcherFactory = (value, path) => {
  const body = stringList(value, path)
    .sort((a, b) => b.length - a.length)
    .map((p) => escapeRegExp(p.trim()).replace(/\s+/gu, "\\s+"));
  const re = new RegExp(`^[\\s\\p{P}\\p{S}]*(?:${body.join("|")})(?![\\p{L}\\p{N}_])`, "iu");
  return (subject) => {
    const m = re.exec(subject.text);
    return m === null ? null : { span: [0, m[0].length], evidence: { matched: m[0].trim() } };
  };
};
