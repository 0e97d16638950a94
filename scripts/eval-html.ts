// node dist/scripts/eval-html.js (part of npm run eval): quality of cleaning raw HTML on the dev
// set's pages (shared/devset/wcxb-articles/html, then wcxb-other per page type) through the
// library, clean({html}): mean word P/R/F1, metadata agreement, which extractor decided, worst
// pages, pages/s. Options: --limit N, --worst N, --mode auto|own|readability|none, --json FILE,
// --devset DIR, --other DIR (--other none to skip), --meta-misses FILE (one JSON line per metadata
// field that disagrees with the truth, with where our value came from).
import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { createCleaner } from "../src/index.js";
import { decodeHtml, readHtmlBytes } from "../src/input/html/decode.js";
import type { HtmlOptions } from "../src/input/html/types.js";
import { describeAgreement, metadataMisses, newAgreement, tallyMetadata, type Truth } from "./agreement.js";
import { byPageType, describeDetection, meanScore } from "./page-types.js";
import { wordScore, type Score } from "./word-metric.js";


const { values: args } = parseArgs({
  options: {
    devset: { type: "string", default: join(import.meta.dirname, "../../../shared/devset/wcxb-articles") },
    other: { type: "string", default: join(import.meta.dirname, "../../../shared/devset/wcxb-other") },
    limit: { type: "string" },
    worst: { type: "string", default: "15" },
    mode: { type: "string", default: "auto" },
    json: { type: "string" },
    "meta-misses": { type: "string" },
  },
});
const dir = args.devset!;
if (!existsSync(join(dir, "html"))) {
  console.error(`eval-html: no dev set at ${dir} (pass --devset DIR)`);
  process.exit(1);
}
const misses: string[] = [];
const cleaner = createCleaner({ mainContent: args.mode as HtmlOptions["mainContent"] });

function evalFolder(folder: string): void {
  const ids = readdirSync(join(folder, "html"))
    .filter((f) => f.endsWith(".html.gz"))
    .map((f) => f.slice(0, -8))
    .sort()
    .slice(0, args.limit ? Number(args.limit) : undefined);

  const rows: Array<{ id: string; pageType: string; detected: string; score: Score; extractor: string }> = [];
  const agree = newAgreement();
  const extractors: Record<string, number> = {};
  let htmlMs = 0;

  for (const id of ids) {
    const { html } = decodeHtml(readHtmlBytes(readFileSync(join(folder, "html", `${id}.html.gz`))));
    const truth = JSON.parse(readFileSync(join(folder, "truth", `${id}.json`), "utf8")) as Truth & { page_type?: string };
    const body = truth.main_content ?? "";
    const t0 = performance.now();
    const out = cleaner.clean({ id, html });
    htmlMs += performance.now() - t0;
    const extractor = out.extractor ?? out.status;
    const kind = extractor.split(":").slice(0, 2).join(":");
    extractors[kind] = (extractors[kind] ?? 0) + 1;
    rows.push({ id, pageType: truth.page_type ?? "article", detected: out.pageType ?? "-", score: wordScore(out.text, body), extractor });
    tallyMetadata(agree, truth, out.metadata);
    for (const miss of metadataMisses(truth, out.metadata)) misses.push(JSON.stringify({ id, ...miss, from: out.metadataFrom[miss.field === "date" ? "publishedAt" : miss.field] }));
  }


  const f = (x: number): string => x.toFixed(3);
  console.log(`deboil eval-html: ${rows.length} pages from ${folder} (mainContent ${args.mode})`);
  console.log(`${"".padEnd(34)} F1     P      R`);
  const all = meanScore(rows.map((r) => r.score));
  console.log(`${"deboil (html)".padEnd(34)} ${f(all.f1)}  ${f(all.p)}  ${f(all.r)}`);
  const types = byPageType(rows, (r) => r.score);
  if (types.length > 1) for (const t of types) console.log(`  ${t.pageType.padEnd(14)} ${String(t.pages).padStart(4)} pages  F1 ${f(t.f1)}  P ${f(t.p)}  R ${f(t.r)}`);
  console.log(`page type detected: ${describeDetection(rows)}`);
  console.log(describeAgreement(agree));
  console.log(`extractor: ${Object.entries(extractors).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(", ")}`);
  console.log(`speed (clean({html}), decoded input, one thread): ${(rows.length / (htmlMs / 1000)).toFixed(1)} pages/s`);
  const worst = [...rows].sort((a, b) => a.score.f1 - b.score.f1).slice(0, Number(args.worst));
  console.log(`worst pages:\n${worst.map((r) => `  ${r.id} F1 ${f(r.score.f1)} (P ${f(r.score.precision)} R ${f(r.score.recall)}) ${r.extractor}`).join("\n")}`);
  if (args.json) writeFileSync(args.json.replace(/(\.json)?$/u, folder === dir ? "$1" : `.other$1`), JSON.stringify(rows, null, 1));
}

evalFolder(dir);
if (args.other !== "none" && existsSync(join(args.other!, "html"))) {
  console.log("");
  evalFolder(args.other!);
}
if (args["meta-misses"]) writeFileSync(args["meta-misses"], misses.map((m) => `${m}\n`).join(""));
