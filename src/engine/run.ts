// Runs every active rule over the units in its zone and reports matches. Rules only report:
// nothing here changes the document.
import type { Matcher, Subject } from "../matchers/matcher.js";
import type { Rule } from "../rules/rule.js";
import type { Hit, Match, Range, Warning } from "../types.js";
import { joinedFacts, type Around, type Facts, type Plan, type RulePlan } from "../plan/prefilter.js";
import { scanLine } from "../plan/line-scan.js";
import { placeHolds, type PlaceNeed } from "../plan/place.js";
import { SharedMeasures } from "../plan/shared-measures.js";
import { FeatureRows } from "../plan/feature-rows.js";
import { MemoRows, UnitMemo, spanToRanges, type LineState } from "./state.js";
import { pageModels, subjectFactory } from "./subjects.js";
import type { ItemRun } from "../region/item-runs.js";
import { firstLine, unitRange, type BlockRef, type UnitRef, type Units } from "./units.js";
import { inZone } from "./zones.js";
import { ReachMasks, type Reach } from "../plan/rule-reach.js";

export interface RunOptions {
  /** Units longer than this are article text, not boilerplate; no rule is asked about them. */
  maxUnitChars: number;
  /** Called once per unit asked about; throws to stop the run (an HTML page's time budget). */
  tick?: () => void;
}

/** A rule's hit on a unit, for the decide step. The public Match (reason rendered, text
 *  sliced) is only built when a report or removal needs it: most hits never do. */
export interface UnitMatch {
  rule: Rule;
  unit: UnitRef;
  hit: Hit;
  pass: number;
  /** What the match covers in Doc.text: the unit, or for trims the span. */
  range: Range;
  /** For trims: the doc ranges to cut. */
  cut?: Range[];
  /** For drop-section: the units after the matched one that belong to its section. */
  section?: UnitRef[];
}

/** What outlives a pass: the rule plan, per-block memos, and line memos by text (a line also
 *  holds its own on LineState). Lines repeat within a page (menus, footers, share bars: a fifth
 *  of the dev set's lines repeat an earlier line of the same page), and a context-free result or
 *  a unit's facts depend on its text alone, so equal lines share one memo. */
export interface RunCache {
  plan: Plan;
  blocks: Map<string, UnitMemo>;
  lines: Map<string, UnitMemo>;
  /** The memos' bit sets. */
  rows: MemoRows;
  /** The line memos' features. */
  features: FeatureRows;
  /** The line memos' facts and stop-word counts, equal ones as one object. */
  shared: SharedMeasures;
  /** The runs of cards over the input's lines, when the first pass asked for the region model:
   *  that pass keeps every line, as the input has it. */
  inputItems?: readonly ItemRun[];
}

/** `units`: the document's lines and blocks, which bound the memos of its first pass (one per
 *  distinct line text, one per block). Rows sized for them at once are not copied to grow: a page
 *  of a million short lines would otherwise leave each smaller copy behind, alive until the next
 *  full collection. */
export function newRunCache(plan: Plan, units = 0): RunCache {
  const rows = Math.max(64, units + 1);
  return { plan, blocks: new Map(), lines: new Map(), rows: new MemoRows((plan.slots + 31) >> 5, rows), features: new FeatureRows(rows), shared: new SharedMeasures() };
}

export function runRules(rules: readonly Rule[], units: Units, pass: number, options: RunOptions, warnings: Warning[], cache: RunCache): UnitMatch[] {
  // A subject's word count and its matchers' word checks come from its facts (measured once per text).
  const page = pageModels(units);
  const subject = subjectFactory(units, { facts: (unit) => factsOf(unit), plan: cache.plan }, page);
  const blockCount = units.block.length;
  const memos = { line: new Array<UnitMemo | undefined>(units.line.length), block: new Array<UnitMemo | undefined>(units.block.length) };
  // The facts of the pass's units by position, set as the pass measures each unit before any
  // rule runs: the subjects, the conditions on neighbours and the blocks' joined facts read them
  // there (millions of reads a round), not through the unit's memo.
  const measured = { line: new Array<Facts | undefined>(units.line.length), block: new Array<Facts | undefined>(units.block.length) };
  const rows = cache.rows;
  const width = rows.width;
  // A unit's memo holds while its text is unchanged: facts and context-free results depend on nothing else.
  const memoOf = (unit: UnitRef): UnitMemo => {
    let m = memos[unit.kind][unit.pos];
    if (m !== undefined) return m;
    if (unit.kind === "line") {
      const state = unit;
      m = state.memo;
      if (m === undefined || m.text !== unit.text) {
        m = cache.lines.get(unit.text);
        if (m === undefined) cache.lines.set(unit.text, (m = newMemo(unit.text, 1, cache)));
        state.memo = m;
      }
    } else {
      const lineCount = unit.lines.length;
      m = cache.blocks.get(unit.id);
      if (m === undefined || m.lineCount !== lineCount || m.text !== unit.text) cache.blocks.set(unit.id, (m = newMemo(unit.text, lineCount, cache)));
    }
    memos[unit.kind][unit.pos] = m;
    return m;
  };
  /** The unit's prefilter facts, measured once per text; a block's are joined from its lines'. */
  const factsFor = (unit: UnitRef, memo = memoOf(unit)): Facts => {
    if (memo.facts !== undefined) return memo.facts;
    if (unit.kind === "line") {
      // One scan measures the line for the prefilter and for the classifier and region model.
      const scan = scanLine(unit.text, cache.plan, cache.shared);
      memo.features = scan.features;
      return (memo.facts = scan.facts!);
    }
    return (memo.facts = blockFacts(unit, lineFactsOf, cache.plan));
  };
  const factsOf = (unit: UnitRef): Facts => measured[unit.kind][unit.pos] ?? factsFor(unit);
  const lineFactsOf = (line: LineState): Facts => measured.line[line.pos] ?? factsFor(line);
  /** Which of its kind's rules' conditions the unit's facts meet (Plan.candidates), once per text. */
  const candidatesFor = (unit: UnitRef, memo: UnitMemo): void => {
    if (memo.known) return;
    rows.candidates.set(cache.plan.candidates[unit.kind](factsFor(unit, memo)), memo.row * width);
    memo.known = true;
  };
  // Each rule's matches in unit order, kept apart so that the result lists them rule by rule,
  // as the rules are listed: the decide step's ties and the reports follow that order.
  const found: UnitMatch[][] = rules.map(() => []);
  const failed: Array<Error | undefined> = new Array(rules.length);
  // Sections of one rule never overlap: a header inside an earlier section is already claimed.
  const sectionEnd = new Array<number>(rules.length).fill(-1);
  const plan = cache.plan;
  const slotWords = (plan.slots + 31) >> 5;
  const table = ruleTable(rules, plan);
  const rulePlans = table.plans;
  const tick = options.tick ?? noTick;
  /** Records rule r's hit on the unit. */
  const report = (r: number, unit: UnitRef, hit: Hit, list: readonly UnitRef[]): void => {
    const rule = rules[r]!;
    const um = matchOf(rule, unit, hit, pass);
    if (um === undefined) return;
    if (rule.until && unit.pos > sectionEnd[r]!) {
      um.section = sectionAfter(unit, list, rule.until, subject);
      sectionEnd[r] = unit.pos + um.section.length;
    }
    found[r]!.push(um);
  };
  for (const kind of ["line", "block"] as const) {
    const list = units[kind];
    const { bySlot, mask, byVerdict, bySlotAny, bounded } = table[kind];
    if (byVerdict.length === 0 && !bySlotAny) continue;
    // Every line is measured before any rule runs: page-wide models (the region) read every
    // line's measures on the first ask, and find them in the memos. A block's facts serve only
    // the block rules and are joined from its lines': whether it meets some block rule's
    // condition is read from the few words of bits those conditions read, and a block that meets
    // none (most blocks are prose) is asked nothing, gets no memo and is not joined in full.
    const memoAt = new Array<UnitMemo | undefined>(list.length);
    for (const unit of list) {
      tick();
      if (unit.text.length > options.maxUnitChars) continue;
      let memo: UnitMemo;
      if (unit.kind === "line") {
        memo = memoOf(unit);
        measured.line[unit.pos] = factsFor(unit, memo);
        candidatesFor(unit, memo);
      } else {
        if (!bySlotAny) continue;
        const only = oneLineFacts(unit, lineFactsOf);
        measured.block[unit.pos] = only;
        if (!someBit(plan.candidates.block(only ?? blockFacts(unit, lineFactsOf, plan, plan.candidateWords.block)), mask)) continue;
        memo = memoOf(unit);
        measured.block[unit.pos] = memo.facts ??= only ?? blockFacts(unit, lineFactsOf, plan);
        candidatesFor(unit, memo);
      }
      memoAt[unit.pos] = memo;
    }
    // A region rule's hits are the model's verdicts on the units in its part: one pass over the
    // verdicts instead of a subject, a memo look-up and a test per unit.
    for (const r of byVerdict) {
      const rule = rules[r]!;
      const { part, params } = rulePlans[r]!.byVerdict!;
      try {
        for (const unit of list) {
          if (unit.text.length > options.maxUnitChars || !zoneHolds(rule, unit.blockPos, blockCount)) continue;
          if (page.regionPart(unit, params) !== part) continue;
          report(r, unit, { evidence: page.region(unit, params).evidence }, list);
        }
      } catch (error) {
        failed[r] = error as Error;
      }
    }
    if (!bySlotAny) continue;
    // Built apart from this loop, so that nothing the loop reads is shared with a closure.
    const near = neighbourFacts(list, measured[kind], factsFor);
    const reach = new ReachMasks(mask, bounded, list, blockCount, page.position);
    for (const unit of list) {
      const memo = memoAt[unit.pos];
      if (memo === undefined) continue;
      tick();
      near.at = unit.pos;
      const at = memo.row * width;
      // The rules whose zone and position needs hold where the unit stands.
      const where = reach.at(unit.pos);
      for (let w = 0; w < slotWords; w++) {
        let bits = rows.candidates[at + w]! & where[w]!;
        while (bits !== 0) {
          const low = bits & -bits;
          bits ^= low;
          const slot = (w << 5) | (31 - Math.clz32(low));
          const r = bySlot[slot]!;
          if (failed[r] !== undefined) continue;
          const rule = rules[r]!;
          const rulePlan = rulePlans[r]!;
          try {
            let hit: Hit | null;
            if (rulePlan.contextFree) {
              if ((rows.tested[at + w]! & low) !== 0) {
                // Asked before about this text: the same answer, wherever the unit stands now.
                hit = memo.hits?.get(slot) ?? null;
                if (hit === null) continue;
              } else {
                hit = rule.test(subject(unit));
                rows.tested[at + w]! |= low;
                if (hit !== null) (memo.hits ??= new Map()).set(slot, hit);
              }
            } else {
              // The candidates leave conditions on the unit's region part and neighbours out: they are asked here.
              const regions = table.regions[r]!;
              if (regions.length !== 0 && !placeHolds(regions, page, unit)) continue;
              if (rulePlan.pre !== null && !rulePlan.pre(factsFor(unit, memo), near.around)) continue;
              hit = rule.test(subject(unit));
            }
            if (hit !== null) report(r, unit, hit, list);
          } catch (error) {
            failed[r] = error as Error;
          }
        }
      }
    }
  }
  if (pass === 1) cache.inputItems = page.itemRuns();
  const out: UnitMatch[] = [];
  rules.forEach((rule, r) => {
    const error = failed[r];
    if (error !== undefined) warnings.push({ code: "rule-error", ruleId: rule.id, message: `rule ${rule.id} failed and was skipped: ${error.message}` });
    else for (const m of found[r]!) out.push(m);
  });
  return out;
}

function noTick(): void {}

/** Whether `bits` and `mask` share a bit. */
function someBit(bits: readonly number[], mask: Int32Array): boolean {
  for (let w = 0; w < mask.length; w++) if ((bits[w]! & mask[w]!) !== 0) return true;
  return false;
}

/** A rule list's plans, and for each kind of unit its rules by plan slot and a mask of their
 *  slots: a unit is asked only about the rules whose conditions its facts meet (most units meet
 *  a handful of the catalog's). A rule that is its region ask alone is not asked unit by unit
 *  (byVerdict, see runRules). They depend on the list alone: built once per list, not per pass. */
interface RuleTable {
  plans: RulePlan[];
  /** By rule, the place needs on the unit's region part (its position needs bound its reach). */
  regions: PlaceNeed[][];
  line: KindTable;
  block: KindTable;
}

interface KindTable {
  bySlot: Int32Array;
  mask: Int32Array;
  byVerdict: number[];
  /** Whether some rule is asked unit by unit (some bit of `mask` is set). */
  bySlotAny: boolean;
  /** The rules asked unit by unit whose reach is bounded (plan/rule-reach.ts). */
  bounded: Reach[];
}

const ruleTables = new WeakMap<readonly Rule[], { plan: Plan; table: RuleTable }>();

function ruleTable(rules: readonly Rule[], plan: Plan): RuleTable {
  const known = ruleTables.get(rules);
  if (known !== undefined && known.plan === plan) return known.table;
  const plans = rules.map((rule) => plan.rules.get(rule)!);
  const kindTable = (kind: Rule["unit"]): KindTable => {
    const bySlot = new Int32Array(plan.slots).fill(-1);
    const mask = new Int32Array((plan.slots + 31) >> 5);
    const byVerdict: number[] = [];
    const bounded: Reach[] = [];
    for (let r = 0; r < rules.length; r++) {
      const rule = rules[r]!;
      if (rule.mode === "off" || rule.unit !== kind) continue;
      const rulePlan = plans[r]!;
      if (rulePlan.byVerdict !== null) {
        byVerdict.push(r);
        continue;
      }
      bySlot[rulePlan.slot] = r;
      mask[rulePlan.slot >> 5]! |= 1 << (rulePlan.slot & 31);
      const positions = rulePlan.contextFree ? [] : rulePlan.place.flatMap((need) => (need.kind === "position" ? [need] : []));
      if (rule.zone !== "anywhere" || positions.length > 0) bounded.push({ slot: rulePlan.slot, zone: rule.zone, window: rule.window, positions });
    }
    return { bySlot, mask, byVerdict, bySlotAny: mask.some((m) => m !== 0), bounded };
  };
  const regions = plans.map((rulePlan) => rulePlan.place.filter((need) => need.kind === "region"));
  const table = { plans, regions, line: kindTable("line"), block: kindTable("block") };
  ruleTables.set(rules, { plan, table });
  return table;
}

function zoneHolds(rule: Rule, blockPos: number, blockCount: number): boolean {
  return rule.zone === "anywhere" || inZone(rule.zone, rule.window, blockPos, blockCount);
}

/** The match a hit makes, or undefined for a trim whose span is empty. */
function matchOf(rule: Rule, unit: UnitRef, hit: Hit, pass: number): UnitMatch | undefined {
  if (rule.action !== "trim") return { rule, unit, hit, pass, range: unitRange(unit) };
  const cut = spanToRanges(firstLine(unit), hit.span ?? [0, unit.text.length]);
  if (cut.length === 0) return undefined;
  return { rule, unit, hit, pass, range: [cut[0]![0], cut[cut.length - 1]![1]], cut };
}

/** The facts of the units around `at` in `list`, for conditions on prev/next (plan/prefilter.ts):
 *  `measured` holds them by position, but for a unit the pass did not measure (too long to ask). */
function neighbourFacts(list: readonly UnitRef[], measured: ReadonlyArray<Facts | undefined>, factsFor: (u: UnitRef) => Facts): { at: number; around: Around } {
  const near = {
    at: 0,
    around: (offset: number): Facts | undefined => {
      const pos = near.at + offset;
      if (pos < 0 || pos >= list.length) return undefined;
      return measured[pos] ?? factsFor(list[pos]!);
    },
  };
  return near;
}

/** A block's facts, joined from its lines' (with `bitsWords`, those words of the bits alone: see
 *  joinedFacts). Apart from factsFor, which runs millions of times a round: a closure over its
 *  unit there would make every call allocate a context for it. */
function blockFacts(unit: BlockRef, lineFacts: (line: LineState) => Facts, plan: Plan, bitsWords?: readonly number[]): Facts {
  return oneLineFacts(unit, lineFacts) ?? joinedFacts(plan, unit.lines.map((line) => lineFacts(line)), unit.text.length, bitsWords);
}

/** A block of one line is that line's text: its facts are the line's, not a copy. */
function oneLineFacts(unit: BlockRef, lineFacts: (line: LineState) => Facts): Facts | undefined {
  if (unit.lines.length !== 1) return undefined;
  const only = lineFacts(unit.lines[0]!);
  return only.length === unit.text.length ? only : undefined;
}

function newMemo(text: string, lineCount: number, cache: RunCache): UnitMemo {
  return new UnitMemo(text, lineCount, cache.rows.add(), cache.features);
}

/** The units following `unit` up to (not including) the first that `until` accepts. */
function sectionAfter(unit: UnitRef, list: readonly UnitRef[], until: Matcher, subject: (u: UnitRef) => Subject): UnitRef[] {
  const out: UnitRef[] = [];
  for (let i = unit.pos + 1; i < list.length; i++) {
    const next = list[i]!;
    if (until(subject(next)) !== null) break;
    out.push(next);
  }
  return out;
}

/** The reason a hit gives, rendered from its captures and evidence. */
export function reasonOf(m: UnitMatch): string {
  return m.rule.reason(m.hit.captures, m.hit.evidence);
}

/** The public record of a hit (reports, and anything else that outlives the pass). */
export function toMatch(m: UnitMatch, docText: string): Match {
  const { rule, unit, hit, range } = m;
  const match: Match = { ruleId: rule.id, unitId: unit.id, action: rule.action, mode: rule.mode, pass: m.pass, reason: reasonOf(m), range, text: docText.slice(range[0], range[1]) };
  if (hit.captures) match.captures = hit.captures;
  if (hit.evidence) match.evidence = hit.evidence;
  return match;
}
