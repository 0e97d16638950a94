// `exact`: the whole unit equals one of the listed texts once both are normalised
// (lower case, white space folded, bullets and punctuation at the ends ignored).
import { normaliseUnit } from "../lexicon/words.js";
import { stringList } from "./check.js";
import type { MatcherFactory } from "./matcher.js";
import { leadingRun, wholeRuns, defineMatcher, type Need } from "../plan/need.js";

export const exact: MatcherFactory = (value, path) => {
  const set = new Set(stringList(value, path).map(normaliseUnit));
  const longest = Math.max(...[...set].map((s) => s.length)) + 40;
  // Bullets, spaces and punctuation are stripped before comparing, so each entry's leading letters are the text's first letter run.
  const runs = [...set].map((e) => leadingRun(e));
  // And each entry's whole words are whole runs of the text: one of them, the longest after the
  // first ("interested" in "you may be interested in"), is a condition apart. A line starting
  // with one of the entries' first words ("you", "what", "top") rarely holds one of these too.
  const later = [...set].map((e, k) => laterRun(e, runs[k]));
  const length: Need = { kind: "length", min: 0, max: longest };
  const words: Need[] = [];
  if (runs.every((r) => r !== undefined)) words.push({ kind: "firstRun", runs: runs as string[] });
  if (later.every((r) => r !== undefined)) words.push({ kind: "someRun", runs: [...new Set(later as string[])] });
  const need: Need = words.length === 0 ? length : { kind: "all", parts: [length, ...words] };
  // The need is the check: the plan already measures it for the rule.
  const may = words.length > 0 ? need : undefined;
  return defineMatcher({ context: false, needs: need, checks: may === undefined ? [] : [may], test: (subject) => {
    if (subject.text.length > longest) return null;
    if (may !== undefined && !subject.meets(may)) return null;
    const norm = subject.normalised();
    return set.has(norm) ? { evidence: { matched: norm } } : null;
  } });
};


/** The entry's longest whole word (need.ts wholeRuns) after its first letter run, or that run
 *  itself when it is the only whole one; undefined when the entry has no whole word. */
function laterRun(entry: string, first: string | undefined): string | undefined {
  const whole = wholeRuns(entry);
  const rest = whole[0] === first && entry.startsWith(whole[0]!) && whole.length > 1 ? whole.slice(1) : whole;
  let best: string | undefined;
  for (const run of rest) if (best === undefined || run.length > best.length) best = run;
  return best;
}
