// V8's optimization trace (`node --trace-opt --trace-deopt`), summed: how much optimized code a
// run compiles, and how much of it again after a deoptimization threw the first away. Every
// thread that cleans pays this while it warms up, on a core of its own or on one already busy
// (docs/performance.md), so it is counted rather than guessed.

export interface JitSummary {
  compilations: number;
  /** CPU of all compilations (V8's prepare, execute and finalize phases), in ms. */
  compileMs: number;
  /** Compilations of a function already compiled once. */
  recompilations: number;
  recompileMs: number;
  deoptimizations: number;
  /** Functions compiled again, by the time it took, most first. */
  recompiled: Array<{ name: string; times: number; ms: number }>;
  /** Deoptimizations by function and reason, most first. */
  deoptimized: Array<{ name: string; reason: string; times: number }>;
}

// "[completed compiling 0x… <JSFunction scanLine (sfi = 0x…)> (target TURBOFAN) - took 0.02, 2.88, 0.07 ms]"
// (an anonymous function prints no name: "<JSFunction (sfi = 0x…)>").
const COMPILED = /completed compiling 0x[0-9a-f]+ <JSFunction (?:(\S+) )?\(sfi = (0x[0-9a-f]+)\)>.* - took ([\d.]+), ([\d.]+), ([\d.]+) ms/u;
// "[bailout (kind: deopt-eager, reason: wrong map): begin. deoptimizing 0x… <JSFunction applyDecision (sfi = 0x…)>, …"
const DEOPTIMIZED = /bailout \(kind: [^,]+, reason: ([^)]*)\): begin\. deoptimizing 0x[0-9a-f]+ <JSFunction (?:(\S+) )?\(sfi/u;

export function summarizeJitTrace(lines: Iterable<string>): JitSummary {
  const seen = new Set<string>();
  const again = new Map<string, { times: number; ms: number }>();
  const deopts = new Map<string, { name: string; reason: string; times: number }>();
  const out: JitSummary = { compilations: 0, compileMs: 0, recompilations: 0, recompileMs: 0, deoptimizations: 0, recompiled: [], deoptimized: [] };
  for (const line of lines) {
    const c = COMPILED.exec(line);
    if (c !== null) {
      const name = c[1] ?? "(anonymous)";
      const ms = Number(c[3]) + Number(c[4]) + Number(c[5]);
      out.compilations++;
      out.compileMs += ms;
      // A function is known by its shared function info: closures of one function share it.
      const key = c[2]!;
      if (seen.has(key)) {
        out.recompilations++;
        out.recompileMs += ms;
        const a = again.get(name) ?? { times: 0, ms: 0 };
        again.set(name, { times: a.times + 1, ms: a.ms + ms });
      } else seen.add(key);
      continue;
    }
    const d = DEOPTIMIZED.exec(line);
    if (d !== null) {
      out.deoptimizations++;
      const name = d[2] ?? "(anonymous)";
      const key = `${name}\u0000${d[1]}`;
      const known = deopts.get(key) ?? { name, reason: d[1]!, times: 0 };
      known.times++;
      deopts.set(key, known);
    }
  }
  out.recompiled = [...again].map(([name, a]) => ({ name, ...a })).sort((a, b) => b.ms - a.ms);
  out.deoptimized = [...deopts.values()].sort((a, b) => b.times - a.times);
  return out;
}
