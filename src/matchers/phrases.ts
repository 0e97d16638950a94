// `phrases`: any of the listed phrases occurs in the unit as whole words, case-insensitively.
import { hashWord } from "../lexicon/fold.js";
import { stringList } from "./check.js";
import type { MatcherFactory } from "./matcher.js";
import { escapeRegExp } from "./escape.js";
import { longestRun, wholeRuns, defineMatcher, type Need } from "../plan/need.js";
import { onFirstUse } from "../first-use.js";

export const phrases: MatcherFactory = (value, path) => {
  const list = stringList(value, path);
  // Longest first, so that of the phrases matching at the leftmost place the most specific one
  // is reported (as one alternation of them in this order would).
  const sorted = [...list].sort((a, b) => b.length - a.length);
  const bodies = sorted.map((p) => escapeRegExp(p.trim()).replace(/\s+/gu, "\\s+"));
  // One small regex per phrase, built on first use: a case-insensitive Unicode alternation of
  // many phrases is costly to compile (a cost every cold start would pay), and a unit is only
  // ever tried against the few phrases whose words it holds. Whole words are checked here, not
  // by look-arounds of Unicode classes in each regex: V8 compiles such a regex in about 2 ms,
  // twice (once more when it tiers up), in every thread, which made the catalog's phrases cost
  // each worker a second or more before it ran at speed. Every phrase is escaped, so a pattern
  // cannot fail to compile.
  const regexes = new Array<RegExp | undefined>(sorted.length);
  const regexAt = (k: number): RegExp => (regexes[k] ??= new RegExp(bodies[k]!, "giu"));
  // A match is bounded by non-letters (the look-arounds), so each whole letter run of the phrase
  // is a whole letter run of the text: a phrase is tried only on a text holding its longest run
  // (the rarest in practice), unless the text's folding is uncertain.
  const runs = sorted.map((p) => longestRun(p.trim()));
  const hashes = runs.map((r) => (r === undefined ? undefined : hashWord(r)));
  const all = sorted.map((_, k) => k);
  const byRun = new Map<number, number[]>();
  const indexed = hashes.every((h) => h !== undefined);
  if (indexed) hashes.forEach((h, k) => (byRun.get(h!) ?? byRun.set(h!, []).get(h!)!).push(k));
  // The phrase's other whole runs: a phrase whose longest run the text holds is tried only when
  // the text holds these too (on most lines that hold "information", "for general information
  // purposes only" lacks "purposes").
  const others = sorted.map((p, k) =>
    wholeRuns(p.trim())
      .filter((r) => r !== runs[k])
      .map(hashWord)
      .filter((h) => h !== undefined),
  );
  const need: Need = runs.every((r) => r !== undefined) ? { kind: "someRun", runs: runs as string[] } : { kind: "none" };
  // The need is the check: a rule asked for another of its parts has it answered by the plan
  // before the unit's runs are read again.
  const may = need.kind === "someRun" ? need : undefined;
  return defineMatcher({ context: false, needs: need, checks: may === undefined ? [] : [may], test: (subject) => {
    if (may !== undefined && !subject.meets(may)) return null;
    let tried = all;
    if (indexed) {
      const r = subject.letterRuns();
      if (!r.unsafe) {
        tried = [];
        for (const h of r.runs) {
          const ks = byRun.get(h);
          if (ks !== undefined) for (const k of ks) if (!tried.includes(k) && others[k]!.every((o) => r.runs.includes(o))) tried.push(k);
        }
        if (tried.length === 0) return null;
      }
    }
    // The leftmost match; at one place, the phrase first in the order (`tried` is in the order
    // the text's runs came, not sorted).
    let best: RegExpExecArray | null = null;
    let bestK = 0;
    for (const k of tried) {
      const m = wholeWordMatch(regexAt(k), subject.text);
      if (m !== null && (best === null || m.index < best.index || (m.index === best.index && k < bestK))) {
        best = m;
        bestK = k;
      }
    }
    return best === null ? null : { span: [best.index, best.index + best[0].length], evidence: { matched: best[0] } };
  } });
};


/** The leftmost match of `re` (global) in `text` that stands as whole words: no letter, number
 *  or underscore just before or after it (as `(?<![\p{L}\p{N}_])` and `(?![\p{L}\p{N}_])`
 *  would say, by code point). */
function wholeWordMatch(re: RegExp, text: string): RegExpExecArray | null {
  re.lastIndex = 0;
  for (;;) {
    const m = re.exec(text);
    if (m === null) return null;
    const end = m.index + m[0].length;
    if (!isWordAt(codePointBefore(text, m.index)) && !isWordAt(text.codePointAt(end))) return m;
    // Try again one code point further on (a phrase cannot match empty).
    re.lastIndex = m.index + (isHighSurrogate(text.charCodeAt(m.index)) ? 2 : 1);
  }
}

function codePointBefore(text: string, at: number): number | undefined {
  if (at <= 0) return undefined;
  const low = text.charCodeAt(at - 1);
  if (at >= 2 && low >= 0xdc00 && low <= 0xdfff && isHighSurrogate(text.charCodeAt(at - 2))) return text.codePointAt(at - 2);
  return low;
}

const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;

// Whether a code point is a letter, a number or "_", by table for the BMP (filled on first sight).
const WORD = onFirstUse(() => /[\p{L}\p{N}_]/u);
const wordTable = new Uint8Array(65536);

function isWordAt(cp: number | undefined): boolean {
  if (cp === undefined) return false;
  if (cp > 0xffff) return WORD().test(String.fromCodePoint(cp));
  let w = wordTable[cp]!;
  if (w === 0) wordTable[cp] = w = WORD().test(String.fromCharCode(cp)) ? 2 : 1;
  return w === 2;
}
