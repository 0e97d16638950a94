// How long a backtracking engine (V8's) can take on one regex, read from the regex itself rather
// than timed on sample strings, which miss whatever the samples do not spell out.
//
// The regex becomes a position automaton (one state per character class in the source) whose
// edges count the distinct ways the source can go from one position to the next: `(a+)+` goes
// from `a` back to `a` by the inner or by the outer loop, and a backtracking engine tries both.
// Then, as in Weideman et al., "Analyzing matching time behavior of backtracking regular
// expression matchers by using ambiguity of NFA" (2016):
// - exponential time <=> some state has two different loops that read the same text (EDA);
// - otherwise time grows as n^k, where k-1 is the longest chain of loops in which each one can
//   hand the same text over to the next one in more than one way (IDA).
// A search that is not anchored with `^` is read as `[^]*?(?:regex)`: the engine tries every start.
//
// Every approximation errs towards a slower verdict, never a faster one: assertions (`^`, `$`,
// `\b`, lookarounds) are read as always true, a bounded repeat `{m,n}` with n > 1 as unbounded,
// and each lookaround adds its own degree to the pattern's. Backreferences are refused.
import { createRequire } from "node:module";
import type { CharSet, Concatenation, Element, Expression, Quantifier } from "refa";

export type Verdict =
  | { kind: "exponential"; culprit: string; nested: boolean }
  | { kind: "polynomial"; degree: number; culprits: string[] }
  | { kind: "unsupported"; reason: string };

/** Number of ways, capped at 2: once a step can be taken two ways, more do not change the verdict. */
type Ways = 0 | 1 | 2;
const times = (a: number, b: number): Ways => Math.min(2, a * b) as Ways;
const plus = (a: number, b: number): Ways => Math.min(2, a + b) as Ways;

interface Fragment {
  first: Map<number, Ways>;
  last: Map<number, Ways>;
  /** Ways to match the empty string. */
  empty: Ways;
  /** `^` or `$` of the whole input: no character read before it can be followed by one after it. */
  edge?: true;
}

interface Position {
  chars: CharSet;
  /** Unbounded (or counted) repeats around this position, outermost first. */
  loops: Quantifier[];
}

/** The product searches give up past this many states: such a regex is refused as unreadable. */
const MAX_WORK = 2_000_000;
/** Counted repeats of a complex body up to this count are spelled out; longer ones read as unbounded. */
const MAX_UNROLLED = 12;

class TooComplex extends Error {}

let refa: typeof import("refa") | undefined;
function loadRefa(): typeof import("refa") {
  // Loaded on first use: the built-in catalog is checked at build time, so plain runs never need it.
  refa ??= createRequire(import.meta.url)("refa") as typeof import("refa");
  return refa;
}

/** The verdict on `source` (compiled as `new RegExp(source, flags + "u")`). */
export function backtracking(source: string, flags: string): Verdict {
  const { JS } = loadRefa();
  let expression: Expression;
  try {
    expression = JS.Parser.fromLiteral({ source, flags: `${flags}u` }).parse({ backreferences: "unknown", assertions: "parse", simplify: false, maxBackreferenceWords: 0 }).expression;
  } catch (error) {
    return { kind: "unsupported", reason: (error as Error).message };
  }
  try {
    return analyse(expression, false, flags.includes("m"), source, loadRefa().CharSet.all(0x10ffff));
  } catch (error) {
    if (error instanceof TooComplex) return { kind: "unsupported", reason: "too intricate to check for backtracking; split it into simpler patterns" };
    if (error instanceof Unsupported) return { kind: "unsupported", reason: error.message };
    throw error;
  }
}

class Unsupported extends Error {}

/** `^` without the m flag reads as a lookbehind that no character may precede. */
function startsAtInputStart(element: Element | undefined): boolean {
  return element?.type === "Assertion" && element.kind === "behind" && isInputEdge(element);
}

/** `^` or `$` without the m flag: no character at all may precede or follow. */
function isInputEdge(e: Element & { type: "Assertion" }): boolean {
  const only = e.alternatives.length === 1 && e.alternatives[0]!.elements.length === 1 ? e.alternatives[0]!.elements[0]! : undefined;
  return e.negate && only?.type === "CharacterClass" && only.characters.isAll;
}

/** `anchored`: read from one place only (a lookaround's body); `multiline`: `^` holds after every line break. */
function analyse(expression: { alternatives: Concatenation[] }, anchored: boolean, multiline: boolean, source: string, all: CharSet): Verdict {
  const positions: Position[] = [];
  const edges = new Map<number, Map<number, Ways>>();
  const lookarounds: Array<{ alternatives: Concatenation[] }> = [];
  const loops: Quantifier[] = [];
  /** States whose only loop is a counted repeat of their own class, such as `\\d{1,4}`. */
  const counted = new Set<number>();

  const link = (from: Map<number, Ways>, to: Map<number, Ways>): void => {
    for (const [p, a] of from) {
      let out = edges.get(p);
      if (out === undefined) edges.set(p, (out = new Map()));
      for (const [q, b] of to) out.set(q, plus(out.get(q) ?? 0, times(a, b)));
    }
  };
  const merge = (into: Map<number, Ways>, from: Map<number, Ways>, factor: number): void => {
    if (factor === 0) return;
    for (const [p, w] of from) into.set(p, plus(into.get(p) ?? 0, times(w, factor)));
  };
  const position = (chars: CharSet): Fragment => {
    const p = positions.length;
    positions.push({ chars, loops: [...loops] });
    return { first: new Map([[p, 1]]), last: new Map([[p, 1]]), empty: 0 };
  };
  const sequence = (parts: Fragment[]): Fragment => {
    let acc: Fragment = { first: new Map(), last: new Map(), empty: 1 };
    for (const next of parts) {
      if (next.edge) {
        acc = { first: acc.first, last: new Map(), empty: acc.empty };
        continue;
      }
      link(acc.last, next.first);
      const first = new Map(acc.first);
      merge(first, next.first, acc.empty);
      const last = new Map(next.last);
      merge(last, acc.last, next.empty);
      acc = { first, last, empty: times(acc.empty, next.empty) };
    }
    return acc;
  };
  const choice = (alternatives: Concatenation[]): Fragment => {
    const out: Fragment = { first: new Map(), last: new Map(), empty: 0 };
    for (const alt of alternatives) {
      const f = sequence(alt.elements.map(element));
      merge(out.first, f.first, 1);
      merge(out.last, f.last, 1);
      out.empty = plus(out.empty, f.empty);
    }
    return out;
  };
  const element = (e: Element): Fragment => {
    switch (e.type) {
      case "CharacterClass":
        return position(e.characters);
      case "Alternation":
        return choice(e.alternatives);
      case "Assertion":
        if (!multiline && isInputEdge(e)) return { first: new Map(), last: new Map(), empty: 1, edge: true };
        lookarounds.push(e);
        return { first: new Map(), last: new Map(), empty: 1 };
      case "Unknown":
        throw new Unsupported(`backreferences cannot be checked for backtracking (${e.id}); match without them`);
      case "Quantifier":
        return repeat(e);
    }
  };
  const optional = (f: Fragment): Fragment => ({ ...f, empty: 1 });
  const repeat = (e: Quantifier): Fragment => {
    if (e.max === 0) return { first: new Map(), last: new Map(), empty: 1 };
    if (e.max === 1) {
      const body = choice(e.alternatives);
      return e.min === 0 ? optional(body) : body;
    }
    const single = singleClass(e);
    if (Number.isFinite(e.max) && single === undefined && e.max <= MAX_UNROLLED) {
      // A short repeat of a complex body is spelled out, (?:B(?:B)?)? for B{0,2}: exact, where
      // reading it as B* would call `(?:\s*,\s*\p{L}+){0,4}` exponential.
      loops.push(e);
      let rest: Fragment = { first: new Map(), last: new Map(), empty: 1 };
      for (let i = e.min; i < e.max; i++) rest = optional(sequence([choice(e.alternatives), rest]));
      const required = Array.from({ length: e.min }, () => choice(e.alternatives));
      loops.pop();
      return sequence([...required, rest]);
    }
    loops.push(e);
    const body = choice(e.alternatives);
    loops.pop();
    link(body.last, body.first);
    // A counted repeat of one character class loops on one state at most max times: a constant
    // factor, however its neighbours trade characters with it.
    if (single !== undefined && Number.isFinite(e.max)) for (const p of body.first.keys()) counted.add(p);
    // JavaScript refuses an iteration that matches nothing, so an empty body adds no way.
    return { first: body.first, last: body.last, empty: e.min === 0 ? 1 : body.empty };
  };
  const singleClass = (e: Quantifier): CharSet | undefined => {
    const only = e.alternatives.length === 1 && e.alternatives[0]!.elements.length === 1 ? e.alternatives[0]!.elements[0]! : undefined;
    return only?.type === "CharacterClass" ? only.characters : undefined;
  };

  // The engine tries every start, but an alternative that begins with `^` only at the first.
  const atStart = expression.alternatives.filter((alt) => anchored || (!multiline && startsAtInputStart(alt.elements[0])));
  const anywhere = expression.alternatives.filter((alt) => !atStart.includes(alt));
  const first = new Map(choice(atStart).first);
  if (anywhere.length > 0) {
    const any = position(all);
    link(any.last, any.first);
    merge(first, sequence([{ ...any, empty: 1 }, choice(anywhere)]).first, 1);
  }
  const start = positions.length;
  edges.set(start, first);

  for (const p of counted) if ((edges.get(p)?.get(p) ?? 0) > 1) counted.delete(p);
  const graph = new Graph(positions.length + 1, edges, (p) => (p === start ? undefined : positions[p]!.chars), counted);
  const exponential = graph.exponentialState();
  if (exponential !== undefined) return { kind: "exponential", ...culprit(graph, exponential, positions, source) };

  let degree = graph.degree();
  const culprits = graph.chainStates().map((p) => rawOf(positions[p]?.loops[positions[p]!.loops.length - 1], source) ?? "(any start)");
  let extra = 0;
  for (const look of lookarounds) {
    const v = analyse(look, true, multiline, source, all);
    if (v.kind !== "polynomial") return v;
    extra = Math.max(extra, v.degree);
  }
  degree += extra;
  return { kind: "polynomial", degree, culprits };
}

function rawOf(q: Quantifier | undefined, source: string): string | undefined {
  return q?.source ? source.slice(q.source.start, q.source.end) : undefined;
}

/** The outermost repeat around every state of the looping part, and whether it holds another. */
function culprit(graph: Graph, state: number, positions: Position[], source: string): { culprit: string; nested: boolean } {
  const members = graph.component(state).filter((p) => p < positions.length);
  const shared = positions[members[0]!]!.loops.filter((q) => members.every((m) => positions[m]!.loops.includes(q)));
  const outer = shared[0];
  const nested = outer !== undefined && members.some((m) => positions[m]!.loops.length > positions[m]!.loops.indexOf(outer) + 1);
  return { culprit: rawOf(outer, source) ?? source, nested };
}

/** The position automaton: states, counted edges, and the character class a state reads on entry. */
class Graph {
  private readonly out: Array<Array<[number, Ways]>>;
  private readonly scc: Int32Array;
  private readonly members = new Map<number, number[]>();
  private work = 0;
  private chain: number[] = [];

  constructor(
    readonly size: number,
    edges: Map<number, Map<number, Ways>>,
    private readonly chars: (p: number) => CharSet | undefined,
    private readonly counted: ReadonlySet<number>,
  ) {
    this.out = Array.from({ length: size }, (_, p) => [...(edges.get(p) ?? new Map<number, Ways>())]);
    this.scc = components(size, (p) => this.out[p]!.map(([q]) => q).filter((q) => q !== p || !counted.has(p)));
    for (let p = 0; p < size; p++) {
      const c = this.scc[p]!;
      const list = this.members.get(c);
      if (list) list.push(p);
      else this.members.set(c, [p]);
    }
  }

  component(p: number): number[] {
    return this.members.get(this.scc[p]!)!;
  }

  /** Whether p lies on a cycle. */
  private loops(p: number): boolean {
    return this.component(p).length > 1 || (!this.counted.has(p) && this.out[p]!.some(([q]) => q === p));
  }

  private tick(): void {
    if (++this.work > MAX_WORK) throw new TooComplex();
  }

  private meet(...states: number[]): boolean {
    let set = this.chars(states[0]!);
    for (const s of states.slice(1)) {
      const c = this.chars(s);
      if (set === undefined || c === undefined) return false;
      set = set.intersect(c);
    }
    return set !== undefined && !set.isEmpty;
  }

  /** A state with two different loops reading the same text, if any. */
  exponentialState(): number | undefined {
    for (let p = 0; p < this.size; p++) {
      for (const [q, ways] of this.out[p]!) if (ways > 1 && this.scc[q] === this.scc[p] && this.loops(p)) return p;
    }
    // Two walks through one component, same text, apart somewhere and together again.
    for (const [, states] of this.members) {
      if (states.length < 2) continue;
      const inside = new Set(states);
      const key = (a: number, b: number): number => a * this.size + b;
      const next = (k: number): number[] => {
        const a = Math.floor(k / this.size);
        const b = k % this.size;
        const out: number[] = [];
        for (const [a2] of this.out[a]!) {
          if (!inside.has(a2)) continue;
          for (const [b2] of this.out[b]!) {
            this.tick();
            if (inside.has(b2) && this.meet(a2, b2)) out.push(key(a2, b2));
          }
        }
        return out;
      };
      const pairs = states.map((p) => key(p, p));
      const comp = componentsFrom(pairs, next);
      for (const p of states) {
        const c = comp.get(key(p, p));
        if (c === undefined) continue;
        for (const [k, c2] of comp) if (c2 === c && Math.floor(k / this.size) !== k % this.size) return p;
      }
    }
    return undefined;
  }

  /** The exponent of the time a failing search can take: 0 without loops, 1 + the longest chain. */
  degree(): number {
    const cyclic = [...this.members.entries()].filter(([, s]) => this.loops(s[0]!)).map(([c]) => c);
    if (cyclic.length === 0) return 0;
    const reach = new Map<number, Set<number>>();
    for (const c of cyclic) reach.set(c, this.reachable(this.members.get(c)![0]!));
    // Longest chain by memoised search over the (acyclic) order of components.
    const best = new Map<number, number[]>();
    const longest = (c: number): number[] => {
      const known = best.get(c);
      if (known) return known;
      let chain = [this.members.get(c)![0]!];
      for (const d of cyclic) {
        if (d === c || !reach.get(c)!.has(this.members.get(d)![0]!)) continue;
        if (!this.handsOver(c, d)) continue;
        const tail = longest(d);
        if (tail.length + 1 > chain.length) chain = [this.members.get(c)![0]!, ...tail];
      }
      best.set(c, chain);
      return chain;
    };
    for (const c of cyclic) if (longest(c).length > this.chain.length) this.chain = longest(c);
    return this.chain.length;
  }

  /** A state of each loop in the longest chain found by degree(). */
  chainStates(): number[] {
    return this.chain.length > 1 ? this.chain : [];
  }

  private reachable(p: number): Set<number> {
    const seen = new Set<number>([p]);
    const todo = [p];
    while (todo.length > 0) for (const [q] of this.out[todo.pop()!]!) if (!seen.has(q)) seen.add(q), todo.push(q);
    return seen;
  }

  /** IDA between two loops: some p in c and q in d with p->p, p->q and q->q on one same text. */
  private handsOver(c: number, d: number): boolean {
    const inC = new Set(this.members.get(c)!);
    const inD = new Set(this.members.get(d)!);
    const n = this.size;
    for (const p of inC) {
      for (const q of inD) {
        const key = (x: number, y: number, z: number): number => (x * n + y) * n + z;
        const goal = key(p, q, q);
        const seen = new Set<number>();
        const todo: Array<[number, number, number]> = [[p, p, q]];
        while (todo.length > 0) {
          const [x, y, z] = todo.pop()!;
          for (const [x2] of this.out[x]!) {
            if (!inC.has(x2)) continue;
            for (const [z2] of this.out[z]!) {
              if (!inD.has(z2) || !this.meet(x2, z2)) continue;
              for (const [y2] of this.out[y]!) {
                this.tick();
                if (!this.meet(x2, y2, z2)) continue;
                const k = key(x2, y2, z2);
                if (k === goal) return true;
                if (!seen.has(k)) seen.add(k), todo.push([x2, y2, z2]);
              }
            }
          }
        }
      }
    }
    return false;
  }
}

/** Strongly connected components (Tarjan, iterative): the component number of each state. */
function components(size: number, next: (p: number) => number[]): Int32Array {
  const all = Array.from({ length: size }, (_, i) => i);
  const comp = componentsFrom(all, next);
  const out = new Int32Array(size);
  for (const [k, c] of comp) out[k] = c;
  return out;
}

function componentsFrom(roots: number[], next: (k: number) => number[]): Map<number, number> {
  const index = new Map<number, number>();
  const low = new Map<number, number>();
  const comp = new Map<number, number>();
  const stack: number[] = [];
  const onStack = new Set<number>();
  let counter = 0;
  let comps = 0;
  for (const root of roots) {
    if (index.has(root)) continue;
    const frames: Array<{ k: number; succ: number[]; i: number }> = [];
    const open = (k: number): void => {
      index.set(k, counter);
      low.set(k, counter++);
      stack.push(k);
      onStack.add(k);
      frames.push({ k, succ: next(k), i: 0 });
    };
    open(root);
    while (frames.length > 0) {
      const f = frames[frames.length - 1]!;
      if (f.i < f.succ.length) {
        const s = f.succ[f.i++]!;
        if (!index.has(s)) open(s);
        else if (onStack.has(s)) low.set(f.k, Math.min(low.get(f.k)!, index.get(s)!));
        continue;
      }
      frames.pop();
      if (frames.length > 0) {
        const parent = frames[frames.length - 1]!;
        low.set(parent.k, Math.min(low.get(parent.k)!, low.get(f.k)!));
      }
      if (low.get(f.k) === index.get(f.k)) {
        let s: number;
        do {
          s = stack.pop()!;
          onStack.delete(s);
          comp.set(s, comps);
        } while (s !== f.k);
        comps++;
      }
    }
  }
  return comp;
}
