// node dist/scripts/bench-html.js: speed of the HTML front end in one process over the dev pages
// (decoded once up front): median ms/page and pages/s over several runs, and peak RSS.
// Options: --runs N (default 3), --limit N, --mode auto|own|readability|none, --devset DIR.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { decodeHtml, readHtmlBytes } from "../src/input/html/decode.js";
import { htmlToDoc } from "../src/input/html/html-to-doc.js";
import type { HtmlOptions } from "../src/input/html/types.js";

const { values: args } = parseArgs({
  options: {
    devset: { type: "string", default: join(import.meta.dirname, "../../../shared/devset/wcxb-articles") },
    runs: { type: "string", default: "3" },
    limit: { type: "string" },
    mode: { type: "string", default: "auto" },
  },
});
const dir = join(args.devset!, "html");
const pages = readdirSync(dir)
  .filter((f) => f.endsWith(".html.gz"))
  .sort()
  .slice(0, args.limit ? Number(args.limit) : undefined)
  .map((f) => decodeHtml(readHtmlBytes(readFileSync(join(dir, f)))).html);
const options: HtmlOptions = { mainContent: args.mode as HtmlOptions["mainContent"] };

let peakRss = process.memoryUsage().rss;
const perPage: number[] = [];
const runs: number[] = [];
for (let run = 0; run < Number(args.runs); run++) {
  const t0 = performance.now();
  for (const html of pages) {
    const p0 = performance.now();
    htmlToDoc(html, options);
    perPage.push(performance.now() - p0);
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }
  runs.push(pages.length / ((performance.now() - t0) / 1000));
}
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const p95 = [...perPage].sort((a, b) => a - b)[Math.floor(perPage.length * 0.95)]!;
const mb = (pages.reduce((n, h) => n + h.length, 0) / 1e6).toFixed(1);
console.log(`deboil bench-html: ${pages.length} pages (${mb} M chars), ${runs.length} runs, mainContent ${args.mode}`);
console.log(`per page: median ${median(perPage).toFixed(2)} ms, p95 ${p95.toFixed(1)} ms, max ${Math.max(...perPage).toFixed(0)} ms`);
console.log(`pages/s per run: ${runs.map((r) => r.toFixed(1)).join(", ")} (median ${median(runs).toFixed(1)})`);
console.log(`peak RSS: ${(peakRss / 1e6).toFixed(0)} MB`);
