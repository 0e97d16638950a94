// node dist/scripts/html-failures.js: the worst HTML pages of the dev set per page type, with what
// was lost (truth paragraphs missing from the output, and the DOM or text removal that took them)
// and what was kept that the truth does not have. A study aid for the HTML front end, not a score
// (eval-html.js is the score). Options: --type T (repeatable: only these page types), --worst N per
// type, --ids a,b,c, --devset DIR, --other DIR, --summary (figures only, no excerpts).
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { createCleaner, type CleanResult } from "../src/index.js";
import { decodeHtml, readHtmlBytes } from "../src/input/html/decode.js";
import { byPageType } from "./page-types.js";
import { wordScore, type Score } from "./word-metric.js";

const { values: args } = parseArgs({
  options: {
    devset: { type: "string", default: join(import.meta.dirname, "../../../shared/devset/wcxb-articles") },
    other: { type: "string", default: join(import.meta.dirname, "../../../shared/devset/wcxb-other") },
    type: { type: "string", multiple: true },
    worst: { type: "string", default: "8" },
    ids: { type: "string" },
    summary: { type: "boolean", default: false },
  },
});

const TOKEN = /[\p{L}\p{N}_]+/gu;
const words = (s: string): string[] => s.toLowerCase().match(TOKEN) ?? [];
const short = (s: string, n = 110): string => {
  const t = s.replace(/\s+/gu, " ").trim();
  return t.length > n ? `${t.slice(0, n)}…` : t;
};

interface Row {
  id: string;
  pageType: string;
  url: string;
  score: Score;
  result: CleanResult;
  truth: string;
}

const cleaner = createCleaner();
const wanted = new Set(args.type ?? []);
const onlyIds = args.ids ? new Set(args.ids.split(",")) : undefined;

function rowsOf(folder: string): Row[] {
  if (!existsSync(join(folder, "html"))) return [];
  const rows: Row[] = [];
  for (const f of readdirSync(join(folder, "html")).sort()) {
    if (!f.endsWith(".html.gz")) continue;
    const id = f.slice(0, -8);
    if (onlyIds && !onlyIds.has(id)) continue;
    const truth = JSON.parse(readFileSync(join(folder, "truth", `${id}.json`), "utf8")) as { page_type?: string; url?: string; main_content?: string };
    const pageType = truth.page_type ?? "article";
    if (wanted.size > 0 && !wanted.has(pageType)) continue;
    const { html } = decodeHtml(readHtmlBytes(readFileSync(join(folder, "html", f))));
    const result = cleaner.clean({ id, html });
    rows.push({ id, pageType, url: truth.url ?? "", score: wordScore(result.text, truth.main_content ?? ""), result, truth: truth.main_content ?? "" });
  }
  return rows;
}

/** Share of a passage's words found in a bag of words. */
function coverage(passage: string, bag: Set<string>): number {
  const ws = words(passage);
  return ws.length === 0 ? 1 : ws.filter((w) => bag.has(w)).length / ws.length;
}

function describe(row: Row): string {
  const out: string[] = [];
  const { result, score } = row;
  out.push(`${row.id} ${row.pageType} F1 ${score.f1.toFixed(3)} (P ${score.precision.toFixed(3)} R ${score.recall.toFixed(3)}) ${result.extractor ?? result.status} pageType=${result.pageType ?? "-"}/${result.pageTypeFrom ?? "-"} words out/truth ${words(result.text).length}/${words(row.truth).length} ${row.url}`);
  if (args.summary) return out.join("\n");
  const outBag = new Set(words(result.text));
  const truthBag = new Set(words(row.truth));
  const missing = row.truth.split(/\n\s*\n/u).filter((p) => words(p).length >= 4 && coverage(p, outBag) < 0.5);
  for (const p of missing.slice(0, 3)) {
    const key = short(p, 40);
    const dom = result.domRemovals?.find((r) => coverage(key, new Set(words(r.excerpt))) > 0.8);
    const rule = result.removed.find((r) => coverage(key, new Set(words(r.text))) > 0.8);
    const by = dom ? `dom ${dom.reason} at ${dom.path}` : rule ? `rule ${rule.ruleId}` : "not in the chosen container";
    out.push(`   - missing: ${short(p)}  [${by}]`);
  }
  if (missing.length > 3) out.push(`   - … ${missing.length - 3} more missing paragraphs`);
  const extra = result.text.split(/\n\n/u).filter((b) => words(b).length >= 3 && coverage(b, truthBag) < 0.4);
  for (const b of extra.slice(0, 3)) out.push(`   + extra:   ${short(b)}`);
  if (extra.length > 3) out.push(`   + … ${extra.length - 3} more extra blocks`);
  return out.join("\n");
}

const rows = [...rowsOf(args.devset!), ...rowsOf(args.other!)];
for (const t of byPageType(rows, (r) => r.score)) {
  console.log(`\n## ${t.pageType}: ${t.pages} pages, F1 ${t.f1.toFixed(3)} P ${t.p.toFixed(3)} R ${t.r.toFixed(3)}`);
  const empty = rows.filter((r) => r.pageType === t.pageType && r.result.text.trim() === "").length;
  const detected = new Map<string, number>();
  for (const r of rows) if (r.pageType === t.pageType) detected.set(r.result.pageType ?? "-", (detected.get(r.result.pageType ?? "-") ?? 0) + 1);
  console.log(`empty outputs: ${empty}; detected as: ${[...detected].map(([k, v]) => `${k} ${v}`).join(", ")}`);
  const worst = rows.filter((r) => r.pageType === t.pageType).sort((a, b) => a.score.f1 - b.score.f1).slice(0, Number(args.worst));
  for (const r of worst) console.log(describe(r));
}
