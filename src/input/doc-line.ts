// A line of a Doc, as both front ends make it.
import type { Line, Range } from "../types.js";

/** Its id and range are derived when read, not stored: a document may hold a million short
 *  lines, and a string and an array per line would weigh more than the line's own text. */
export class DocLine implements Line {
  constructor(
    readonly block: number,
    readonly index: number,
    readonly text: string,
    readonly start: number,
    readonly end: number,
  ) {}

  /** "b3.l1": block 3, line 1, both 0-based. */
  get id(): string {
    return `b${this.block}.l${this.index}`;
  }

  get range(): Range {
    return [this.start, this.end];
  }
}
