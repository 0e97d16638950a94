// Equal facts of line texts, as one object. Facts live as long as their memo, one memo per
// distinct line: a page of a million short lines holds a million texts but only a few thousand
// different facts (a length, a word count, the marks, the word conditions met). Facts are never
// written to once measured, so lines may share them.
import type { Facts } from "../plan/line-scan.js";

/** Keys are packed in a double's 53 bits: the marks in the low 32, then the two flags, the
 *  words (8 bits) and the length (11 bits). Longer or wordier texts are rare: kept as measured. */
const MAX_WORDS = 256;
const MAX_LENGTH = 2048;
const LOW = 2 ** 32;
/** Past this many, a page's facts are mostly different: new ones are kept as measured. */
const MAX_SHARED = 1 << 16;

export class SharedFacts {
  /** By condition bits, then by the key of the rest. The scan shares equal bit arrays (most
   *  lines meet no word condition or the same few), so the arrays' identity tells them apart. */
  private readonly known = new Map<readonly number[], Map<number, Facts>>();
  private count = 0;

  /** `facts`, or equal facts met before. */
  share(facts: Facts): Facts {
    const { words, length, marks } = facts;
    if (facts.lines !== 1 || words >= MAX_WORDS || length >= MAX_LENGTH || marks >>> 0 !== marks) return facts;
    const key = ((length * MAX_WORDS + words) * 4 + (facts.unsafe ? 2 : 0) + (facts.hasRun ? 1 : 0)) * LOW + marks;
    let byKey = this.known.get(facts.bits);
    const same = byKey?.get(key);
    if (same !== undefined) return same;
    if (this.count === MAX_SHARED) return facts;
    if (byKey === undefined) this.known.set(facts.bits, (byKey = new Map()));
    byKey.set(key, facts);
    this.count++;
    return facts;
  }
}
