// Compiled prefilters: for each rule, a necessary condition drawn from its matcher tree (see
// src/matchers/meta.ts) that is checked on a few facts measured once per unit, so most rules
// are never run on most units. A condition may pass where the rule fails (the rule then runs
// as before) but never fails where the rule could match: results are unchanged.
//
// Word conditions compare letter runs by a hash of case-folded UTF-16 units. One scan of the
// unit hashes each run and looks it up in a table built over all rules' words, setting one bit
// per condition; a hash collision only lets a rule run for nothing.
//
// Case folding: the phrase and startsWith words are regexes with the i and u flags (simple case
// folding); exact compares toLowerCase() text. Both are approximated per unit by `fold`
// (lower case of the upper case when both are one unit, else lower case). Units where that
// could disagree with the regex or with toLowerCase (lower case of several units, a letter that
// folds to a non-letter or back, surrogates) are marked unsafe, and a text holding one passes
// every word condition. test/matchers/prefilter.test.ts checks the folding over the whole BMP.
import { LETTER, OTHER, charClass } from "../lexicon/char-class.js";
import { infoOf, type Need } from "../matchers/meta.js";
import type { Rule } from "./rule.js";

/** Measured once per unit (and reused while its text is unchanged). */
export interface Facts {
  words: number;
  length: number;
  lines: number;
  /** Bit k set: word condition k holds. */
  bits: number[];
  /** The text holds a unit whose folding is uncertain: every word condition holds. */
  unsafe: boolean;
}

export interface RulePlan {
  /** Index into a unit's memo of results. */
  slot: number;
  /** The rule can only depend on the unit's own text: its result may be reused across passes. */
  contextFree: boolean;
  /** Necessary condition, or null when none is known. */
  pre: ((f: Facts) => boolean) | null;
}

interface Entry {
  /** Conditions this run satisfies wherever it stands. */
  some: number[] | null;
  /** Conditions this run satisfies when it is the text's first run. */
  first: number[] | null;
}

export interface Plan {
  rules: Map<Rule, RulePlan>;
  slots: number;
  /** Number of 32-bit words of condition bits. */
  width: number;
  table: Map<number, Entry>;
  /** Whether any rule on this kind of unit has a condition (facts are measured only then). */
  hasWords: boolean;
}

const UNSAFE = 0xffff;
const folds = new Uint16Array(65536);

/** The folded form of a UTF-16 unit, or UNSAFE. */
export function fold(code: number): number {
  let f = folds[code]!;
  if (f === 0) {
    f = computeFold(code);
    folds[code] = f;
  }
  return f;
}

function computeFold(code: number): number {
  if (code >= 0xd800 && code <= 0xdfff) return UNSAFE;
  const ch = String.fromCharCode(code);
  const lower = ch.toLowerCase();
  if (lower.length !== 1) return UNSAFE;
  let out = lower.charCodeAt(0);
  const upper = ch.toUpperCase();
  if (upper.length === 1) {
    const back = upper.toLowerCase();
    if (back.length === 1) out = back.charCodeAt(0);
  }
  const letter = charClass(code) === LETTER;
  if (letter !== (charClass(out) === LETTER) || letter !== (charClass(lower.charCodeAt(0)) === LETTER)) return UNSAFE;
  // U+0000 folds to itself; 0 marks "not computed yet", so it is simply recomputed.
  return out === UNSAFE ? UNSAFE : out;
}

const SEED = 0x811c9dc5 | 0;
const step = (h: number, c: number): number => Math.imul(h ^ c, 16777619);
const key = (h: number): number => h & 0x3fffffff;

/** Hash of a word (all letters) as the scan computes it, or undefined when a unit of it is unsafe. */
function hashWord(word: string): number | undefined {
  let h = SEED;
  for (let i = 0; i < word.length; i++) {
    const f = fold(word.charCodeAt(i));
    if (f === UNSAFE) return undefined;
    h = step(h, f);
  }
  return key(h);
}

const plans = new WeakMap<readonly Rule[], Plan>();

/** The plan for a rule list (built once per list). */
export function planFor(rules: readonly Rule[]): Plan {
  let plan = plans.get(rules);
  if (plan === undefined) {
    plan = buildPlan(rules);
    plans.set(rules, plan);
  }
  return plan;
}

function buildPlan(rules: readonly Rule[]): Plan {
  const table = new Map<number, Entry>();
  let conditions = 0;
  const addWords = (runs: readonly string[], where: "some" | "first"): number | undefined => {
    const hashes: number[] = [];
    for (const run of runs) {
      const h = hashWord(run);
      if (h === undefined) return undefined;
      hashes.push(h);
    }
    const id = conditions++;
    for (const h of hashes) {
      let e = table.get(h);
      if (e === undefined) table.set(h, (e = { some: null, first: null }));
      const bits = (e[where] ??= []);
      while (bits.length <= id >> 5) bits.push(0);
      bits[id >> 5]! |= 1 << (id & 31);
    }
    return id;
  };
  type Pred = (f: Facts) => boolean;
  const compile = (need: Need): Pred | null => {
    switch (need.kind) {
      case "none":
        return null;
      case "all": {
        const parts = need.parts.map(compile).filter((p): p is Pred => p !== null);
        if (parts.length === 0) return null;
        if (parts.length === 1) return parts[0]!;
        return (f) => {
          for (const p of parts) if (!p(f)) return false;
          return true;
        };
      }
      case "any": {
        const parts = need.parts.map(compile);
        if (parts.some((p) => p === null)) return null;
        const list = parts as Pred[];
        return (f) => {
          for (const p of list) if (p(f)) return true;
          return false;
        };
      }
      case "words": {
        const { min, max } = need;
        return (f) => f.words >= min && f.words <= max;
      }
      case "lines": {
        const { min, max } = need;
        return (f) => f.lines >= min && f.lines <= max;
      }
      case "length": {
        const { min, max } = need;
        return (f) => f.length >= min && f.length <= max;
      }
      case "firstRun":
      case "someRun": {
        const id = addWords(need.runs, need.kind === "firstRun" ? "first" : "some");
        if (id === undefined) return null;
        const word = id >> 5;
        const bit = 1 << (id & 31);
        return (f) => f.unsafe || ((f.bits[word] ?? 0) & bit) !== 0;
      }
    }
  };
  const out = new Map<Rule, RulePlan>();
  rules.forEach((rule, slot) => {
    const info = infoOf(rule.test);
    out.set(rule, { slot, contextFree: !info.context, pre: compile(info.need) });
  });
  return { rules: out, slots: rules.length, width: (conditions + 31) >> 5, table, hasWords: conditions > 0 };
}

/** One scan of the unit: its word count (as lexicon/words.ts counts), length, and word conditions. */
export function factsOf(plan: Plan, text: string, lines: number): Facts {
  const bits = new Array<number>(plan.width).fill(0);
  const n = text.length;
  let words = 0;
  let inWord = false;
  let unsafe = false;
  let h = SEED;
  let inRun = false;
  let first = true;
  const table = plan.table;
  const hashing = plan.hasWords;
  for (let i = 0; i <= n; i++) {
    const code = i < n ? text.charCodeAt(i) : 32;
    const cls = charClass(code);
    const word = code === 95 || cls !== OTHER;
    if (word && !inWord) words++;
    inWord = word;
    if (!hashing) continue;
    if (cls === LETTER) {
      const f = fold(code);
      if (f === UNSAFE) unsafe = true;
      h = step(inRun ? h : SEED, f);
      inRun = true;
    } else {
      if (inRun) {
        const e = table.get(key(h));
        if (e !== undefined) {
          if (e.some !== null) for (let w = 0; w < e.some.length; w++) bits[w]! |= e.some[w]!;
          if (first && e.first !== null) for (let w = 0; w < e.first.length; w++) bits[w]! |= e.first[w]!;
        }
        first = false;
        inRun = false;
      }
      if (code >= 0x80 && fold(code) === UNSAFE) unsafe = true;
    }
  }
  return { words, length: n, lines, bits, unsafe };
}
