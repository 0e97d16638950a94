// Conditions on a unit's place in the page rather than on its text: the part of the article
// region it stands in, its position in the kept text. No fact of the text tells them, and the
// candidates leave them out; the engine asks them of the page's models before it asks a rule
// that needs them (most lines stand in one part of the region and in the first nine tenths of
// the page, and most rules that ask ask for another part or the page's end).
import type { RegionVerdict } from "../matchers/matcher.js";
import type { Need } from "./need.js";

export type PlaceNeed = Extract<Need, { kind: "region" | "position" }>;

/** Where the units of a pass stand, as the page's models see them. */
export interface Place<U> {
  regionPart(unit: U, params: Record<string, number>): RegionVerdict["part"];
  /** Share (0..1) of the kept text before the unit (Subject.position). */
  position(unit: U): number;
}

/** The place conditions every unit the need holds on meets: the need's own, or its conjunction's
 *  parts' (never through any, not or a neighbour). */
export function placeNeeds(need: Need): PlaceNeed[] {
  if (need.kind === "region" || need.kind === "position") return [need];
  return need.kind === "all" ? need.parts.flatMap(placeNeeds) : [];
}

export function placeHolds<U>(needs: readonly PlaceNeed[], place: Place<U>, unit: U): boolean {
  for (const need of needs) {
    if (need.kind === "region" ? place.regionPart(unit, need.params) !== need.part : !within(roundedPosition(place.position(unit)), need)) return false;
  }
  return true;
}

/** A position as the `position` matcher reads it: to hundredths. */
export function roundedPosition(share: number): number {
  return Math.round(share * 100) / 100;
}

const within = (n: number, b: { min: number; max: number }): boolean => n >= b.min && n <= b.max;
