// npm run eval: quality of text cleaning on the dev set (shared/devset/wcxb-articles), against
// the naive baseline (the unchanged text). Options: --limit N, --worst N, --json FILE, --devset DIR.
import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { createCleaner } from "../src/index.js";
import { describeAgreement, newAgreement, pct, tallyMetadata, type Truth } from "./agreement.js";
import { containsSnippet, wordScore, type Score } from "./word-metric.js";


const { values: args } = parseArgs({
  options: {
    devset: { type: "string", default: join(import.meta.dirname, "../../../shared/devset/wcxb-articles") },
    limit: { type: "string" },
    worst: { type: "string", default: "10" },
    json: { type: "string" },
  },
});
const dir = args.devset!;
if (!existsSync(join(dir, "text"))) {
  console.error(`eval: no dev set at ${dir} (pass --devset DIR)`);
  process.exit(1);
}
const ids = readdirSync(join(dir, "text"))
  .filter((f) => f.endsWith(".txt"))
  .map((f) => f.slice(0, -4))
  .sort()
  .slice(0, args.limit ? Number(args.limit) : undefined);

const cleaner = createCleaner();
const mean = (xs: number[]): number => (xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length);
const rows: Array<{ id: string; ours: Score; base: Score; status: string }> = [];
let withFound = 0;
let withTotal = 0;
let withoutFound = 0;
let withoutTotal = 0;
let baseWithoutFound = 0;
const agree = newAgreement();
const byRule: Record<string, number> = {};
const statuses: Record<string, number> = {};
let chars = 0;
const started = performance.now();

for (const id of ids) {
  const text = readFileSync(join(dir, "text", `${id}.txt`), "utf8");
  const truth = JSON.parse(readFileSync(join(dir, "truth", `${id}.json`), "utf8")) as Truth;
  chars += text.length;
  const result = cleaner.clean({ id, text });
  statuses[result.status] = (statuses[result.status] ?? 0) + 1;
  for (const [rule, n] of Object.entries(result.stats.byRule)) byRule[rule] = (byRule[rule] ?? 0) + n;
  const body = truth.main_content ?? "";
  rows.push({ id, ours: wordScore(result.text, body), base: wordScore(text, body), status: result.status });
  for (const s of truth.with ?? []) {
    withTotal++;
    if (containsSnippet(result.text, s)) withFound++;
  }
  for (const s of truth.without ?? []) {
    withoutTotal++;
    if (containsSnippet(result.text, s)) withoutFound++;
    if (containsSnippet(text, s)) baseWithoutFound++;
  }
  tallyMetadata(agree, truth, result.metadata);
}
const seconds = (performance.now() - started) / 1000;


const f = (x: number): string => x.toFixed(3);
const ours = { p: mean(rows.map((r) => r.ours.precision)), r: mean(rows.map((r) => r.ours.recall)), f1: mean(rows.map((r) => r.ours.f1)) };
const base = { p: mean(rows.map((r) => r.base.precision)), r: mean(rows.map((r) => r.base.recall)), f1: mean(rows.map((r) => r.base.f1)) };

console.log(`deboil eval: ${rows.length} pages from ${dir}`);
console.log(`                 F1     P      R`);
console.log(`deboil (text)    ${f(ours.f1)}  ${f(ours.p)}  ${f(ours.r)}`);
console.log(`naive baseline   ${f(base.f1)}  ${f(base.p)}  ${f(base.r)}`);
console.log(`snippets: with found ${pct(withFound, withTotal)} (of ${withTotal}), without found ${pct(withoutFound, withoutTotal)} (baseline ${pct(baseWithoutFound, withoutTotal)}, of ${withoutTotal})`);
console.log(describeAgreement(agree));
console.log(`status: ${Object.entries(statuses).map(([k, v]) => `${k} ${v}`).join(", ")}`);
console.log(`speed: ${(chars / 1e6 / seconds).toFixed(1)} MB/s of text, ${(rows.length / seconds).toFixed(0)} pages/s`);
console.log(`removals by rule: ${Object.entries(byRule).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(", ")}`);
const worst = [...rows].sort((a, b) => a.ours.f1 - b.ours.f1).slice(0, Number(args.worst));
console.log(`worst pages: ${worst.map((r) => `${r.id} F1 ${f(r.ours.f1)} (P ${f(r.ours.precision)} R ${f(r.ours.recall)})`).join("; ")}`);
if (args.json) writeFileSync(args.json, JSON.stringify({ ours, base, rows, byRule, statuses }, null, 1));
