// npm run bench: speed of the text path on the dev-set texts, one thread, median of several
// runs, next to a baseline measured in the same run (segmenting the same text into lines and
// counting its words, the least any cleaner must do), so the ratio survives a noisy machine.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { createCleaner } from "../src/index.js";

const { values: args } = parseArgs({
  options: {
    devset: { type: "string", default: join(import.meta.dirname, "../../../shared/devset/wcxb-articles") },
    runs: { type: "string", default: "5" },
  },
});
const dir = join(args.devset!, "text");
const texts = readdirSync(dir)
  .filter((f) => f.endsWith(".txt"))
  .sort()
  .map((f) => readFileSync(join(dir, f), "utf8"));
const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
const runs = Number(args.runs);

const coldStart = performance.now();
const cleaner = createCleaner();
const loadMs = performance.now() - coldStart;

function time(work: (text: string) => unknown): number {
  const started = performance.now();
  for (const t of texts) work(t);
  return (performance.now() - started) / 1000;
}
const baseline = (t: string): number => {
  let words = 0;
  for (const line of t.split("\n")) words += line.match(/[\p{L}\p{N}_]+/gu)?.length ?? 0;
  return words;
};
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

time((t) => cleaner.clean(t)); // warm-up
const ours: number[] = [];
const base: number[] = [];
for (let i = 0; i < runs; i++) {
  base.push(time(baseline));
  ours.push(time((t) => cleaner.clean(t)));
}
const mb = bytes / 1e6;
const s = median(ours);
const b = median(base);
console.log(`deboil bench: ${texts.length} dev-set texts, ${mb.toFixed(1)} MB, ${runs} runs (median), one thread, Node ${process.version}`);
console.log(`rule catalog: ${cleaner.rules.length} rules, loaded in ${loadMs.toFixed(0)} ms`);
console.log(`clean():  ${(mb / s).toFixed(1)} MB/s, ${(texts.length / s).toFixed(0)} docs/s, ${((s / texts.length) * 1000).toFixed(2)} ms/doc`);
console.log(`baseline (split lines + count words): ${(mb / b).toFixed(1)} MB/s; deboil takes ${(s / b).toFixed(1)}x the baseline's time`);
console.log(`peak RSS: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
