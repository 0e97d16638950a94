// htmlparser2's Parser keeps its open elements top first in an array it grows at the front
// (unshift/shift), so each start tag costs as much as the nesting is deep and a page of 100k
// nested elements takes seconds in the parser alone; a close tag that matches no open element
// searches the whole stack. This stack answers the same calls, top first, from an array grown at
// the end, with a count per name that turns an unmatched close tag away at once.

/** The parser's calls on its stack: length (read, and set to 0), [0], shift, unshift, indexOf. */
export class OpenElements {
  private readonly items: string[] = [];
  private readonly counts = new Map<string, number>();

  get length(): number {
    return this.items.length;
  }

  set length(n: number) {
    // The parser only ever empties its stack.
    while (this.items.length > n) this.shift();
  }

  /** The innermost open element. */
  get 0(): string | undefined {
    return this.items[this.items.length - 1];
  }

  unshift(name: string): number {
    this.items.push(name);
    this.counts.set(name, (this.counts.get(name) ?? 0) + 1);
    return this.items.length;
  }

  shift(): string | undefined {
    const name = this.items.pop();
    if (name !== undefined) this.counts.set(name, this.counts.get(name)! - 1);
    return name;
  }

  /** Depth of the innermost open `name` from the top (0: the innermost element), or -1. */
  indexOf(name: string): number {
    if ((this.counts.get(name) ?? 0) === 0) return -1;
    const last = this.items.length - 1;
    for (let i = last; i >= 0; i--) if (this.items[i] === name) return last - i;
    return -1;
  }

  /** Top first, as the parser's own array: for its end, which reads every index. */
  toArray(): string[] {
    return this.items.slice().reverse();
  }
}

interface ParserStack {
  stack?: unknown;
}

/** Gives `parser` an OpenElements stack, when it has the array this is written for (an empty
 *  array property named `stack`); a parser of another shape keeps its own. Returns a function to
 *  call before the parser's end(), which reads the stack by index. */
export function useOpenElements(parser: object): () => void {
  const p = parser as ParserStack;
  if (!Array.isArray(p.stack) || p.stack.length !== 0) return () => {};
  const open = new OpenElements();
  p.stack = open;
  return () => {
    p.stack = open.toArray();
  };
}
