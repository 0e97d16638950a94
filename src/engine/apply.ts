// Carries out a pass's decision on the line states and records every removal, with exact text
// and offsets, so that kept text plus removals rebuild the input.
import type { Range, Removal } from "../types.js";
import type { Claim, Decision } from "./decide.js";
import { reasonOf } from "./run.js";
import { cutRange, type LineState } from "./state.js";

export function applyDecision(states: readonly LineState[], decision: Decision, pass: number, docText: string): Removal[] {
  const removals: Removal[] = [];
  // `also` is a list from the start, grown in place: set on the first join that brings another
  // rule, the field would change from empty to a set once per isolate, and V8 would throw away
  // the code compiled for the loop below.
  let open: { claim: Claim; also: string[]; range: [number, number]; block: number; last: number } | undefined;
  const flush = (): void => {
    if (open === undefined) return;
    const { claim } = open;
    const group = claim.group;
    if (typeof group === "string") removals.push(removalOf(claim, group, "block", open.range, open.also, pass, docText));
    else {
      // Neighbouring lines removed by one line rule are reported together: "b4.l0-7".
      const id = group.line.index !== open.last ? `${group.id}-${open.last}` : group.id;
      removals.push(removalOf(claim, id, "line", open.range, open.also, pass, docText));
    }
    open = undefined;
  };
  /** Removes the piece [s, e) of the line for the claim `winner` (`others` also claimed the line). */
  const removePiece = (state: LineState, s: number, e: number, winner: Claim, others: readonly string[]): void => {
    // Consecutive lines removed for the same unit become one removal; the text between them
    // is only the line break.
    const sameUnit = open !== undefined && (open.claim.group === winner.group || (typeof open.claim.group !== "string" && typeof winner.group !== "string"));
    const joins = open !== undefined && sameUnit && open.claim.rule === winner.rule && open.block === state.line.block && isBlank(docText, open.range[1], s);
    if (joins && open) {
      open.range[1] = e;
      open.last = state.line.index;
      for (const id of others) open.also.push(id);
    } else {
      flush();
      open = { claim: winner, also: others.slice(), range: [s, e], block: state.line.block, last: state.line.index };
    }
  };
  // A pass that drops no line (the last pass of most pages) has no line to walk.
  if (decision.drops.size !== 0) {
    for (const state of states) {
      if (!state.alive) continue;
      const claims = decision.drops.get(state);
      if (claims === undefined) {
        flush();
        continue;
      }
      const winner = claims[0]!;
      // The other rules that claimed the line, in a list grown by push: an empty list made by `map`
      // is an array of another kind, and the optimized loop is thrown away when it first meets one.
      const others: string[] = [];
      for (let k = 1; k < claims.length; k++) if (claims[k]!.rule.id !== winner.rule.id) others.push(claims[k]!.rule.id);
      if (state.whole) removePiece(state, state.start, state.end, winner, others);
      else for (const [s, e] of state.segs) removePiece(state, s, e, winner, others);
      state.drop();
    }
    flush();
  }

  for (const [state, m] of decision.trims) {
    for (const range of m.cut ?? []) {
      removals.push(removalOf({ rule: m.rule, match: m, group: m.unit.id }, m.unit.id, "span", range, NONE_ALSO, pass, docText));
      cutRange(state, range, docText);
    }
  }
  return removals;
}

/** No other rule claimed the piece (shared, never written to). */
const NONE_ALSO: readonly string[] = [];

function isBlank(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) > 32) return false;
  return true;
}

/** The removal of `range` for `claim`, reported against the unit `unitId` (its group's, or a run of
 *  lines); `also`: the other rules that claimed it, repeats allowed. */
function removalOf(claim: Claim, unitId: string, unit: Removal["unit"], range: Range, also: readonly string[], pass: number, docText: string): Removal {
  const { rule, match } = claim;
  const removal: Removal = {
    ruleId: rule.id,
    reason: reasonOf(match),
    action: rule.action,
    unit,
    unitId,
    text: docText.slice(range[0], range[1]),
    range: [range[0], range[1]],
    pass,
  };
  if (match.hit.evidence) removal.evidence = match.hit.evidence;
  if (also.length > 0) removal.alsoMatched = [...new Set(also)].sort();
  return removal;
}
