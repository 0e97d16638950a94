// Refuses a rule whose regex a backtracking engine could take too long on: the verdict comes from
// the regex itself (rules/backtracking.ts), so no input, however crafted, can hang a run.
// Units longer than maxUnitChars (20,000) are never tested, so a regex whose time grows at most as
// n^2 is bounded per call (a quadratic one takes ~1-2.5 s on a 20,000-character line of the worst
// kind, measured with V8); n^3 would be ~10^4 times that, and exponential has no bound at all.
import { backtracking, type Verdict } from "./backtracking.js";
import type { RuleSource } from "./spec.js";

/** The highest power of the unit's length a rule's regex may take: see the note above. */
export const MAX_DEGREE = 2;

/** Every regex of the rule (in match and until) that could backtrack too long, as `file: key: why`. */
export function regexProblems(source: RuleSource): string[] {
  const problems: string[] = [];
  const visit = (node: unknown, path: string): void => {
    if (Array.isArray(node)) return node.forEach((n, i) => visit(n, `${path}[${i}]`));
    if (typeof node !== "object" || node === null) return;
    const record = node as Record<string, unknown>;
    for (const [key, value] of Object.entries(record)) {
      if (key !== "regex") visit(value, `${path}.${key}`);
      else {
        const flags = typeof record["flags"] === "string" ? record["flags"] : "";
        const patterns = Array.isArray(value) ? value : [value];
        patterns.forEach((pattern, i) => {
          if (typeof pattern !== "string") return;
          const why = describe(backtracking(pattern, flags));
          if (why) problems.push(`${source.file}: ${path}.regex${Array.isArray(value) ? `[${i}]` : ""}: ${why}`);
        });
      }
    }
  };
  const data = source.data as Record<string, unknown>;
  visit(data["match"], "match");
  visit(data["until"], "until");
  return problems;
}

function describe(verdict: Verdict): string | undefined {
  switch (verdict.kind) {
    case "exponential":
      return verdict.nested
        ? `nested quantifier can backtrack exponentially: ${verdict.culprit}`
        : `repeated alternatives can match the same text in more than one way, so backtracking is exponential: ${verdict.culprit}`;
    case "polynomial":
      if (verdict.degree <= MAX_DEGREE) return undefined;
      return `quantifiers can trade the same characters, so backtracking grows as n^${verdict.degree} (at most n^${MAX_DEGREE} allowed): ${verdict.culprits.map((c) => (c === "(any start)" ? "(unanchored start)" : c)).join(" … ")}`;
    case "unsupported":
      return verdict.reason;
  }
}
