// Whether a unit stands in a rule's zone. Zones are counted in kept blocks at the start of the
// pass, so once the page chrome around an article is gone, its last paragraphs become the tail.
import type { Zone } from "../types.js";

export function inZone(zone: Zone, window: number, blockPos: number, blockCount: number): boolean {
  const head = blockPos < window;
  const tail = blockPos >= blockCount - window;
  switch (zone) {
    case "head":
      return head;
    case "tail":
      return tail;
    case "body":
      return !head && !tail;
    case "anywhere":
      return true;
  }
}
