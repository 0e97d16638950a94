// npm run warm-up: what a fresh thread compiles while it warms up on the text path. A child
// process cleans the dev set's texts `--rounds` times with V8's optimization trace on; this prints
// each round's speed (the first one cold) and the trace summed (jit-trace.ts): compilations and
// their CPU, and those compiled again after a deoptimization, by function. The counts hold from
// run to run far better than times do, so they show whether a change makes the engine's code
// compile once. Options: --rounds N (default 2), --top N (default 8), --devset DIR.
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { createCleaner } from "../src/index.js";
import { summarizeJitTrace } from "./jit-trace.js";
import { readDevTexts } from "./dev-texts.js";

const { values: args } = parseArgs({
  options: {
    devset: { type: "string", default: join(import.meta.dirname, "../../../shared/devset/wcxb-articles") },
    rounds: { type: "string", default: "2" },
    top: { type: "string", default: "8" },
    child: { type: "boolean", default: false },
  },
});

const ROUND = "warm-up round";

if (args.child) {
  const texts = readDevTexts(join(args.devset!, "text"));
  const mb = texts.reduce((n, t) => n + Buffer.byteLength(t), 0) / 1e6;
  const cleaner = createCleaner();
  for (let r = 1; r <= Number(args.rounds); r++) {
    const started = performance.now();
    for (const text of texts) cleaner.clean({ text });
    const s = (performance.now() - started) / 1000;
    console.log(`${ROUND} ${r}: ${texts.length} texts, ${mb.toFixed(1)} MB, ${(mb / s).toFixed(1)} MB/s`);
  }
} else {
  const self = fileURLToPath(import.meta.url);
  const run = spawnSync(process.execPath, ["--trace-opt", "--trace-deopt", self, "--child", "--rounds", args.rounds!, "--devset", args.devset!], { encoding: "utf8", maxBuffer: 1 << 30 });
  if (run.status !== 0) {
    console.error(run.stderr);
    throw new Error(`the traced run exited ${run.status}`);
  }
  const lines = run.stdout.split("\n");
  const top = Number(args.top);
  const j = summarizeJitTrace(lines);
  const ms = (x: number): string => `${(x / 1000).toFixed(2)} s`;
  console.log(`deboil warm-up, one thread, Node ${process.version}, V8's optimization trace on`);
  for (const line of lines) if (line.startsWith(ROUND)) console.log(`  ${line}`);
  console.log(`  optimized compilations: ${j.compilations}, ${ms(j.compileMs)} of compile CPU`);
  console.log(`  compiled again after a deoptimization: ${j.recompilations}, ${ms(j.recompileMs)} (${j.deoptimizations} deoptimizations)`);
  console.log(`  compiled again most: ${j.recompiled.slice(0, top).map((f) => `${f.name} ${f.times}x ${ms(f.ms)}`).join(", ")}`);
  console.log(`  deoptimized most: ${j.deoptimized.slice(0, top).map((d) => `${d.name} (${d.reason}) ${d.times}x`).join(", ")}`);
}
