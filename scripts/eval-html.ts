// node dist/scripts/eval-html.js (part of npm run eval): quality of cleaning raw HTML on the dev
// set's pages (shared/devset/wcxb-articles/html) through the library, clean({html}): mean word
// P/R/F1, metadata agreement, which extractor decided, worst pages, pages/s.
// Options: --limit N, --worst N, --mode auto|own|readability|none, --json FILE, --devset DIR.
import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { createCleaner } from "../src/index.js";
import { decodeHtml, readHtmlBytes } from "../src/input/html/decode.js";
import type { HtmlOptions } from "../src/input/html/types.js";
import { wordScore, type Score } from "./word-metric.js";

interface Truth {
  title?: string;
  author?: string;
  publish_date?: string;
  main_content?: string;
}

const { values: args } = parseArgs({
  options: {
    devset: { type: "string", default: join(import.meta.dirname, "../../../shared/devset/wcxb-articles") },
    limit: { type: "string" },
    worst: { type: "string", default: "15" },
    mode: { type: "string", default: "auto" },
    json: { type: "string" },
  },
});
const dir = args.devset!;
if (!existsSync(join(dir, "html"))) {
  console.error(`eval-html: no dev set at ${dir} (pass --devset DIR)`);
  process.exit(1);
}
const ids = readdirSync(join(dir, "html"))
  .filter((f) => f.endsWith(".html.gz"))
  .map((f) => f.slice(0, -8))
  .sort()
  .slice(0, args.limit ? Number(args.limit) : undefined);

const cleaner = createCleaner({ mainContent: args.mode as HtmlOptions["mainContent"] });
const mean = (xs: number[]): number => (xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length);
const rows: Array<{ id: string; score: Score; extractor: string }> = [];
const agree = { title: [0, 0], author: [0, 0], date: [0, 0] };
const extractors: Record<string, number> = {};
let htmlMs = 0;

for (const id of ids) {
  const { html } = decodeHtml(readHtmlBytes(readFileSync(join(dir, "html", `${id}.html.gz`))));
  const truth = JSON.parse(readFileSync(join(dir, "truth", `${id}.json`), "utf8")) as Truth;
  const body = truth.main_content ?? "";
  const t0 = performance.now();
  const out = cleaner.clean({ id, html });
  htmlMs += performance.now() - t0;
  const extractor = out.extractor ?? out.status;
  const kind = extractor.split(":").slice(0, 2).join(":");
  extractors[kind] = (extractors[kind] ?? 0) + 1;
  rows.push({ id, score: wordScore(out.text, body), extractor });
  const m = out.metadata;
  tally(agree.title, truth.title, m.title, (a, b) => norm(a) === norm(b));
  tally(agree.author, truth.author, m.author, (a, b) => norm(b).includes(norm(a)) || norm(a).includes(norm(b)));
  tally(agree.date, truth.publish_date, m.publishedAt, (a, b) => a.slice(0, 10) === b.slice(0, 10));
}

function norm(s: string): string {
  return s.toLowerCase().replace(/\s+/gu, " ").trim();
}
/** [agreeing, pages where the truth has the field] */
function tally(acc: number[], truth: string | undefined, ours: string | undefined, same: (a: string, b: string) => boolean): void {
  if (!truth) return;
  acc[1]!++;
  if (ours && same(truth, ours)) acc[0]!++;
}

const f = (x: number): string => x.toFixed(3);
const pct = (a: number, b: number): string => (b === 0 ? "n/a" : `${((a / b) * 100).toFixed(1)}%`);
const line = (name: string, pick: (r: (typeof rows)[number]) => Score): string =>
  `${name.padEnd(34)} ${f(mean(rows.map((r) => pick(r).f1)))}  ${f(mean(rows.map((r) => pick(r).precision)))}  ${f(mean(rows.map((r) => pick(r).recall)))}`;
console.log(`deboil eval-html: ${rows.length} pages from ${dir} (mainContent ${args.mode})`);
console.log(`${"".padEnd(34)} F1     P      R`);
console.log(line("deboil (html)", (r) => r.score));
console.log(`metadata agreement: title ${pct(agree.title[0]!, agree.title[1]!)}, author ${pct(agree.author[0]!, agree.author[1]!)}, date ${pct(agree.date[0]!, agree.date[1]!)}`);
console.log(`extractor: ${Object.entries(extractors).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(", ")}`);
console.log(`speed (clean({html}), decoded input, one thread): ${(rows.length / (htmlMs / 1000)).toFixed(1)} pages/s`);
const worst = [...rows].sort((a, b) => a.score.f1 - b.score.f1).slice(0, Number(args.worst));
console.log(`worst pages:\n${worst.map((r) => `  ${r.id} F1 ${f(r.score.f1)} (P ${f(r.score.precision)} R ${f(r.score.recall)}) ${r.extractor}`).join("\n")}`);
if (args.json) writeFileSync(args.json, JSON.stringify(rows, null, 1));
