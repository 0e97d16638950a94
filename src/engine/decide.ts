// Turns the matches of one pass into one decision per line: which rule removes it (if any),
// which trim applies, which rules were vetoed by keep rules. Every tie is broken by priority and then rule id, so
// the order rules were loaded in never changes the result.
import type { Rule } from "../rules/rule.js";
import type { UnitMatch } from "./run.js";
import type { LineState } from "./state.js";
import type { UnitRef, Units } from "./units.js";
import { inZone } from "./zones.js";

export interface Claim {
  rule: Rule;
  match: UnitMatch;
  /** What the removal is reported against: a line unit, or a block by its id. */
  group: LineState | string;
}

export interface Decision {
  /** Lines to remove, their claims in precedence order (the winning claim first). */
  drops: Map<LineState, Claim[]>;
  /** One trim per line per pass; the rest wait for the next pass. */
  trims: Map<LineState, UnitMatch>;
  /** Matches whose captures count (their removal went ahead, or they are keep rules). */
  captures: UnitMatch[];
}

/** Highest priority first, then block rules before line rules (one removal explains the whole
 *  block), then rule id: never the order rules were loaded in. */
const byPrecedence = (a: { rule: Rule }, b: { rule: Rule }): number =>
  b.rule.priority - a.rule.priority || unitRank(a.rule) - unitRank(b.rule) || (a.rule.id < b.rule.id ? -1 : a.rule.id > b.rule.id ? 1 : 0);
const unitRank = (rule: Rule): number => (rule.unit === "block" ? 0 : 1);

export function decide(matches: readonly UnitMatch[], units: Units): Decision {
  const active = matches.filter((m) => m.rule.mode === "on");
  const kept = new Set<LineState>();
  for (const m of active) if (m.rule.action === "keep") for (const l of m.unit.lines) kept.add(l);

  // Every claimed line, then (once the kept ones are taken out) the lines to remove.
  const drops = new Map<LineState, Claim[]>();
  const claim = (l: LineState, m: UnitMatch, group: LineState | string): void => {
    const c = { rule: m.rule, match: m, group };
    const list = drops.get(l);
    if (list) insertInOrder(list, c);
    else drops.set(l, [c]);
  };
  const claimUnit = (u: UnitRef, m: UnitMatch): void => {
    if (u.kind === "line") claim(u, m, u);
    else for (const l of u.lines) claim(l, m, u.id);
  };
  const trimsWanted = new Map<LineState, UnitMatch[]>();

  for (const [rule, ms] of groupByRule(active)) {
    switch (rule.action) {
      case "drop":
      case "extract":
        for (const m of ms) claimUnit(m.unit, m);
        break;
      case "drop-section":
        for (const m of ms) {
          claimUnit(m.unit, m);
          for (const u of m.section ?? []) claimUnit(u, m);
        }
        break;
      case "drop-run":
        for (const m of selectRun(rule, ms, units)) claimUnit(m.unit, m);
        break;
      case "drop-rest": {
        // A unit's linePos is the position of its first line among the kept lines.
        const first = ms.reduce((a, b) => (b.unit.linePos < a.unit.linePos ? b : a));
        for (let i = first.unit.linePos; i < units.line.length; i++) {
          const l = units.line[i]!;
          claim(l, first, `b${l.line.block}`);
        }
        break;
      }
      case "trim":
        for (const m of ms) {
          const l = m.unit.lines[0]!;
          const list = trimsWanted.get(l);
          if (list) insertInOrder(list, m);
          else trimsWanted.set(l, [m]);
        }
        break;
      case "keep":
        break;
    }
  }

  for (const line of kept) drops.delete(line);
  const trims = new Map<LineState, UnitMatch>();
  for (const [line, list] of trimsWanted) {
    if (!kept.has(line) && !drops.has(line)) trims.set(line, list[0]!);
  }
  const captures = active.filter((m) => {
    if (m.rule.capture === undefined) return false;
    if (m.rule.action === "keep") return true;
    if (m.rule.action === "trim") return trims.get(m.unit.lines[0]!) === m;
    return m.unit.lines.some((l) => drops.has(l));
  });
  return { drops, trims, captures };
}

/** Adds `item` to `list`, which stays in precedence order; after its equals, as a stable sort
 *  would put it. Most lists hold one or two claims: a sort of each cost more than the claims. */
function insertInOrder<T extends { rule: Rule }>(list: T[], item: T): void {
  let i = list.length;
  list.push(item);
  for (; i > 0 && byPrecedence(list[i - 1]!, item) > 0; i--) list[i] = list[i - 1]!;
  list[i] = item;
}

function groupByRule(ms: readonly UnitMatch[]): Map<Rule, UnitMatch[]> {
  const out = new Map<Rule, UnitMatch[]>();
  for (const m of ms) {
    const list = out.get(m.rule);
    if (list) list.push(m);
    else out.set(m.rule, [m]);
  }
  return out;
}

/** drop-run: in head or tail, the unbroken run of matching units from the document edge;
 *  elsewhere, every run of at least `minRun` consecutive matching units. */
function selectRun(rule: Rule, ms: readonly UnitMatch[], units: Units): UnitMatch[] {
  const byUnit = new Map<UnitRef, UnitMatch>(ms.map((m) => [m.unit, m]));
  const list = units[rule.unit].filter((u) => inZone(rule.zone, rule.window, u.blockPos, units.block.length));
  if (rule.zone === "head" || rule.zone === "tail") {
    const ordered = rule.zone === "head" ? list : [...list].reverse();
    const run: UnitMatch[] = [];
    for (const u of ordered) {
      const m = byUnit.get(u);
      if (m === undefined) break;
      run.push(m);
    }
    return run;
  }
  const out: UnitMatch[] = [];
  let run: UnitMatch[] = [];
  let lastPos = -2;
  const flush = (): void => {
    if (run.length >= rule.minRun) for (const m of run) out.push(m);
    run = [];
  };
  for (const u of list) {
    const m = byUnit.get(u);
    if (m === undefined) continue;
    if (u.pos !== lastPos + 1) flush();
    run.push(m);
    lastPos = u.pos;
  }
  flush();
  return out;
}
