// npm run bench: speed of clean() on the dev set, one thread, median of several runs, each
// next to a baseline measured in the same run so the ratio survives a noisy machine:
// - text path: the 793 naive scraped texts; baseline = splitting them into lines and counting
//   words (the least any cleaner must do);
// - HTML path: the 793 raw pages (decoded once up front); baseline = parsing each page with
//   cheerio (htmlparser2), the least an HTML cleaner must do.
// - cold start: `node dist/cli.cjs small.txt` (a one-line text file) spawned again and again;
//   baseline = `node -e 0`, spawned in turn with it, the least any Node CLI costs. When the
//   environment names extra CA certificates (NODE_EXTRA_CA_CERTS), Node parses that bundle before
//   any script runs, which can take more than bare Node's whole start-up; the section then runs a
//   second time without it, as most users' machines start.
// RSS is printed after every run: it must stay flat (no growth from run to run).
// Options: --runs N (default 5), --html-runs N (default 3), --cold-runs N (default 20), --devset DIR.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { load } from "cheerio/slim";
import { createCleaner } from "../src/index.js";
import { decodeHtml, readHtmlBytes } from "../src/input/html/decode.js";

const { values: args } = parseArgs({
  options: {
    devset: { type: "string", default: join(import.meta.dirname, "../../../shared/devset/wcxb-articles") },
    runs: { type: "string", default: "5" },
    "html-runs": { type: "string", default: "3" },
    "cold-runs": { type: "string", default: "20" },
  },
});
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Wall time of one spawned `node ...args`, in ms. */
function spawnMs(nodeArgs: readonly string[], env: NodeJS.ProcessEnv = process.env): number {
  const started = performance.now();
  const run = spawnSync(process.execPath, nodeArgs, { stdio: ["ignore", "ignore", "inherit"], env });
  if (run.status !== 0) throw new Error(`node ${nodeArgs.join(" ")} exited ${run.status}`);
  return performance.now() - started;
}

/** Run first, before the dev set fills this process's memory. Runs alternate so both see the same load. */
function coldStartSection(runs: number, env: NodeJS.ProcessEnv, label: string): void {
  const small = join(mkdtempSync(join(tmpdir(), "deboil-bench-")), "small.txt");
  writeFileSync(small, "A one-line article about something that happened today.\n");
  const cli = join(import.meta.dirname, "../cli.cjs");
  const ours: number[] = [];
  const base: number[] = [];
  spawnMs([cli, small], env); // warm-up: file cache
  for (let i = 0; i < runs; i++) {
    base.push(spawnMs(["-e", "0"], env));
    ours.push(spawnMs([cli, small], env));
  }
  const s = median(ours);
  const b = median(base);
  console.log(`cold start: deboil small.txt (one line), ${runs} spawned runs (median), ${label}`);
  console.log(`  deboil: ${s.toFixed(0)} ms, ${(s - b).toFixed(0)} ms more than bare Node`);
  console.log(`  baseline (node -e 0): ${b.toFixed(0)} ms; deboil takes ${(s / b).toFixed(1)}x the baseline's time`);
}

const coldRuns = Number(args["cold-runs"]);
if (process.env["NODE_EXTRA_CA_CERTS"] === undefined) coldStartSection(coldRuns, process.env, "environment as given");
else {
  coldStartSection(coldRuns, process.env, "with NODE_EXTRA_CA_CERTS as set");
  const { NODE_EXTRA_CA_CERTS: _ignored, ...withoutCerts } = process.env;
  coldStartSection(coldRuns, withoutCerts, "without NODE_EXTRA_CA_CERTS");
}
const read = (sub: string, ext: string, decode: (b: Buffer) => string): string[] =>
  readdirSync(join(args.devset!, sub))
    .filter((f) => f.endsWith(ext))
    .sort()
    .map((f) => decode(readFileSync(join(args.devset!, sub, f))));
const texts = read("text", ".txt", (b) => b.toString("utf8"));
const pages = read("html", ".html.gz", (b) => decodeHtml(readHtmlBytes(b)).html);

const loadStarted = performance.now();
const cleaner = createCleaner();
const loadMs = performance.now() - loadStarted;
const rssMb = (): number => Math.round(process.memoryUsage().rss / 1e6);

function time(docs: readonly string[], work: (doc: string) => unknown): number {
  const started = performance.now();
  for (const d of docs) work(d);
  return (performance.now() - started) / 1000;
}

function section(name: string, docs: readonly string[], runs: number, clean: (d: string) => unknown, baseline: (d: string) => unknown, baselineName: string): void {
  const mb = docs.reduce((n, d) => n + Buffer.byteLength(d), 0) / 1e6;
  time(docs.slice(0, 50), clean); // warm-up
  const ours: number[] = [];
  const base: number[] = [];
  const rss: number[] = [];
  for (let i = 0; i < runs; i++) {
    base.push(time(docs, baseline));
    ours.push(time(docs, clean));
    rss.push(rssMb());
  }
  const s = median(ours);
  const b = median(base);
  console.log(`${name}: ${docs.length} docs, ${mb.toFixed(1)} MB, ${runs} runs (median)`);
  console.log(`  clean(): ${(mb / s).toFixed(1)} MB/s, ${(docs.length / s).toFixed(1)} docs/s, ${((s / docs.length) * 1000).toFixed(2)} ms/doc`);
  console.log(`  baseline (${baselineName}): ${(mb / b).toFixed(1)} MB/s; clean() takes ${(s / b).toFixed(1)}x the baseline's time`);
  console.log(`  RSS after each run: ${rss.join(", ")} MB`);
}

console.log(`deboil bench, one thread, Node ${process.version}; ${cleaner.rules.length} rules loaded in ${loadMs.toFixed(0)} ms`);
section("text path", texts, Number(args.runs), (t) => cleaner.clean({ text: t }), (t) => {
  let words = 0;
  for (const line of t.split("\n")) words += line.match(/[\p{L}\p{N}_]+/gu)?.length ?? 0;
  return words;
}, "split lines + count words");
section("html path", pages, Number(args["html-runs"]), (h) => cleaner.clean({ html: h }), (h) => load(h), "cheerio htmlparser2 parse");
console.log(`peak RSS: ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`);
