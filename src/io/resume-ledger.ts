// What --resume knows about an earlier run's output: which documents it already holds. A document
// is named by its id and its occurrence (the 2nd document with id "x" is ("x", 2)), so a batch
// with repeated ids resumes correctly even when records were written out of input order
// (--unordered): counting ids alone would take a later copy for an earlier one.

/** The documents an output already holds, as (id, occurrence) pairs. */
export class DoneRecords {
  // A number n stands for occurrences 1..n (the common case, in input order); a set otherwise.
  readonly #byId = new Map<string, number | Set<number>>();
  #size = 0;

  get size(): number {
    return this.#size;
  }

  hasId(id: string): boolean {
    return this.#byId.has(id);
  }

  has(id: string, occurrence: number): boolean {
    const held = this.#byId.get(id);
    if (held === undefined) return false;
    return typeof held === "number" ? occurrence <= held : held.has(occurrence);
  }

  /**
   * Records one document. A record without an occurrence (every first copy, and every record an
   * ordered run wrote) takes the smallest occurrence not yet held: in an ordered output that is its
   * place in the input, and in an unordered one only first copies lack the field.
   * Returns the occurrence recorded, or 0 when that document was already held.
   */
  add(id: string, occurrence?: number): number {
    const held = this.#byId.get(id);
    let n = occurrence;
    if (n === undefined) {
      n = 1;
      if (typeof held === "number") n = held + 1;
      else if (held !== undefined) while (held.has(n)) n++;
    }
    if (this.has(id, n)) return 0;
    if (held === undefined) this.#byId.set(id, n === 1 ? 1 : new Set([n]));
    else if (typeof held === "number") this.#byId.set(id, n === held + 1 ? n : new Set([...range(held), n]));
    else held.add(n);
    this.#size++;
    return n;
  }
}

/** Counts the documents read per id, giving each its occurrence (1 for the first copy). */
export class Occurrences {
  readonly #seen = new Map<string, number>();

  next(id: string): number {
    const n = (this.#seen.get(id) ?? 0) + 1;
    this.#seen.set(id, n);
    return n;
  }
}

/** The field a JSONL record carries when it is not the first document with its id. */
export const OCCURRENCE_FIELD = "occurrence";

/** A JSONL record line (`{"id":...,`) with the occurrence put after its id; unchanged for a first copy. */
export function withOccurrence(line: string, id: string, occurrence: number): string {
  if (occurrence <= 1) return line;
  const head = `{"id":${JSON.stringify(id)},`;
  if (!line.startsWith(head)) return line;
  return `${head}"${OCCURRENCE_FIELD}":${occurrence},${line.slice(head.length)}`;
}

function range(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i + 1);
}
