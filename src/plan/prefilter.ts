// Compiled prefilters: for each rule, a necessary condition drawn from its matcher tree (see
// src/plan/need.ts) that is checked on a few facts measured once per unit, so most rules
// are never run on most units. A condition may pass where the rule fails (the rule then runs
// as before) but never fails where the rule could match: results are unchanged.
//
// Word conditions compare letter runs by a hash of case-folded UTF-16 units. One scan of the
// unit hashes each run and looks it up in a table built over all rules' words, setting one bit
// per condition; a hash collision only lets a rule run for nothing.
// Case folding and its limits: see src/lexicon/fold.ts.
import { hashWord, marksMask } from "../lexicon/fold.js";
import { scanLine, type Facts, type WordEntry } from "./line-scan.js";
import { builtinConditions } from "./builtin-conditions.js";
import { unpackWordIndex } from "./packed-word-index.js";
import { WordIndex, wordIndexArrays } from "./word-index.js";
import { triggerMasks, triggerOf } from "./triggers.js";
import type { Subject } from "../matchers/matcher.js";
import { infoOf, needKey, type Need, type RegionAsk } from "./need.js";
import { placeNeeds, type PlaceNeed } from "./place.js";
import type { Rule } from "../rules/rule.js";
import type { Unit } from "../types.js";

export type { Facts } from "./line-scan.js";

/** The facts of the kept unit `offset` places away (same kind), or undefined past either end. */
export type Around = (offset: number) => Facts | undefined;

export interface RulePlan {
  /** Index into a unit's memo of results. */
  slot: number;
  /** The rule can only depend on the unit's own text: its result may be reused across passes. */
  contextFree: boolean;
  /** Necessary condition on the unit's facts and its neighbours', or null when none is known. */
  pre: ((f: Facts, around: Around) => boolean) | null;
  /** Conditions on the unit's place in the page (plan/place.ts), asked before the rule. */
  place: readonly PlaceNeed[];
  /** The rule is this region ask alone (MatcherInfo.region): its hits are the verdicts of the
   *  units in that part, reported without asking the rule. */
  byVerdict: RegionAsk | null;
}

type Entry = WordEntry;

/** The needs on words, and where in a unit's runs each looks (the list of WordEntry it adds to). */
type WordNeed = Extract<Need, { kind: "firstRun" | "someRun" | "firstPrefix" | "somePrefix" }>;
type Where = "some" | "first" | "prefix" | "runPrefix";
const WHERE: Record<WordNeed["kind"], Where> = { firstRun: "first", someRun: "some", firstPrefix: "prefix", somePrefix: "runPrefix" };

export interface Plan {
  rules: Map<Rule, RulePlan>;
  slots: number;
  /** Number of 32-bit words of condition bits. */
  width: number;
  /** The word table by word hash, made when first read (tests and tools read it). */
  readonly table: Map<number, Entry>;
  /** See WordTable.index. */
  index: WordIndex;
  /** The longest prefix a condition names: the first run's prefixes are looked up to this length. */
  longestPrefix: number;
  /** Whether any rule on this kind of unit has a condition (facts are measured only then). */
  hasWords: boolean;
  /** The conditions on some run or some run's start (not the first run or its prefixes), by bit like Facts.bits. */
  someMask: number[];
  /** Facts.bits with no condition met, shared (never written to). */
  noBits: readonly number[];
  /** By kind of unit, a bit per rule slot (as RulePlan.slot): the rule's condition holds on
   *  these facts, its conditions on neighbours left out. One compiled function for the rules of
   *  each kind, the other kind's bits clear: asking it costs one call per unit text instead of a
   *  tree of calls per rule, and a unit pays only for the conditions of the rules asked about it
   *  (a block for the few block rules, not for the catalog's many line rules). */
  candidates: Candidates;
  /** By kind of unit, the words of Facts.bits its candidates read (PlanSource.candidateWords). */
  candidateWords: Record<Unit, readonly number[]>;
  /** The checks the matchers declared (need.ts MatcherInfo.checks), compiled over the facts:
   *  Subject.meets answered from the line scan instead of a second reading of the text. Read
   *  through checkOf: by need object once found, by the need's key (needKey) before. */
  checks: Map<Need, (f: Facts) => boolean>;
  byKey: Map<string, (f: Facts) => boolean>;
}

const plans = new WeakMap<readonly Rule[], Plan>();

/** The plan for a rule list (built once per list), compiled from `prebuilt` when that was made
 *  for the same rules (see PlanSource), else from the rules. */
export function planFor(rules: readonly Rule[], prebuilt?: PlanSource): Plan {
  let plan = plans.get(rules);
  if (plan === undefined) {
    const fits = prebuilt !== undefined && prebuilt.ids.length === rules.length && prebuilt.ids.every((id, k) => id === rules[k]!.id);
    plan = compilePlan(rules, fits ? prebuilt : planSource(rules));
    plans.set(rules, plan);
  }
  return plan;
}

/** What a plan is compiled from: the catalog's conditions as one JavaScript source and the word
 *  table they read, plain data. `npm run build` writes the built-in catalog's into the rules
 *  bundle, so a command's start-up compiles it without reading every rule's needs again. It
 *  holds for the rules it was made from, in the same order: the same ids are not enough when the
 *  rules themselves may differ (the caller knows; see src/cleaner.ts). */
export interface PlanSource {
  ids: string[];
  /** The body of a function returning { pre, checks, candidates } (CompiledConditions). */
  code: string;
  /** The sha256 of `code` and `table`, written by the build: a plan takes the conditions and the
   *  word index built into the package (builtin-conditions.ts) instead of compiling `code` and
   *  indexing `table` when they were written from the same source, and the rules bundle's plan
   *  then reads neither (rules/load.ts). */
  digest?: string;
  /** The word table: the conditions a word meets, each distinct entry once (most words share
   *  theirs), and the words as pairs of numbers, a word's hash and its entry's index: plain
   *  numbers cost JSON.parse far less than an object and its arrays per word. */
  table: { entries: Entry[]; words: number[] };
  /** Which compiled check answers each check the rules declare, by the need's key (needKey):
   *  a matcher compiled after the plan (need.ts deferMatcher) finds its checks by content. */
  checkKeys: Array<[string, number]>;
  /** By rule, in catalog order: whether its result can depend on nothing but the unit's text
   *  (RulePlan.contextFree), so that the plan is compiled without compiling the matchers. */
  contextFree: boolean[];
  /** By rule: RulePlan.place and RulePlan.byVerdict, read from the matchers here for the same reason. */
  place: PlaceNeed[][];
  byVerdict: Array<RegionAsk | null>;
  longestPrefix: number;
  conditions: number;
  someMask: number[];
  /** By kind of unit, the words of Facts.bits that kind's candidates read, ascending: whether a
   *  unit meets any of its kind's conditions needs no other word of its facts (a block's facts
   *  are joined in full only when it does: engine/run.ts). */
  candidateWords: Record<Unit, number[]>;
}

/** Every check the rules' matchers declare, in a fixed order (repeats included). */
function* declaredChecks(rules: readonly Rule[]): Generator<Need> {
  for (const rule of rules) {
    for (const matcher of rule.until === undefined ? [rule.test] : [rule.test, rule.until]) yield* infoOf(matcher).checks;
  }
}

/** Writes the plan of `rules`: every rule's condition and the matchers' checks as JavaScript, and the word table. */
export function planSource(rules: readonly Rule[]): PlanSource {
  const table = new Map<number, Entry>();
  let conditions = 0;
  let longestPrefix = 0;
  const someMask: number[] = [];
  // The same words in the same place are one condition, however many readers ask for it.
  const added = new Map<string, number | undefined>();
  const addWords = (runs: readonly string[], where: Where): number | undefined => {
    const key = `${where}\u0000${runs.join("\u0000")}`;
    if (added.has(key)) return added.get(key);
    const id = newWords(runs, where);
    added.set(key, id);
    return id;
  };
  const newWords = (runs: readonly string[], where: Where): number | undefined => {
    const hashes: number[] = [];
    for (const run of runs) {
      const h = hashWord(run);
      if (h === undefined) return undefined;
      hashes.push(h);
    }
    const id = conditions++;
    if (where === "some" || where === "runPrefix") {
      while (someMask.length <= id >> 5) someMask.push(0);
      someMask[id >> 5]! |= 1 << (id & 31);
    }
    for (const h of hashes) {
      let e = table.get(h);
      if (e === undefined) table.set(h, (e = { some: [], first: [], prefix: [], runPrefix: [] }));
      // A list may name a word twice: the id is listed once.
      const ids = e[where];
      if (ids[ids.length - 1] !== id) ids.push(id);
    }
    return id;
  };
  /** The id of a word condition, undefined when its words cannot be hashed (no condition). */
  const wordCondition = (need: WordNeed): number | undefined => {
    const id = addWords(need.kind === "firstPrefix" || need.kind === "somePrefix" ? need.prefixes : need.runs, WHERE[need.kind]);
    if (id !== undefined && need.kind === "firstPrefix") for (const p of need.prefixes) longestPrefix = Math.max(longestPrefix, p.length);
    return id;
  };
  /** The condition as JavaScript source over the facts in variable `at`, which stand `offset`
   *  units from the unit asked about; null when there is no condition. With `reach`, conditions
   *  on prev and next read the neighbours' facts through `around` (the variables `near` names);
   *  without, they are left out (a weaker condition: still necessary). */
  const source = (need: Need, at: string, offset: number, reach: boolean, near: Set<string>, read: Reader = plainReader): string | null => {
    switch (need.kind) {
      case "none":
        return null;
      case "prev":
      case "next": {
        if (!reach) return null;
        const to = offset + (need.kind === "prev" ? -1 : 1);
        const name = to < 0 ? `m${-to}` : `p${to}`;
        const inner = source(need.need, name, to, reach, near, read);
        if (inner === null) return null;
        near.add(name);
        // A missing neighbour never matches.
        return `((${name} = around(${to})) !== undefined && ${inner})`;
      }
      case "all": {
        // The marks every part requires are one test: all of their bits.
        let marks = 0;
        const parts = new Set<string>();
        for (const n of flat(need)) {
          if (n.kind === "marks" && marksMask(n.marks) !== 0) marks |= marksMask(n.marks);
          else {
            const part = source(n, at, offset, reach, near, read);
            if (part !== null) parts.add(part);
          }
        }
        if (marks !== 0) parts.add(`((${read.field(at, "marks")} & ${marks}) === ${marks})`);
        return parts.size === 0 ? null : `(${[...parts].join(read.and)})`;
      }
      case "any": {
        // The alternatives that are one bit (a word condition, a single mark) are one test per
        // word of bits: any bit of a mask. Catalog lists make long alternatives of words.
        const words = new Map<number, number>();
        let marks = 0;
        const parts = new Set<string>();
        for (const n of flat(need)) {
          if (n.kind === "marks" && n.marks.length === 1 && marksMask(n.marks) !== 0) marks |= marksMask(n.marks);
          else if (n.kind === "firstRun" || n.kind === "someRun" || n.kind === "firstPrefix" || n.kind === "somePrefix") {
            const id = wordCondition(n);
            if (id === undefined) return null;
            words.set(id >> 5, (words.get(id >> 5) ?? 0) | (1 << (id & 31)));
          } else {
            const part = source(n, at, offset, reach, near, read);
            if (part === null) return null;
            parts.add(part);
          }
        }
        const tests = [...words].map(([word, mask]) => read.wordBit(at, word, mask));
        if (marks !== 0) tests.push(`((${read.field(at, "marks")} & ${marks}) !== 0)`);
        return `(${[...tests, ...parts].join(read.or)})`;
      }
      case "words":
      case "lines":
      case "length": {
        const field = need.kind === "length" ? "length" : need.kind;
        const sides = [Number.isFinite(need.min) ? `${read.field(at, field)} >= ${need.min}` : "", Number.isFinite(need.max) ? `${read.field(at, field)} <= ${need.max}` : ""].filter((x) => x !== "");
        if (Number.isNaN(need.min) || Number.isNaN(need.max)) return "false";
        if (need.min === Infinity || need.max === -Infinity) return "false";
        return sides.length === 0 ? null : `(${sides.join(read.and)})`;
      }
      case "firstRun":
      case "someRun":
      case "firstPrefix":
      case "somePrefix": {
        const id = wordCondition(need);
        return id === undefined ? null : read.wordBit(at, id >> 5, 1 << (id & 31));
      }
      case "noRun":
        return read.noRun(at);
      case "region":
      case "position":
        // The unit's place in the page: no fact of its text tells it (RulePlan.place does).
        return null;
      case "marks": {
        const mask = marksMask(need.marks);
        if (mask === 0) return null;
        const marks = read.field(at, "marks");
        return need.marks.length === 1 ? `((${marks} & ${mask}) !== 0)` : `((${marks} & ${mask}) === ${mask})`;
      }
    }
  };
  // The catalog's conditions are generated JavaScript, all of it in one source: one parse and
  // one compile, however many rules and checks the catalog has (each function is compiled when
  // first called). Only numbers taken from the catalog's needs go into the source.
  const preSources: string[] = [];
  const kinds: Unit[] = ["line", "block"];
  const tests: Record<Unit, string[]> = { line: [], block: [] };
  const readers = { line: straightReader(), block: straightReader() };
  rules.forEach((rule, slot) => {
    const need = infoOf(rule.test).need;
    const condition = source(need, "f", 0, false, new Set(), readers[rule.unit]);
    const near = new Set<string>();
    const whole = source(need, "f", 0, true, near);
    preSources.push(whole === null ? "null" : `(f, around) => {${near.size === 0 ? "" : ` let ${[...near].join(", ")};`} return ${whole}; }`);
    const bit = 1 << (slot & 31);
    const trigger = condition === null ? null : triggerOf(need, wordCondition);
    const set = `c${slot >> 5} |= ${condition === null ? bit : `${condition} << ${slot & 31}`};`;
    tests[rule.unit].push(trigger === null ? set : `if (${triggerSource(trigger, readers[rule.unit])}) ${set}`);
  });
  // One function per distinct check source; `checkKeys` gives each check the matchers declare its function.
  const checkSources: string[] = [];
  const checkIndex = new Map<string, number>();
  const checkKeys = new Map<string, number>();
  for (const need of declaredChecks(rules)) {
    const key = needKey(need);
    if (checkKeys.has(key)) continue;
    const check = `(f) => ${source(need, "f", 0, false, new Set()) ?? "true"}`;
    let k = checkIndex.get(check);
    if (k === undefined) checkIndex.set(check, (k = checkSources.push(check) - 1));
    checkKeys.set(key, k);
  }
  const slotWords = (rules.length + 31) >> 5;
  const names = Array.from({ length: slotWords }, (_, w) => `c${w}`);
  const candidatesSource = (kind: Unit): string =>
    `${kind}: (f) => {\n${readers[kind].prologue()}\nlet ${names.map((c) => `${c} = 0`).join(", ")};\n${tests[kind].join("\n")}\nreturn [${names.join(", ")}];\n}`;
  const code = `return { pre: [${preSources.join(",\n")}],\nchecks: [${checkSources.join(",\n")}],\ncandidates: {\n${kinds.map(candidatesSource).join(",\n")}\n} };`;
  const width = (conditions + 31) >> 5;
  while (someMask.length < width) someMask.push(0);
  const infos = rules.map((rule) => infoOf(rule.test));
  const contextFree = infos.map((info) => !info.context);
  const place = infos.map((info) => placeNeeds(info.need));
  const byVerdict = infos.map((info) => info.region ?? null);
  const candidateWords = { line: readers.line.wordsRead(), block: readers.block.wordsRead() };
  return { ids: rules.map((r) => r.id), code, table: sharedEntries(table), checkKeys: [...checkKeys], contextFree, place, byVerdict, longestPrefix, conditions, someMask, candidateWords };
}

/** The word table as PlanSource holds it: equal entries once, words in the table's order. */
function sharedEntries(table: ReadonlyMap<number, Entry>): PlanSource["table"] {
  const entries: Entry[] = [];
  const indexOf = new Map<string, number>();
  const words: number[] = [];
  for (const [hash, entry] of table) {
    const key = JSON.stringify([entry.some, entry.first, entry.prefix, entry.runPrefix]);
    let k = indexOf.get(key);
    if (k === undefined) indexOf.set(key, (k = entries.push(entry) - 1));
    words.push(hash, k);
  }
  return { entries, words };
}

/** Plan.candidates. */
export type Candidates = Record<Unit, (f: Facts) => number[]>;

/** What a plan's code returns. */
export interface CompiledConditions {
  pre: Array<RulePlan["pre"]>;
  checks: Array<(f: Facts) => boolean>;
  candidates: Candidates;
}

function compilePlan(rules: readonly Rule[], source: PlanSource): Plan {
  const builtin = builtinConditions !== undefined && builtinConditions.digest === source.digest ? builtinConditions : undefined;
  const compiled = (builtin?.conditions ?? (new Function(source.code) as () => CompiledConditions))();
  const out = new Map<Rule, RulePlan>(
    rules.map((rule, slot) => [rule, { slot, contextFree: source.contextFree[slot]!, pre: compiled.pre[slot]!, place: source.place[slot]!, byVerdict: source.byVerdict[slot]! }]),
  );
  const byKey = new Map(source.checkKeys.map(([key, k]) => [key, compiled.checks[k]!]));
  // The table as a map is read to index it; with the build's index, only tests and tools read it.
  let table: Map<number, Entry> | undefined;
  const tableOf = (): Map<number, Entry> => (table ??= wordTableOf(source.table));
  const index = new WordIndex((builtin !== undefined ? unpackWordIndex(builtin.index) : undefined) ?? wordIndexArrays(tableOf()));
  const width = (source.conditions + 31) >> 5;
  return {
    rules: out,
    slots: rules.length,
    width,
    get table() {
      return tableOf();
    },
    index,
    longestPrefix: source.longestPrefix,
    hasWords: source.conditions > 0,
    someMask: source.someMask,
    noBits: new Array<number>(width).fill(0),
    candidates: compiled.candidates,
    candidateWords: source.candidateWords,
    checks: new Map(),
    byKey,
  };
}

/** The word table of a plan's source, by word hash. */
export function wordTableOf({ entries, words }: PlanSource["table"]): Map<number, Entry> {
  const table = new Map<number, Entry>();
  for (let i = 0; i < words.length; i += 2) table.set(words[i]!, entries[words[i + 1]!]!);
  return table;
}

/** The plan's compiled check for a need a matcher declared, or undefined when the plan has none
 *  (the matcher then runs its own test). Found by content once per need object, then by identity. */
export function checkOf(plan: Plan, need: Need): ((f: Facts) => boolean) | undefined {
  let check = plan.checks.get(need);
  if (check === undefined) {
    check = plan.byKey.get(needKey(need));
    if (check !== undefined) plan.checks.set(need, check);
  }
  return check;
}

/** The parts of a conjunction or disjunction, with those of the same kind nested in it. */
function flat(need: Extract<Need, { kind: "all" | "any" }>): Need[] {
  return need.parts.flatMap((n) => (n.kind === need.kind ? flat(n as typeof need) : [n]));
}

/** How generated conditions read a unit's facts and join conditions. */
interface Reader {
  and: string;
  or: string;
  field(at: string, name: "length" | "words" | "lines" | "marks"): string;
  /** Some word condition of the mask `bit` of bits word `word` holds (or the folding is uncertain: Facts.unsafe). */
  wordBit(at: string, word: number, bit: number): string;
  /** The text has no letter run (or the folding is uncertain). */
  noRun(at: string): string;
}

/** Reads the facts where they stand and joins with && and ||: for small functions. */
const plainReader: Reader = {
  and: " && ",
  or: " || ",
  field: (at, name) => `${at}.${name}`,
  wordBit: (at, word, bit) => `(${at}.unsafe || (${at}.bits[${word}] & ${bit}) !== 0)`,
  noRun: (at) => `(${at}.unsafe || !${at}.hasRun)`,
};

/** Whether one of a rule's triggers holds (triggers.ts), as the candidates' reader reads the facts. */
function triggerSource(trigger: readonly number[], read: Reader): string {
  const { words, marks } = triggerMasks(trigger);
  const tests = [...words].map(([word, mask]) => read.wordBit("f", word, mask));
  if (marks !== 0) tests.push(`((${read.field("f", "marks")} & ${marks}) !== 0)`);
  return tests.join(read.or);
}

/** For the functions that ask every condition of a kind's rules of every unit of that kind
 *  (Plan.candidates): each reads the facts once into locals (an uncertain folding sets every word
 *  bit) and joins conditions with & and |, so every operation of a condition runs once it is
 *  asked (its triggers hold). An operation that had not run when V8 optimized the function would
 *  make it deoptimize when it first ran, and the line rules' function is large: each
 *  recompilation cost more than the work the short-circuits saved. */
function straightReader(): Reader & { prologue(): string; wordsRead(): number[] } {
  const words = new Set<number>();
  return {
    and: " & ",
    or: " | ",
    field: (_at, name) => `f_${name}`,
    wordBit: (_at, word, bit) => {
      words.add(word);
      return `((f_bits${word} & ${bit}) !== 0)`;
    },
    noRun: () => "(f_unsafe | !f_hasRun)",
    prologue: () => {
      const reads = ["length", "words", "lines", "unsafe", "marks", "hasRun"].map((name) => `f_${name} = f.${name}`);
      const all = "f_all = f_unsafe ? -1 : 0";
      const bits = [...words].map((w) => `f_bits${w} = f.bits[${w}] | f_all`);
      return `const ${reads.join(", ")};\nconst ${[all, ...bits].join(", ")};`;
    },
    wordsRead: () => [...words].sort((a, b) => a - b),
  };
}

/** The unit's facts. */
export function factsOf(plan: Plan, subject: Subject): Facts {
  return factsOfText(plan, subject.text, subject.lineCount);
}

/** The facts of a text of `lines` lines (plan/line-scan.ts measures them). */
export function factsOfText(plan: Plan, text: string, lines: number): Facts {
  const facts = scanLine(text, plan).facts!;
  if (lines !== 1) facts.lines = lines;
  return facts;
}

/** The facts of a text made of `parts` joined by "\n", from the parts' own facts (a block from its
 *  lines, without scanning it again): a newline is neither a letter, a word character nor a mark,
 *  so the runs, words and marks are the parts' together, and the first run is the first part's
 *  that has one. With `bitsWords`, only those words of the bits are joined, the others left
 *  clear: enough for a reader of those words alone (Plan.candidateWords). */
export function joinedFacts(plan: Plan, parts: readonly Facts[], length: number, bitsWords?: readonly number[]): Facts {
  const { width, someMask } = plan;
  const bits = new Array<number>(width).fill(0);
  let words = 0;
  let unsafe = false;
  let marks = 0;
  let hasRun = false;
  for (const f of parts) {
    words += f.words;
    unsafe ||= f.unsafe;
    marks |= f.marks;
    if (bitsWords === undefined) for (let w = 0; w < width; w++) bits[w]! |= f.bits[w]! & (hasRun ? someMask[w]! : -1);
    else for (const w of bitsWords) bits[w]! |= f.bits[w]! & (hasRun ? someMask[w]! : -1);
    hasRun ||= f.hasRun;
  }
  // As factsOf leaves them: an uncertain folding lets every word condition hold anyway.
  if (unsafe) bits.fill(0);
  return { words, length, lines: parts.length, bits, unsafe, marks, hasRun };
}
