// node dist/scripts/eval-readability-pages.js --dir DIR: deboil on test pages laid out as Mozilla
// Readability's test suite (DIR/NAME/source.html, expected.html, expected-metadata.json): word
// P/R/F1 of clean({html}) against the text of expected.html (the dev set's metric), and title /
// byline / date agreement against expected-metadata.json (the dev set's comparison rule). The
// pages are not shipped with deboil: a checkout of mozilla/readability holds them in
// test/test-pages. Options: --dir DIR, --only-real (skip the synthetic pages, whose names carry no
// "-N" suffix: lorem-ipsum fixtures that test one markup feature each), --worst N.
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { load } from "cheerio/slim";
import { createCleaner } from "../src/index.js";
import { describeAgreement, newAgreement, tallyMetadata, type Truth } from "./agreement.js";
import { meanScore } from "./page-types.js";
import { wordScore, type Score } from "./word-metric.js";

const { values: args } = parseArgs({
  options: {
    dir: { type: "string" },
    "only-real": { type: "boolean", default: false },
    worst: { type: "string", default: "10" },
  },
});
if (args.dir === undefined || !existsSync(args.dir)) {
  console.error("eval-readability-pages: pass --dir DIR, a folder of Readability test pages (NAME/source.html, expected.html)");
  process.exit(1);
}
const dir = args.dir;

interface Expected {
  title?: string;
  byline?: string;
  publishedTime?: string;
}

const REAL_PAGE = /-\d+$/u;
const names = readdirSync(dir)
  .filter((name) => existsSync(join(dir, name, "source.html")) && existsSync(join(dir, name, "expected.html")))
  .filter((name) => !args["only-real"] || REAL_PAGE.test(name))
  .sort();
const cleaner = createCleaner();
const agree = newAgreement();
const rows: Array<{ name: string; score: Score }> = [];
for (const name of names) {
  const expectedText = load(readFileSync(join(dir, name, "expected.html"), "utf8")).text();
  const metaFile = join(dir, name, "expected-metadata.json");
  const expected = (existsSync(metaFile) ? JSON.parse(readFileSync(metaFile, "utf8")) : {}) as Expected;
  const out = cleaner.clean({ id: name, html: readFileSync(join(dir, name, "source.html"), "utf8") });
  rows.push({ name, score: wordScore(out.text, expectedText) });
  const truth: Truth = {};
  if (expected.title) truth.title = expected.title;
  if (expected.byline) truth.author = expected.byline;
  if (expected.publishedTime) truth.publish_date = expected.publishedTime;
  tallyMetadata(agree, truth, out.metadata);
}
const mean = meanScore(rows.map((r) => r.score));
console.log(`deboil on ${rows.length} Readability test pages from ${dir}${args["only-real"] ? " (real pages only)" : ""}`);
console.log(`  F1 ${mean.f1.toFixed(3)}  P ${mean.p.toFixed(3)}  R ${mean.r.toFixed(3)}`);
const counted = (label: string, field: "title" | "author" | "date"): string => `${label} ${agree.strict[field][0]}/${agree.strict[field][1]}`;
console.log(`  agreeing: ${counted("title", "title")}, ${counted("byline", "author")}, ${counted("date", "date")}`);
console.log(`  ${describeAgreement(agree)}`);
console.log("worst pages:");
for (const r of [...rows].sort((a, b) => a.score.f1 - b.score.f1).slice(0, Number(args.worst))) {
  console.log(`  ${r.name} F1 ${r.score.f1.toFixed(3)} (P ${r.score.precision.toFixed(3)} R ${r.score.recall.toFixed(3)})`);
}
