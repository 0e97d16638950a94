// node dist/scripts/title-study.js --out FILE: a study aid, not part of the cleaner. For every dev
// page, the title heading left out of the text (title-heading.ts), if any, with the page's F1 as
// cleaned and with that heading's words kept, beside what a rule could read about the heading:
// the detected page type, its place among the chosen blocks and in the container, the text around
// it. One JSON line per page; candidate rules are counted over the lines.
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { createCleaner } from "../src/index.js";
import { decodeHtml, readHtmlBytes } from "../src/input/html/decode.js";
import { htmlToDoc } from "../src/input/html/html-to-doc.js";
import { isElement, type DomNode } from "../src/input/html/dom.js";
import { handlingOf } from "../src/input/html/page-type.js";
import { TITLE_HEADING_REASON } from "../src/input/html/title-heading.js";
import type { ChosenBlocks } from "../src/input/html/types.js";
import { metadataMisses } from "./agreement.js";
import { wordScore } from "./word-metric.js";

const { values: args } = parseArgs({
  options: {
    devset: { type: "string", default: join(import.meta.dirname, "../../../shared/devset/wcxb-articles") },
    other: { type: "string", default: join(import.meta.dirname, "../../../shared/devset/wcxb-other") },
    out: { type: "string", default: "/tmp/title-study.jsonl" },
  },
});

const DATE = /\b(?:\d{4}-\d{2}-\d{2}|\d{1,2}\/\d{1,2}\/\d{2,4}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2},? \d{4}|\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* \d{4})\b/iu;
const BYLINE = /^(?:by|posted by|written by|author:?)\s+\S/iu;

function ancestors(node: DomNode, stop: DomNode): string[] {
  const out: string[] = [];
  for (let cur = node.parent; cur && cur !== stop; cur = cur.parent) if (isElement(cur)) out.push(`${cur.name}${cur.attribs.class ? "." + cur.attribs.class.trim().split(/\s+/u).join(".") : ""}`);
  return out;
}

const cleaner = createCleaner();
const lines: string[] = [];
for (const [set, folder] of [["articles", args.devset!], ["other", args.other!]] as const) {
  for (const f of readdirSync(join(folder, "html")).sort()) {
    if (!f.endsWith(".html.gz")) continue;
    const id = f.slice(0, -8);
    const truth = JSON.parse(readFileSync(join(folder, "truth", `${id}.json`), "utf8")) as { page_type?: string; main_content?: string; title?: string };
    const { html } = decodeHtml(readHtmlBytes(readFileSync(join(folder, "html", f))));
    const out = cleaner.clean({ id, html });
    let chosen: ChosenBlocks | undefined;
    const doc = htmlToDoc(html, { id, study: (c) => (chosen = c) });
    const body = truth.main_content ?? "";
    const f1 = wordScore(out.text, body).f1;
    const titleOk = truth.title ? !metadataMisses(truth, out.metadata).some((m) => m.field === "title") : undefined;
    const row: Record<string, unknown> = {
      set, id, truthType: truth.page_type ?? "article", reported: doc.pageType?.type ?? "-", handling: doc.pageType ? handlingOf(doc.pageType) : "-",
      typeFrom: doc.pageType?.from, extractor: doc.extractor, f1, titleOk, title: out.metadata.title, titleFrom: out.metadataFrom.title, truthTitle: truth.title,
      author: out.metadata.author !== undefined, authorFrom: out.metadataFrom.author, date: out.metadata.publishedAt !== undefined, dateFrom: out.metadataFrom.publishedAt,
    };
    const c = chosen as ChosenBlocks | undefined;
    const at = c ? c.leftOut.indexOf(TITLE_HEADING_REASON) : -1;
    if (c && at >= 0) {
      const texts = c.blocks.map((b) => b.lines.join(" "));
      const heading = texts[at]!;
      const from = c.blocks[at]!.from;
      const after = texts.slice(at + 1).filter((_, j) => c.leftOut[at + 1 + j] === undefined);
      row.heading = heading;
      row.f1Keep = wordScore(`${heading}\n${out.text}`, body).f1;
      row.index = at;
      row.tag = c.blocks[at]!.tag;
      row.keptBefore = c.leftOut.slice(0, at).filter((r) => r === undefined).length;
      row.leftBefore = c.leftOut.slice(0, at).filter((r) => r !== undefined).length;
      row.containerTag = isElement(c.container) ? c.container.name : "-";
      row.path = from ? ancestors(from, c.container) : [];
      row.next = after.slice(0, 3).map((t) => t.slice(0, 80));
      row.bylineNext = after.slice(0, 3).some((t) => BYLINE.test(t));
      row.dateNext = after.slice(0, 3).some((t) => DATE.test(t));
      row.keptWords = after.join(" ").split(/\s+/u).length;
      row.keptBlocks = after.length;
      // How far up from the heading the next kept block is reached: 1, its parent holds both
      // (the heading heads the text); its own band under the container, higher.
      const nextAt = c.leftOut.findIndex((r, j) => j > at && r === undefined);
      const next = nextAt >= 0 ? c.blocks[nextAt]!.from : undefined;
      let up = 0;
      if (from && next) {
        const chain: DomNode[] = [];
        for (let cur: DomNode | null = from.parent; cur; cur = cur.parent) chain.push(cur);
        let common: DomNode | null = next;
        while (common && !chain.includes(common)) common = common.parent;
        up = common ? chain.indexOf(common) + 1 : -1;
        row.commonIsContainer = common === c.container;
        row.levelsToContainer = chain.indexOf(c.container) + 1;
      }
      row.upToNext = up;
    }
    lines.push(JSON.stringify(row));
  }
}
writeFileSync(args.out!, lines.map((l) => `${l}\n`).join(""));
console.log(`title-study: ${lines.length} pages -> ${args.out}`);
