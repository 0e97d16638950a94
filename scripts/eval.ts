// npm run eval: quality of text cleaning on the dev set (shared/devset/wcxb-articles, then
// wcxb-other per page type), against the naive baseline (the unchanged text).
// Options: --limit N, --worst N, --json FILE, --devset DIR, --other DIR (--other none to skip).
import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { createCleaner } from "../src/index.js";
import { describeAgreement, newAgreement, pct, tallyMetadata, type Truth } from "./agreement.js";
import { byPageType, describeDetection, meanScore } from "./page-types.js";
import { containsSnippet, wordScore, type Score } from "./word-metric.js";


const { values: args } = parseArgs({
  options: {
    devset: { type: "string", default: join(import.meta.dirname, "../../../shared/devset/wcxb-articles") },
    other: { type: "string", default: join(import.meta.dirname, "../../../shared/devset/wcxb-other") },
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

interface Row { id: string; pageType: string; detected: string; ours: Score; base: Score; status: string }
const cleaner = createCleaner();
const f = (x: number): string => x.toFixed(3);

function evalFolder(folder: string): void {
  const ids = readdirSync(join(folder, "text"))
    .filter((name) => name.endsWith(".txt"))
    .map((name) => name.slice(0, -4))
    .sort()
    .slice(0, args.limit ? Number(args.limit) : undefined);
  const rows: Row[] = [];
  let withFound = 0;
  let withTotal = 0;
  let withoutFound = 0;
  let withoutTotal = 0;
  let baseWithoutFound = 0;
  const agree = newAgreement();
  const byRule: Record<string, number> = {};
  const statuses: Record<string, number> = {};
  const guarded: string[] = [];
  let chars = 0;
  let cleanMs = 0;

  for (const id of ids) {
    const text = readFileSync(join(folder, "text", `${id}.txt`), "utf8");
    const truth = JSON.parse(readFileSync(join(folder, "truth", `${id}.json`), "utf8")) as Truth & { page_type?: string };
    chars += text.length;
    const t0 = performance.now();
    const result = cleaner.clean({ id, text });
    cleanMs += performance.now() - t0;
    statuses[result.status] = (statuses[result.status] ?? 0) + 1;
    if (result.status === "guarded") guarded.push(`${id}: ${result.warnings.map((w) => w.message).join("; ")}`);
    for (const [rule, n] of Object.entries(result.stats.byRule)) byRule[rule] = (byRule[rule] ?? 0) + n;
    const body = truth.main_content ?? "";
    rows.push({ id, pageType: truth.page_type ?? "article", detected: result.pageType ?? "-", ours: wordScore(result.text, body), base: wordScore(text, body), status: result.status });
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
  const seconds = cleanMs / 1000;
  const ours = meanScore(rows.map((r) => r.ours));
  const base = meanScore(rows.map((r) => r.base));

  console.log(`deboil eval: ${rows.length} pages from ${folder}`);
  console.log(`                 F1     P      R`);
  console.log(`deboil (text)    ${f(ours.f1)}  ${f(ours.p)}  ${f(ours.r)}`);
  console.log(`naive baseline   ${f(base.f1)}  ${f(base.p)}  ${f(base.r)}`);
  const types = byPageType(rows, (r) => r.ours);
  if (types.length > 1) {
    const baseTypes = new Map(byPageType(rows, (r) => r.base).map((t) => [t.pageType, t]));
    for (const t of types) console.log(`  ${t.pageType.padEnd(14)} ${String(t.pages).padStart(4)} pages  F1 ${f(t.f1)}  P ${f(t.p)}  R ${f(t.r)}  (baseline F1 ${f(baseTypes.get(t.pageType)!.f1)})`);
  }
  console.log(`page type from text: ${describeDetection(rows)}`);
  console.log(`snippets: with found ${pct(withFound, withTotal)} (of ${withTotal}), without found ${pct(withoutFound, withoutTotal)} (baseline ${pct(baseWithoutFound, withoutTotal)}, of ${withoutTotal})`);
  console.log(describeAgreement(agree));
  console.log(`status: ${Object.entries(statuses).map(([k, v]) => `${k} ${v}`).join(", ")}`);
  for (const g of guarded.slice(0, 20)) console.log(`  guarded ${g}`);
  if (guarded.length > 20) console.log(`  ... and ${guarded.length - 20} more guarded`);
  console.log(`speed (clean({text}), one thread): ${(chars / 1e6 / seconds).toFixed(2)} MB/s of text, ${(rows.length / seconds).toFixed(0)} pages/s`);
  console.log(`removals by rule: ${Object.entries(byRule).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(", ")}`);
  const worst = [...rows].sort((a, b) => a.ours.f1 - b.ours.f1).slice(0, Number(args.worst));
  console.log(`worst pages: ${worst.map((r) => `${r.id} F1 ${f(r.ours.f1)} (P ${f(r.ours.precision)} R ${f(r.ours.recall)})`).join("; ")}`);
  if (args.json) writeFileSync(args.json.replace(/(\.json)?$/u, folder === dir ? "$1" : `.other$1`), JSON.stringify({ ours, base, rows, byRule, statuses }, null, 1));
}

evalFolder(dir);
if (args.other !== "none" && existsSync(join(args.other!, "text"))) {
  console.log("");
  evalFolder(args.other!);
}
