// node dist/scripts/block-model.js: a study tool, not part of the cleaner. Does a small learned
// model deciding block by block (boilerpipe, Dragnet) help the HTML path on sites it was not
// fitted on?
//   --dump FILE   run every dev page through clean({html}) and the HTML front end, and write, for
//                 each block the chosen container keeps, general features (words, link share, tag,
//                 ancestors' tags and class/id words, place, shape repeats, page type, extractor)
//                 and its label: the share of its words found in the truth's word bag.
//   --fit FILE    read a dump and fit a logistic regression that leaves blocks out; report the
//                 page-F1 change worked out from word bags (output bag minus the blocks left out),
//                 per page type and on all pages, on held-out sites (5 folds grouped by the host of
//                 the page's URL, the threshold chosen on the training folds) and fitted and tested
//                 on all pages (the gap says how much of the gain is the dev set's).
// Options: --devset DIR, --other DIR, --folds N, --min-words N (blocks shorter are never left out),
// --model logistic|trees (gradient-boosted trees, --trees N of --depth D), --features a,b (only these),
// --scope a,b (leave blocks out only on pages taken for these types).
// Usage: --dump /tmp/x/dump.json (about 2 min), then --fit /tmp/x/dump.json (3 to 7 min).
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { createCleaner } from "../src/index.js";
import { decodeHtml, readHtmlBytes } from "../src/input/html/decode.js";
import { htmlToDoc } from "../src/input/html/html-to-doc.js";
import { isElement, type DomElement, type DomNode } from "../src/input/html/dom.js";
import type { ChosenBlocks } from "../src/input/html/types.js";
import { DOM_VOCABULARY } from "../src/input/html/vocabulary.js";
import { bagScore, tokensOf, wordScore } from "./word-metric.js";

const { values: args } = parseArgs({
  options: {
    devset: { type: "string", default: join(import.meta.dirname, "../../../shared/devset/wcxb-articles") },
    other: { type: "string", default: join(import.meta.dirname, "../../../shared/devset/wcxb-other") },
    dump: { type: "string" },
    fit: { type: "string" },
    folds: { type: "string", default: "5" },
    "min-words": { type: "string", default: "1" },
    features: { type: "string" },
    model: { type: "string", default: "logistic" },
    trees: { type: "string", default: "60" },
    depth: { type: "string", default: "3" },
    scope: { type: "string" },
  },
});

type Bag = Map<string, number>;
const bagOf = (ws: readonly string[]): Bag => {
  const b: Bag = new Map();
  for (const w of ws) b.set(w, (b.get(w) ?? 0) + 1);
  return b;
};

// ---------- features ----------

/** Class/id word groups (general words, none a site's), matched on the block's element and its
 *  ancestors up to the container. */
const CLASS_GROUPS: Record<string, RegExp> = {
  related: /(?:^|[^a-z])(?:related|recommend|more|popular|trending|also|similar|suggest)/u,
  comment: /(?:^|[^a-z])(?:comment|repl(?:y|ies)|discussion|respon)/u,
  review: /(?:^|[^a-z])(?:review|rating|stars?(?![a-z]))/u,
  filter: /(?:^|[^a-z])(?:filter|sort|facet|refine)/u,
  share: /(?:^|[^a-z])(?:share|sharing|social|follow)/u,
  signup: /(?:^|[^a-z])(?:newsletter|subscri|sign-?up|cta|promo|banner)/u,
  card: /(?:^|[^a-z])(?:card|item|tile|grid|teaser|product)/u,
  meta: /(?:^|[^a-z])(?:meta|byline|date|time|author|tags?(?![a-z])|categor)/u,
  nav: /(?:^|[^a-z])(?:nav|menu|breadcrumb|pagination|pager|footer|header|sidebar)/u,
  body: /(?:^|[^a-z])(?:content|body|text|article|post|entry|description|prose)/u,
};
/** Words of the nearest heading before the block (a section's title says what it holds). */
const HEADING_GROUPS: Record<string, RegExp> = {
  more: /\b(?:related|more|also|similar|popular|trending|latest|recommended|you may|you might|other|recent|next|previous)\b/iu,
  talk: /\b(?:comments?|repl(?:y|ies)|reviews?|ratings?|questions?|answers?|discussion|leave a)\b/iu,
  signup: /\b(?:newsletter|subscribe|sign up|join|follow|share|contact|get in touch)\b/iu,
  shop: /\b(?:shipping|returns?|delivery|payment|cart|size|colou?r|filter|sort|price)\b/iu,
};
const PAGE_TYPES = ["article", "forum", "product", "collection", "listing", "service", "documentation"];
const ANCESTOR_TAGS = ["li", "table", "aside", "nav", "header", "footer", "form", "figure", "article", "section", "blockquote", "dl"];

export const FEATURE_NAMES: string[] = [
  "logWords", "linkShare", "linked", "heading", "tagLi", "tagP", "tagCell", "tagDiv", "tagPre",
  ...ANCESTOR_TAGS.map((t) => `in_${t}`), "depth", "negativeClass", "positiveClass",
  ...Object.keys(CLASS_GROUPS).map((g) => `class_${g}`),
  "wordsBefore", "wordsAfterShare", "afterHeading", "sentenceEnd", "periodsPerWord", "commasPerWord", "digitShare", "price",
  "titleCase", "avgWordLen", "sameShape", "logSameShape", "pageShare", "logPageWords", "blocksOnPage",
  ...PAGE_TYPES.map((t) => `type_${t}`), "readability", "items",
  "prevLogWords", "prevLinkShare", "nextLogWords", "nextLinkShare", "partShare", "partLinkShare", "partBlocks", "partBefore",
  ...Object.keys(HEADING_GROUPS).map((g) => `heading_${g}`),
];

interface Row {
  id: string;
  set: string;
  host: string;
  truthType: string;
  detected: string;
  extractor: string;
  output: string;
  truth: string;
  blocks: Array<{ text: string; x: number[]; label: number; words: number }>;
}

function classOf(el: DomElement): string {
  return `${el.attribs.class ?? ""} ${el.attribs.id ?? ""}`.toLowerCase();
}

function shapeOf(el: DomNode | undefined, container: DomNode): string {
  const parts: string[] = [];
  for (let n = el; n && n !== container && parts.length < 40; n = n.parent ?? undefined) if (isElement(n)) parts.push(n.name);
  return parts.join("<");
}

function featuresOf(chosen: ChosenBlocks, pageType: string): Array<{ text: string; x: number[] }> {
  const { blocks, leftOut, container, extractor } = chosen;
  const kept = blocks.map((_, i) => i).filter((i) => leftOut[i] === undefined);
  const texts = kept.map((i) => blocks[i]!.lines.join(" "));
  const words = texts.map((t) => tokensOf(t).length);
  const total = words.reduce((a, b) => a + b, 0) || 1;
  const shapes = kept.map((i) => shapeOf(blocks[i]!.from, container));
  const shapeCount = new Map<string, number>();
  for (const s of shapes) shapeCount.set(s, (shapeCount.get(s) ?? 0) + 1);
  // The container's child holding the block: a section, sidebar or list the block is part of.
  const parts = kept.map((i) => {
    let n: DomNode | undefined = blocks[i]!.from;
    while (n && n.parent && n.parent !== container) n = n.parent;
    return n;
  });
  const part = new Map<DomNode | undefined, { words: number; link: number; blocks: number; first: number }>();
  let running = 0;
  kept.forEach((i, k) => {
    const p = part.get(parts[k]) ?? { words: 0, link: 0, blocks: 0, first: running };
    p.words += words[k]!;
    p.link += (blocks[i]!.linkShare ?? 0) * words[k]!;
    p.blocks++;
    part.set(parts[k], p);
    running += words[k]!;
  });
  let heading = "";
  let before = 0;
  return kept.map((i, k) => {
    const b = blocks[i]!;
    const text = texts[k]!;
    const w = words[k]!;
    const ancestors = new Set<string>();
    let depth = 0;
    let classes = "";
    for (let n: DomNode | undefined = b.from; n && n !== container && depth < 60; n = n.parent ?? undefined) {
      if (!isElement(n)) continue;
      depth++;
      ancestors.add(n.name);
      classes += ` ${classOf(n)}`;
    }
    const chars = text.replace(/\s/gu, "").length || 1;
    const ws = text.split(/\s+/u).filter(Boolean);
    const prev = k > 0 ? blocks[kept[k - 1]!]! : undefined;
    const x = [
      Math.log1p(w), b.linkShare ?? 0, b.linked ? 1 : 0, DOM_VOCABULARY.headingTags.has(b.tag) ? 1 : 0, b.tag === "li" ? 1 : 0, b.tag === "p" ? 1 : 0,
      DOM_VOCABULARY.cellTags.has(b.tag) || b.tag === "tr" ? 1 : 0, b.tag === "div" ? 1 : 0, b.tag === "pre" ? 1 : 0,
      ...ANCESTOR_TAGS.map((t) => (ancestors.has(t) ? 1 : 0)), Math.min(depth, 30) / 10,
      DOM_VOCABULARY.negativeClass.re.test(classes) ? 1 : 0, DOM_VOCABULARY.positiveClass.re.test(classes) ? 1 : 0,
      ...Object.values(CLASS_GROUPS).map((re) => (re.test(classes) ? 1 : 0)),
      before / total, (total - before - w) / total, prev && DOM_VOCABULARY.headingTags.has(prev.tag) ? 1 : 0,
      b.lines.filter((l) => /[.!?:]["')\]]?$/u.test(l)).length / b.lines.length,
      (text.match(/[.!?](?:\s|$)/gu)?.length ?? 0) / Math.max(ws.length, 1), (text.match(/,/gu)?.length ?? 0) / Math.max(ws.length, 1),
      (text.match(/\p{N}/gu)?.length ?? 0) / chars, /[$€£¥₹]\s?\d|\d\s?(?:€|USD|EUR|kr)/u.test(text) ? 1 : 0,
      ws.filter((t) => /^\p{Lu}/u.test(t)).length / Math.max(ws.length, 1), Math.min(chars / Math.max(ws.length, 1), 15) / 5,
      shapeCount.get(shapes[k]!)! / kept.length, Math.log1p(shapeCount.get(shapes[k]!)!), w / total, Math.log1p(total), Math.log1p(kept.length),
      ...PAGE_TYPES.map((t) => (t === pageType ? 1 : 0)), extractor === "readability" ? 1 : 0, extractor.includes("items") ? 1 : 0,
      k > 0 ? Math.log1p(words[k - 1]!) : 0, k > 0 ? blocks[kept[k - 1]!]!.linkShare ?? 0 : 0,
      k + 1 < kept.length ? Math.log1p(words[k + 1]!) : 0, k + 1 < kept.length ? blocks[kept[k + 1]!]!.linkShare ?? 0 : 0,
      part.get(parts[k])!.words / total, part.get(parts[k])!.link / Math.max(part.get(parts[k])!.words, 1), Math.log1p(part.get(parts[k])!.blocks), part.get(parts[k])!.first / total,
      ...Object.values(HEADING_GROUPS).map((re) => (re.test(heading) ? 1 : 0)),
    ];
    if (DOM_VOCABULARY.headingTags.has(b.tag)) heading = text;
    before += w;
    return { text, x };
  });
}

function hostOf(url: string, id: string, set: string): string {
  try {
    return new URL(url).hostname.replace(/^www\d?\./u, "");
  } catch {
    return `${set}:${id.slice(0, -2)}`;
  }
}

function dump(file: string): void {
  const cleaner = createCleaner();
  const rows: Row[] = [];
  for (const [set, folder] of [["articles", args.devset!], ["other", args.other!]] as const) {
    for (const f of readdirSync(join(folder, "html")).sort()) {
      if (!f.endsWith(".html.gz")) continue;
      const id = f.slice(0, -8);
      const truth = JSON.parse(readFileSync(join(folder, "truth", `${id}.json`), "utf8")) as { page_type?: string; url?: string; main_content?: string };
      const { html } = decodeHtml(readHtmlBytes(readFileSync(join(folder, "html", f))));
      const out = cleaner.clean({ id, html });
      let chosen: ChosenBlocks | undefined;
      const doc = htmlToDoc(html, { id, study: (c) => (chosen = c) });
      const detected = doc.pageType?.handledAs ?? doc.pageType?.type ?? "-";
      const truthSet = new Set(tokensOf(truth.main_content ?? ""));
      const blocks = chosen ? featuresOf(chosen, detected) : [];
      rows.push({
        id, set, host: hostOf(truth.url ?? "", id, set), truthType: truth.page_type ?? "article", detected, extractor: doc.extractor,
        output: out.text, truth: truth.main_content ?? "",
        blocks: blocks.map(({ text, x }) => {
          const ws = tokensOf(text);
          return { text, x: x.map((v) => Math.round(v * 1e4) / 1e4), words: ws.length, label: ws.length === 0 ? 1 : ws.filter((w) => truthSet.has(w)).length / ws.length };
        }),
      });
    }
  }
  writeFileSync(file, JSON.stringify({ features: FEATURE_NAMES, rows }));
  console.log(`block-model: ${rows.length} pages, ${rows.reduce((n, r) => n + r.blocks.length, 0)} kept blocks -> ${file}`);
}

// ---------- the model ----------

interface Model {
  mean: number[];
  sd: number[];
  w: number[];
  b: number;
}

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/** Logistic regression, P(block out of the truth), each block weighed by its words (a block's
 *  weight in the page's F1), L2, full-batch Adam on standardised features. */
function fitLogistic(xs: number[][], ys: number[], weights: number[], use: boolean[], l2 = 1e-3, steps = 400): Model {
  const d = xs[0]!.length;
  const mean = new Array(d).fill(0);
  const sd = new Array(d).fill(0);
  for (const x of xs) for (let j = 0; j < d; j++) mean[j] += x[j]! / xs.length;
  for (const x of xs) for (let j = 0; j < d; j++) sd[j] += (x[j]! - mean[j]) ** 2 / xs.length;
  for (let j = 0; j < d; j++) sd[j] = Math.sqrt(sd[j]) || 1;
  const zs = xs.map((x) => x.map((v, j) => (use[j] ? (v - mean[j]) / sd[j] : 0)));
  const w = new Array(d).fill(0);
  let b = 0;
  const mw = new Array(d + 1).fill(0);
  const vw = new Array(d + 1).fill(0);
  const W = weights.reduce((a, c) => a + c, 0);
  for (let t = 1; t <= steps; t++) {
    const g = new Array(d + 1).fill(0);
    for (let i = 0; i < zs.length; i++) {
      const z = zs[i]!;
      let s = b;
      for (let j = 0; j < d; j++) s += w[j] * z[j]!;
      const e = (sigmoid(s) - ys[i]!) * weights[i]! / W;
      for (let j = 0; j < d; j++) g[j] += e * z[j]!;
      g[d] += e;
    }
    for (let j = 0; j <= d; j++) {
      const gj = j < d ? g[j] + l2 * w[j] : g[j];
      mw[j] = 0.9 * mw[j] + 0.1 * gj;
      vw[j] = 0.999 * vw[j] + 0.001 * gj * gj;
      const step = (0.05 * (mw[j] / (1 - 0.9 ** t))) / (Math.sqrt(vw[j] / (1 - 0.999 ** t)) + 1e-8);
      if (j < d) w[j] -= step;
      else b -= step;
    }
  }
  return { mean, sd, w, b };
}

/** P(out of the truth) of a block's features, and each feature's weight (or split gain). */
type Scorer = ((x: number[]) => number) & { weights: number[] };

/** Gradient-boosted trees of the given depth on the logistic loss, features cut at 32 quantiles,
 *  each block weighed by its words: the non-linear check of what the linear model misses. */
function fitTrees(xs: number[][], ys: number[], weights: number[], use: boolean[], rounds: number, depth: number): Scorer {
  const d = xs[0]!.length;
  const n = xs.length;
  const cuts: number[][] = [];
  for (let j = 0; j < d; j++) {
    const vs = xs.map((x) => x[j]!).sort((a, b) => a - b);
    const c = new Set<number>();
    for (let q = 1; q < 32; q++) c.add(vs[Math.floor((q * n) / 32)]!);
    cuts.push([...c].sort((a, b) => a - b));
  }
  const bin = (j: number, v: number): number => {
    const c = cuts[j]!;
    let lo = 0;
    let hi = c.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (v < c[mid]!) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
  const bins = xs.map((x) => Uint8Array.from(x.map((v, j) => bin(j, v))));
  const W = weights.reduce((a, b) => a + b, 0);
  const w = weights.map((x) => x / W);
  const base = Math.log((ys.reduce((a, y, i) => a + y * w[i]!, 0) + 1e-9) / (ys.reduce((a, y, i) => a + (1 - y) * w[i]!, 0) + 1e-9));
  const f = new Float64Array(n).fill(base);
  type Node = { j: number; cut: number; left: Node; right: Node } | { leaf: number };
  const trees: Node[] = [];
  const gainOf = new Array(d).fill(0);
  const lambda = 1e-4;
  const rate = 0.2;
  for (let r = 0; r < rounds; r++) {
    const g = new Float64Array(n);
    const h = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const p = sigmoid(f[i]!);
      g[i] = (p - ys[i]!) * w[i]!;
      h[i] = Math.max(p * (1 - p), 1e-6) * w[i]!;
    }
    const grow = (idx: number[], level: number): Node => {
      let G = 0;
      let H = 0;
      for (const i of idx) {
        G += g[i]!;
        H += h[i]!;
      }
      const leaf = { leaf: (-G / (H + lambda)) * rate };
      if (level >= depth || idx.length < 40) return leaf;
      let best = { gain: 0, j: -1, b: 0 };
      for (let j = 0; j < d; j++) {
        if (!use[j]) continue;
        const gs = new Float64Array(33);
        const hs = new Float64Array(33);
        for (const i of idx) {
          const b = bins[i]![j]!;
          gs[b] += g[i]!;
          hs[b] += h[i]!;
        }
        let gl = 0;
        let hl = 0;
        for (let b = 0; b < 32; b++) {
          gl += gs[b]!;
          hl += hs[b]!;
          const gr = G - gl;
          const hr = H - hl;
          if (hl < 1e-5 || hr < 1e-5) continue;
          const gain = (gl * gl) / (hl + lambda) + (gr * gr) / (hr + lambda) - (G * G) / (H + lambda);
          if (gain > best.gain) best = { gain, j, b };
        }
      }
      if (best.j < 0) return leaf;
      gainOf[best.j] += best.gain;
      const left = idx.filter((i) => bins[i]![best.j]! <= best.b);
      const right = idx.filter((i) => bins[i]![best.j]! > best.b);
      // Bin b holds values below cuts[b]: the split is v < cuts[j][b].
      return { j: best.j, cut: cuts[best.j]![best.b]!, left: grow(left, level + 1), right: grow(right, level + 1) };
    };
    const tree = grow([...Array(n).keys()], 0);
    trees.push(tree);
    for (let i = 0; i < n; i++) f[i] += evalTree(tree, xs[i]!);
  }
  function evalTree(t: Node, x: number[]): number {
    let node = t;
    while (!("leaf" in node)) node = x[node.j]! < node.cut ? node.left : node.right;
    return node.leaf;
  }
  return Object.assign((x: number[]) => sigmoid(trees.reduce((s, t) => s + evalTree(t, x), base)), { weights: gainOf.map((v) => v * 1e4) });
}

const predict = (m: Model, x: number[]): number => {
  let s = m.b;
  for (let j = 0; j < x.length; j++) s += m.w[j]! * ((x[j]! - m.mean[j]!) / m.sd[j]!);
  return sigmoid(s);
};

/** F1 of the page once the given blocks' words are taken off its output's bag. */
function f1Without(row: { words: string[][] }, out: Bag, truth: Bag, drop: number[]): number {
  const bag = new Map(out);
  for (const i of drop) for (const w of row.words[i]!) {
    const n = bag.get(w);
    if (n) bag.set(w, n - 1);
  }
  return bagScore(bag, truth).f1;
}

interface Prepared {
  row: Row;
  /** Each block's words. */
  words: string[][];
  out: Bag;
  truth: Bag;
  base: number;
}

const THRESHOLDS = [0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.93, 0.95, 0.97, 0.99];

/** Page-F1 changes when every block the model gives at least `t` is left out. */
/** --scope a,b: the model leaves blocks out only on pages taken for these types (it is fitted on all). */
const SCOPE = args.scope ? new Set(args.scope.split(",")) : undefined;

function gains(pages: Prepared[], score: (p: Prepared, i: number) => number, t: number, minWords: number): number[] {
  return pages.map((p) => {
    if (SCOPE && !SCOPE.has(p.row.detected)) return 0;
    const drop = p.row.blocks.map((_, i) => i).filter((i) => p.row.blocks[i]!.words >= minWords && score(p, i) >= t);
    return drop.length === 0 ? 0 : f1Without(p, p.out, p.truth, drop) - p.base;
  });
}

/** Words of the blocks left out that the truth has (label share) and does not have. */
function removedWords(pages: Prepared[], scores: Map<Prepared, number[]>, t: number, minWords: number): string {
  let inTruth = 0;
  let out = 0;
  for (const p of pages) p.row.blocks.forEach((b, i) => {
    if ((SCOPE && !SCOPE.has(p.row.detected)) || b.words < minWords || scores.get(p)![i]! < t) return;
    inTruth += b.words * b.label;
    out += b.words * (1 - b.label);
  });
  return `words left out ${Math.round(out)} not in the truth / ${Math.round(inTruth)} in it`;
}

/** Chance that an out-of-truth word's block scores above an in-truth word's block. */
function auc(pages: Prepared[], score: (p: Prepared, i: number) => number, minWords: number): number {
  const items: Array<{ s: number; pos: number; neg: number }> = [];
  for (const p of pages) p.row.blocks.forEach((b, i) => {
    if (b.words >= minWords) items.push({ s: score(p, i), pos: b.words * (1 - b.label), neg: b.words * b.label });
  });
  items.sort((a, b) => a.s - b.s);
  let negBelow = 0;
  let area = 0;
  let pos = 0;
  let neg = 0;
  for (let k = 0; k < items.length; ) {
    let j = k;
    let tp = 0;
    let tn = 0;
    while (j < items.length && items[j]!.s === items[k]!.s) {
      tp += items[j]!.pos;
      tn += items[j]!.neg;
      j++;
    }
    area += tp * (negBelow + tn / 2);
    negBelow += tn;
    pos += tp;
    neg += tn;
    k = j;
  }
  return area / (pos * neg);
}

const mean = (xs: number[]): number => (xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length);

function report(label: string, pages: Prepared[], g: number[]): void {
  const types = [...new Set(pages.map((p) => p.row.truthType))].sort();
  const line = types.map((t) => {
    const gs = g.filter((_, i) => pages[i]!.row.truthType === t);
    return `${t} ${mean(gs) >= 0 ? "+" : ""}${mean(gs).toFixed(5)}`;
  });
  const up = g.filter((x) => x > 1e-9).length;
  const down = g.filter((x) => x < -1e-9).length;
  const arts = g.filter((_, i) => pages[i]!.row.set === "articles");
  const other = g.filter((_, i) => pages[i]!.row.set === "other");
  console.log(`${label}: all ${mean(g) >= 0 ? "+" : ""}${mean(g).toFixed(5)} (${up} up, ${down} down); articles ${mean(arts).toFixed(5)}, other ${mean(other).toFixed(5)}; ${line.join(", ")}`);
}

function fit(file: string): void {
  const { features, rows } = JSON.parse(readFileSync(file, "utf8")) as { features: string[]; rows: Row[] };
  const only = args.features ? new Set(args.features.split(",")) : undefined;
  const use = features.map((f) => !only || only.has(f));
  const minWords = Number(args["min-words"]);
  const pages: Prepared[] = rows.map((row) => {
    const out = bagOf(tokensOf(row.output));
    const truth = bagOf(tokensOf(row.truth));
    return { row, words: row.blocks.map((b) => tokensOf(b.text)), out, truth, base: wordScore(row.output, row.truth).f1 };
  });
  const folds = Number(args.folds);
  const hosts = [...new Set(rows.map((r) => r.host))].sort();
  // Hosts dealt round-robin after a fixed shuffle: no site in two folds.
  const order = hosts.map((h, i) => ({ h, k: (i * 2654435761) % 4294967296 })).sort((a, b) => a.k - b.k);
  const foldOf = new Map(order.map(({ h }, i) => [h, i % folds]));
  console.log(`block-model: ${rows.length} pages, ${hosts.length} hosts, ${folds} folds by host; ${rows.reduce((n, r) => n + r.blocks.length, 0)} kept blocks; base F1 ${mean(pages.map((p) => p.base)).toFixed(5)}`);
  let keptWords = 0;
  let outWords = 0;
  let outBlocks = 0;
  for (const p of pages) for (const b of p.row.blocks) {
    keptWords += b.words;
    outWords += b.words * (1 - b.label);
    if (b.label < 0.5) outBlocks += b.words;
  }
  console.log(`kept words ${keptWords}: ${Math.round(outWords)} not in the truth's bag (${((100 * outWords) / keptWords).toFixed(1)}%); blocks under half in it hold ${outBlocks} words`);
  const ceiling = gains(pages, (p, i) => (p.row.blocks[i]!.label < 0.5 ? 1 : 0), 0.5, minWords);
  report("ceiling (every block under half in the truth left out)", pages, ceiling);

  const train = (ps: Prepared[]): Scorer => {
    const xs: number[][] = [];
    const ys: number[] = [];
    const ws: number[] = [];
    for (const p of ps) for (const b of p.row.blocks) {
      if (b.words < minWords) continue;
      xs.push(b.x);
      ys.push(b.label < 0.5 ? 1 : 0);
      ws.push(b.words);
    }
    if (args.model === "trees") return fitTrees(xs, ys, ws, use, Number(args.trees), Number(args.depth));
    const m = fitLogistic(xs, ys, ws, use);
    return Object.assign((x: number[]) => predict(m, x), { weights: m.w });
  };
  const scoreWith = (m: Scorer) => (p: Prepared, i: number): number => m(p.row.blocks[i]!.x);
  const bestThreshold = (ps: Prepared[], m: Scorer): number => {
    let best = 1.01;
    let bestGain = 0;
    for (const t of THRESHOLDS) {
      const g = mean(gains(ps, scoreWith(m), t, minWords));
      if (g > bestGain) {
        bestGain = g;
        best = t;
      }
    }
    return best;
  };

  // Fitted and tested on all pages.
  const all = train(pages);
  const tAll = bestThreshold(pages, all);
  for (const t of THRESHOLDS) report(`  in-sample, threshold ${t}`, pages, gains(pages, scoreWith(all), t, minWords));
  for (const t of THRESHOLDS) console.log(`  in-sample, threshold ${t}: ${removedWords(pages, new Map(pages.map((p) => [p, p.row.blocks.map((b) => all(b.x))])), t, minWords)}`);
  report(`in-sample (fitted, threshold ${tAll} chosen, tested on all pages)`, pages, gains(pages, scoreWith(all), tAll, minWords));
  const top = features.map((f, j) => ({ f, w: all.weights[j]! })).sort((a, b) => Math.abs(b.w) - Math.abs(a.w));
  console.log(`${args.model === "trees" ? "split gain" : "weights (standardised, + = out of the truth)"}: ${top.slice(0, 20).map(({ f, w }) => `${f} ${w.toFixed(2)}`).join(", ")}`);

  // Held out by site.
  const held = new Array<number>(pages.length).fill(0);
  const heldScores = new Map<Prepared, number[]>();
  const fixed = new Map<number, number[]>(THRESHOLDS.map((t) => [t, new Array<number>(pages.length).fill(0)]));
  for (let k = 0; k < folds; k++) {
    const inFold = pages.map((p) => foldOf.get(p.row.host) === k);
    const tr = pages.filter((_, i) => !inFold[i]);
    const te = pages.filter((_, i) => inFold[i]);
    const m = train(tr);
    const t = bestThreshold(tr, m);
    for (const p of te) heldScores.set(p, p.row.blocks.map((b) => m(b.x)));
    const g = gains(te, scoreWith(m), t, minWords);
    const idx = pages.map((_, i) => i).filter((i) => inFold[i]);
    idx.forEach((i, j) => (held[i] = g[j]!));
    for (const tt of THRESHOLDS) {
      const gg = gains(te, scoreWith(m), tt, minWords);
      idx.forEach((i, j) => (fixed.get(tt)![i] = gg[j]!));
    }
    console.log(`  fold ${k}: ${te.length} pages, threshold ${t} chosen on the other folds, held-out gain ${mean(g).toFixed(5)}`);
  }
  for (const t of THRESHOLDS) report(`  held-out, threshold ${t} on every fold (${removedWords(pages, heldScores, t, minWords)})`, pages, fixed.get(t)!);
  console.log(`ranking of blocks by the model, words weighed (AUC): in-sample ${auc(pages, (p, i) => all(p.row.blocks[i]!.x), minWords).toFixed(3)}, held-out ${auc(pages, (p, i) => heldScores.get(p)![i]!, minWords).toFixed(3)}`);
  report("held-out by site (threshold chosen on the training folds)", pages, held);
}

if (args.dump) dump(args.dump);
if (args.fit) fit(args.fit);
