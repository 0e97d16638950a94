// node dist/scripts/container-oracle.js: how much choosing the container could give. For every dev
// page, the element of the pruned page whose text (what pruning left under it, in document order)
// scores the best word F1 against the truth, set beside the container the own extractor chose:
// the same element, inside it or above it (levels), or apart. Prints per page type the output's
// F1, the chosen container's pruned text, the best element's, the oracle (each page at the better
// of its output and its best element) and where the best elements lie. A study aid that bounds
// container choice, not a score. Options: --type T (repeatable), --json FILE (one row per page),
// --devset DIR, --other DIR.
import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { nowMs } from "../src/clock.js";
import { createCleaner } from "../src/index.js";
import { decodeHtml, readHtmlBytes } from "../src/input/html/decode.js";
import { deadline } from "../src/input/html/deadline.js";
import { isElement, type DomElement, type DomNode } from "../src/input/html/dom.js";
import { ownExtract } from "../src/input/html/html-to-doc.js";
import { wordScore } from "./word-metric.js";

const { values: args } = parseArgs({
  options: {
    devset: { type: "string", default: join(import.meta.dirname, "../../../shared/devset/wcxb-articles") },
    other: { type: "string", default: join(import.meta.dirname, "../../../shared/devset/wcxb-other") },
    type: { type: "string", multiple: true },
    json: { type: "string" },
  },
});

const TOKEN = /[\p{L}\p{N}_]+/gu;
/** Elements with fewer words are not worth weighing as a container. */
const MIN_WORDS = 3;
/** Words read over all elements of one page at most (deep pages would take minutes). */
const MAX_READ = 30_000_000;
const wanted = new Set(args.type ?? []);
const cleaner = createCleaner();

interface Row {
  id: string;
  pageType: string;
  detected: string;
  extractor: string;
  output: number;
  chosen: number;
  best: number;
  /** Where the best element lies: same, inside:N, above:N (levels), apart. */
  at: string;
  chosenWords: number;
  bestWords: number;
  truthWords: number;
  bestPath: string;
}

/** The pruned page's words as vocabulary ids in document order, with each element's span. */
function wordsOf(root: DomNode, removed: ReadonlySet<DomElement>, idOf: (w: string) => number): { ids: number[]; span: Map<DomElement, [number, number]>; order: DomElement[] } {
  const ids: number[] = [];
  const span = new Map<DomElement, [number, number]>();
  const order: DomElement[] = [];
  const stack: Array<[DomNode, boolean]> = [[root, false]];
  while (stack.length > 0) {
    const [node, leaving] = stack.pop()!;
    if (leaving) {
      span.get(node as DomElement)![1] = ids.length;
      continue;
    }
    if (node.type === "text") {
      for (const w of (node.data ?? "").toLowerCase().match(TOKEN) ?? []) ids.push(idOf(w));
      continue;
    }
    if (node.type === "comment" || node.type === "script" || node.type === "style") continue;
    if (isElement(node)) {
      if (removed.has(node) || node.name === "head") continue;
      span.set(node, [ids.length, ids.length]);
      order.push(node);
      stack.push([node, true]);
    }
    const kids = node.children ?? [];
    for (let i = kids.length - 1; i >= 0; i--) stack.push([kids[i]!, false]);
  }
  return { ids, span, order };
}

function where(best: DomElement, chosen: DomElement): string {
  if (best === chosen) return "same";
  const up = (el: DomNode): DomNode[] => {
    const out: DomNode[] = [];
    for (let cur: DomNode | null = el; cur; cur = cur.parent) out.push(cur);
    return out;
  };
  const fromBest = up(best);
  const fromChosen = up(chosen);
  if (fromBest.includes(chosen)) return `inside:${fromBest.indexOf(chosen)}`;
  if (fromChosen.includes(best)) return `above:${fromChosen.indexOf(best)}`;
  return "apart";
}

const label = (el: DomElement): string => `${el.name}${el.attribs.id ? `#${el.attribs.id}` : ""}${el.attribs.class ? `.${el.attribs.class.trim().split(/\s+/u).slice(0, 2).join(".")}` : ""}`;

function rowOf(id: string, html: string, truth: string, pageType: string): Row {
  const out = cleaner.clean({ id, html });
  const own = ownExtract(html, {}, deadline(nowMs(), 120_000), []);
  const vocabulary = new Map<string, number>();
  const inTruth: number[] = [];
  const idOf = (w: string): number => {
    let i = vocabulary.get(w);
    if (i === undefined) {
      i = vocabulary.size;
      vocabulary.set(w, i);
      inTruth.push(0);
    }
    return i;
  };
  let truthWords = 0;
  for (const w of truth.toLowerCase().match(TOKEN) ?? []) {
    inTruth[idOf(w)]!++;
    truthWords++;
  }
  const { ids, span, order } = wordsOf(own.root, own.removed, idOf);
  const seen = new Int32Array(vocabulary.size);
  const f1 = (el: DomElement): number => {
    const [a, b] = span.get(el) ?? [0, 0];
    if (b <= a) return truthWords === 0 ? 1 : 0;
    let hits = 0;
    for (let i = a; i < b; i++) if (seen[ids[i]!]!++ < inTruth[ids[i]!]!) hits++;
    for (let i = a; i < b; i++) seen[ids[i]!] = 0;
    const p = hits / (b - a);
    const r = truthWords === 0 ? 1 : hits / truthWords;
    return p + r === 0 ? 0 : (2 * p * r) / (p + r);
  };
  let best: DomElement | undefined;
  let bestF1 = -1;
  let read = 0;
  for (const el of order) {
    const [a, b] = span.get(el)!;
    if (b - a < MIN_WORDS) continue;
    if ((read += b - a) > MAX_READ) break;
    const s = f1(el);
    if (s > bestF1) [best, bestF1] = [el, s];
  }
  const chosen = own.located.node;
  const words = (el: DomElement | undefined): number => (el && span.has(el) ? span.get(el)![1] - span.get(el)![0] : 0);
  return {
    id,
    pageType,
    detected: out.pageType ?? "-",
    extractor: out.extractor ?? out.status,
    output: wordScore(out.text, truth).f1,
    chosen: span.has(chosen) ? f1(chosen) : 0,
    best: Math.max(bestF1, 0),
    at: best ? where(best, chosen) : "none",
    chosenWords: words(chosen),
    bestWords: words(best),
    truthWords,
    bestPath: best ? label(best) : "-",
  };
}

const rows: Row[] = [];
for (const folder of [args.devset!, args.other!]) {
  if (!existsSync(join(folder, "html"))) continue;
  for (const f of readdirSync(join(folder, "html")).sort()) {
    if (!f.endsWith(".html.gz")) continue;
    const id = f.slice(0, -8);
    const truth = JSON.parse(readFileSync(join(folder, "truth", `${id}.json`), "utf8")) as { page_type?: string; main_content?: string };
    const pageType = truth.page_type ?? "article";
    if (wanted.size > 0 && !wanted.has(pageType)) continue;
    const { html } = decodeHtml(readHtmlBytes(readFileSync(join(folder, "html", f))));
    rows.push(rowOf(id, html, truth.main_content ?? "", pageType));
  }
}

const mean = (xs: number[]): number => (xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length);
const place = (at: string): string => (at === "same" || at === "none" || at === "apart" ? at : `${at.split(":")[0]}:${Number(at.split(":")[1]) <= 2 ? "1-2" : "3+"}`);
const PLACES = ["same", "inside:1-2", "inside:3+", "above:1-2", "above:3+", "apart"];
console.log("type            pages  output  chosen  best    oracle  gain     where the gain lies (pages up by 0.01+ / page-points)");
for (const pageType of [...new Set(rows.map((r) => r.pageType))].sort()) {
  const of = rows.filter((r) => r.pageType === pageType);
  const gains = new Map<string, [number, number]>();
  for (const r of of) {
    const g = Math.max(0, r.best - r.output);
    const k = place(r.at);
    const [n, sum] = gains.get(k) ?? [0, 0];
    gains.set(k, [n + (g > 0.01 ? 1 : 0), sum + g]);
  }
  const output = mean(of.map((r) => r.output));
  const oracle = mean(of.map((r) => Math.max(r.output, r.best)));
  const f = (x: number): string => x.toFixed(4);
  const spread = PLACES.map((k) => `${k} ${gains.get(k)?.[0] ?? 0}/${(gains.get(k)?.[1] ?? 0).toFixed(2)}`).join(", ");
  console.log(`${pageType.padEnd(14)} ${String(of.length).padStart(6)}  ${f(output)}  ${f(mean(of.map((r) => r.chosen)))}  ${f(mean(of.map((r) => r.best)))}  ${f(oracle)}  +${f(oracle - output)}  ${spread}`);
}
console.log(`all ${rows.length} pages: output ${mean(rows.map((r) => r.output)).toFixed(5)}, oracle ${mean(rows.map((r) => Math.max(r.output, r.best))).toFixed(5)}`);
if (args.json) writeFileSync(args.json, rows.map((r) => `${JSON.stringify(r)}\n`).join(""));
