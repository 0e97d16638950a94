// htmlparser2's Parser keeps two stacks top first in arrays it grows at the front (unshift/shift):
// its open elements, and whether each SVG or MathML context is foreign. Each start tag then costs
// as much as the nesting is deep, so a page of 100k nested elements took seconds in the parser
// alone, and a close tag that matches no open element searched the whole stack. This stack
// answers the same calls, top first, from an array grown at the end, with a count per value that
// turns an unmatched close tag away at once.

/** The parser's calls on its stacks: length (read, and set to 0), [0], shift, unshift, indexOf. */
export class TopFirstStack<T> {
  /** Bottom first. */
  private readonly items: T[] = [];
  private readonly counts = new Map<T, number>();

  /** `topFirst`: the parser's array as it stands. */
  constructor(topFirst: readonly T[] = []) {
    for (let i = topFirst.length - 1; i >= 0; i--) this.unshift(topFirst[i]!);
  }

  get length(): number {
    return this.items.length;
  }

  set length(n: number) {
    // The parser only ever empties its stacks.
    while (this.items.length > n) this.shift();
  }

  /** The top of the stack (the innermost open element). */
  get 0(): T | undefined {
    return this.items[this.items.length - 1];
  }

  unshift(value: T): number {
    this.items.push(value);
    this.counts.set(value, (this.counts.get(value) ?? 0) + 1);
    return this.items.length;
  }

  shift(): T | undefined {
    if (this.items.length === 0) return undefined;
    const value = this.items.pop()!;
    this.counts.set(value, this.counts.get(value)! - 1);
    return value;
  }

  /** Depth of the topmost `value` (0: the top), or -1. */
  indexOf(value: T): number {
    if ((this.counts.get(value) ?? 0) === 0) return -1;
    const last = this.items.length - 1;
    for (let i = last; i >= 0; i--) if (this.items[i] === value) return last - i;
    return -1;
  }

  /** Top first, as the parser's own array. */
  toArray(): T[] {
    return this.items.slice().reverse();
  }
}

const STACKS = ["stack", "foreignContext"] as const;

/** Gives `parser` TopFirstStacks for its two stacks, when both are the arrays this is written for;
 *  a parser of another shape keeps its own. Returns a function to call before the parser's end(),
 *  which reads the open elements by index: it hands the parser arrays again. */
export function useTopFirstStacks(parser: object): () => void {
  const p = parser as Record<(typeof STACKS)[number], unknown>;
  if (!STACKS.every((name) => Array.isArray(p[name]))) return () => {};
  const stacks = STACKS.map((name) => new TopFirstStack(p[name] as unknown[]));
  STACKS.forEach((name, i) => (p[name] = stacks[i]));
  return () => STACKS.forEach((name, i) => (p[name] = stacks[i]!.toArray()));
}
