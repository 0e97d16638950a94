// `regex`: a JavaScript regular expression (always Unicode mode) tested against the unit's text.
// Named groups become captures; a group named `cut` narrows the span a `trim` removes.
import type { Hit } from "../types.js";
import { stringList } from "./check.js";
import { SpecError, type MatcherFactory } from "./matcher.js";
import { defineMatcher, type Need } from "../plan/need.js";
import { compiledAtBuild, patternReading } from "../plan/pattern-needs.js";
import { endsWithOneOf } from "../plan/regex-needs.js";

const ALLOWED_FLAGS = /^[imsx]*$/u;

export const regex: MatcherFactory = (value, path, node) => {
  const flags = node["flags"] ?? "";
  if (typeof flags !== "string" || !ALLOWED_FLAGS.test(flags) || flags.includes("x")) {
    throw new SpecError(path.replace(/regex$/u, "flags"), 'expected a string of flags from "i", "m", "s"');
  }
  const sources = stringList(value, path);
  // Building a RegExp is where V8 pays for Unicode property classes and case folding (the
  // catalog's 57 patterns: ~45 ms, most of it for rules a small input never reaches). A pattern
  // the build already compiled is therefore built on first use; any other is built now, to
  // report a bad one with its rule.
  const patterns: Array<RegExp | undefined> = sources.map((source, i) => {
    if (compiledAtBuild(source, flags)) return undefined;
    try {
      return new RegExp(source, compileFlags(source, flags));
    } catch (error) {
      const where = Array.isArray(value) ? `${path}[${i}]` : path;
      throw new SpecError(where, `invalid regular expression (${(error as Error).message})`);
    }
  });
  // What each pattern's source says every match holds: how it begins, its required marks and
  // words. A cheap check of that runs before the pattern; when every pattern has one, the
  // engine checks it before the rule runs at all (plan/prefilter.ts). And the literal endings
  // its matches end with, if known: a look at the text's tail spares a pattern anchored at the end.
  const readings = sources.map((source) => patternReading(source, flags));
  const needs = readings.map((r) => r.need);
  const checks = needs.map((n) => (n.kind === "none" ? undefined : n));
  const need: Need = needs.some((n) => n.kind === "none") ? { kind: "none" } : needs.length === 1 ? needs[0]! : { kind: "any", parts: needs };
  return defineMatcher({ context: false, needs: need, checks: checks.filter((c) => c !== undefined), test: (subject) => {
    for (let i = 0; i < patterns.length; i++) {
      const may = checks[i];
      if (may !== undefined && !subject.meets(may)) continue;
      const ends = readings[i]!.endings;
      if (ends !== undefined && !endsWithOneOf(subject.text, ends)) continue;
      const re = (patterns[i] ??= new RegExp(sources[i]!, compileFlags(sources[i]!, flags)));
      const m = re.exec(subject.text);
      if (m === null) continue;
      return hitOf(m);
    }
    return null;
  } });
};

/** Unicode mode always; match indices (the d flag, which makes every exec slower) only for a
 *  pattern with a `cut` group, the one place a hit reads them. */
function compileFlags(source: string, flags: string): string {
  return source.includes("(?<cut>") ? `${flags}ud` : `${flags}u`;
}

function hitOf(m: RegExpExecArray): Hit {
  const whole: [number, number] = [m.index, m.index + m[0].length];
  const cut = m.indices?.groups?.["cut"];
  const hit: Hit = { span: cut ?? whole, evidence: { matched: m[0].slice(0, 60) } };
  if (m.groups) {
    const captures: Record<string, string> = {};
    for (const [name, v] of Object.entries(m.groups)) if (v !== undefined && name !== "cut") captures[name] = v.trim();
    hit.captures = captures;
  }
  return hit;
}
