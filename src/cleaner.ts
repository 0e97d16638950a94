// The one place the pipeline order is written:
// text: sniff -> normalise -> segment ─┐
// html: extract main content -> Doc ───┴─> passes (match, decide, apply) -> guard -> metadata -> render.
import { normaliseText } from "./input/normalise-text.js";
import { segmentText } from "./input/segment-text.js";
import { sniffText } from "./input/sniff.js";
import { guard } from "./engine/guard.js";
import { processDoc } from "./engine/process.js";
import { render } from "./engine/render.js";
import { initialState, type LineState } from "./engine/state.js";
import { articleRegion, type RegionLine } from "./region/article-region.js";
import { htmlFrontEnd } from "./input/html/load-front-end.js";
import type { HtmlDoc, HtmlOptions } from "./input/html/types.js";
import { fromTextHead } from "./metadata/from-text-head.js";
import { pageMetadata } from "./metadata/page-metadata.js";
import { resolveMetadata, type CaptureCandidate } from "./metadata/resolve.js";
import { buildCatalog, type CatalogOptions } from "./rules/configure.js";
import type { Rule } from "./rules/rule.js";
import type { CleanInput, CleanResult, CleanStats, Doc, Warning } from "./types.js";

export interface CleanerOptions extends CatalogOptions {
  /** Most match-decide-apply passes per document (default 4). */
  maxPasses?: number;
  /** Units longer than this many characters are never asked about (default 20,000). */
  maxUnitChars?: number;
  /** Inputs longer than this many characters are rejected (default 100,000,000). */
  maxInputChars?: number;
  /** The guard against stripping most of a page that has no article region; `false` switches it off. */
  guard?: { maxRemovedShare?: number } | false;
  /** HTML input: how the article is found (default auto: own extractor, Readability where unsure). */
  mainContent?: HtmlOptions["mainContent"];
  /** HTML input: longest the extraction may take per page before it is abandoned (default 10 s). */
  timeBudgetMs?: number;
}

export interface Cleaner {
  /** The active catalog, sorted by id. */
  readonly rules: readonly Rule[];
  clean(input: string | CleanInput): CleanResult;
}

const DEFAULTS = { maxPasses: 4, maxUnitChars: 20_000, maxInputChars: 100_000_000, maxRemovedShare: 0.9 };

/** Loads and checks the rules once; the returned cleaner is cheap to call many times. Throws RuleError on bad rules. */
export function createCleaner(options: CleanerOptions = {}): Cleaner {
  const rules = buildCatalog(options);
  const active = {
    text: rules.filter((r) => r.mode !== "off" && r.formats.includes("text")),
    html: rules.filter((r) => r.mode !== "off" && r.formats.includes("html")),
  };
  const passes = { maxPasses: options.maxPasses ?? DEFAULTS.maxPasses, maxUnitChars: options.maxUnitChars ?? DEFAULTS.maxUnitChars };
  const maxInputChars = options.maxInputChars ?? DEFAULTS.maxInputChars;
  const guardOptions = options.guard === false ? undefined : { maxRemovedShare: options.guard?.maxRemovedShare ?? DEFAULTS.maxRemovedShare };

  const clean = (input: string | CleanInput): CleanResult => {
    const started = performance.now();
    const { text: raw, html, id, url } = typeof input === "string" ? ({ text: input } as CleanInput) : input;
    const source = typeof raw === "string" ? raw : typeof html === "string" ? html : undefined;
    if (source === undefined || (typeof raw === "string" && typeof html === "string")) {
      return refused(id, "missing-input", "a document needs exactly one of text or html, as a string", started);
    }
    if (source.length > maxInputChars) return refused(id, "input-too-large", `input is ${source.length} characters; the limit is ${maxInputChars}`, started);
    const sniffed = sniffText(source);
    if (!sniffed.ok) return refused(id, "binary-input", sniffed.reason, started);

    let doc: Doc;
    let fromHtml: HtmlDoc | undefined;
    if (typeof html === "string") {
      fromHtml = htmlFrontEnd()(html, { id, url, mainContent: options.mainContent, timeBudgetMs: options.timeBudgetMs });
      const fatal = fromHtml.warnings.find((w) => w.code === "binary-input");
      if (fatal) return refused(id, "binary-input", fatal.message, started);
      doc = fromHtml.doc;
    } else doc = segmentText(normaliseText(source), { id, url });
    const text = doc.text;
    const done = processDoc(doc, active[doc.format], passes);
    let { removed, warnings } = done;
    if (fromHtml) warnings = [...(fromHtml.warnings as Warning[]), ...warnings];
    let rendered = render(done.states);
    let status: CleanResult["status"] = "ok";
    const tripped = guardOptions ? guard(text, rendered.text, guardOptions, () => articleRegion(done.states.map(regionLine))) : undefined;
    let wouldRemove: CleanResult["wouldRemove"];
    if (tripped) {
      warnings = [...warnings, tripped];
      wouldRemove = removed;
      removed = [];
      rendered = render(initialState(doc));
      status = "guarded";
    }
    if (doc.blocks.length === 0) {
      status = "empty";
      if (!fromHtml) warnings = [...warnings, { code: "empty-input", message: "input has no text" }];
    } else if (rendered.text === "") {
      warnings = [...warnings, { code: "empty-after-clean", message: "every line was removed" }];
    }
    const candidates: CaptureCandidate[] = tripped
      ? []
      : done.captures.map((c) => ({ ruleId: c.rule.id, position: c.range[0], templates: c.rule.capture ?? {}, values: c.hit.captures ?? {} }));
    const { metadata, from } = resolveMetadata(candidates, rendered.text, fromHtml ? pageMetadata(fromHtml.meta) : undefined);
    if (!fromHtml && !tripped && (metadata.author === undefined || metadata.publishedAt === undefined)) {
      // done.states holds the input's lines in order, kept or not.
      const start = done.states.findIndex((l) => l.alive);
      if (start >= 0) {
        const head = fromTextHead(done.states.map((l) => l.line.text), start);
        for (const field of ["author", "publishedAt"] as const) {
          if (metadata[field] === undefined && head[field] !== undefined) {
            metadata[field] = head[field];
            from[field] = "text:head";
          }
        }
      }
    }
    const stats: CleanStats = {
      charsIn: text.length,
      charsOut: rendered.text.length,
      blocksIn: doc.blocks.length,
      blocksOut: rendered.blocks,
      linesIn: doc.blocks.reduce((n, b) => n + b.lines.length, 0),
      linesOut: rendered.lines,
      passes: done.passes,
      ms: Math.round((performance.now() - started) * 100) / 100,
      byRule: countByRule(removed),
    };
    const result: CleanResult = { status, text: rendered.text, metadata, metadataFrom: from, removed, reports: done.reports, warnings, stats };
    if (wouldRemove !== undefined) result.wouldRemove = wouldRemove;
    if (fromHtml) {
      result.domRemovals = fromHtml.domRemovals;
      result.extractor = fromHtml.extractor;
    }
    if (id !== undefined) result.id = id;
    return result;
  };

  return { rules, clean };
}

/** An input line for the guard's region check, with the features the passes measured on it when its text is unchanged. */
function regionLine(state: LineState): RegionLine {
  const f = state.features;
  return { text: state.line.text, id: state.line.id, features: f !== undefined && f.text === state.line.text ? f.value : undefined };
}

/** Convenience for one-off calls; build a cleaner once with createCleaner when cleaning many. */
export function cleanText(text: string, options?: CleanerOptions): CleanResult {
  return createCleaner(options).clean(text);
}

function countByRule(removed: readonly { ruleId: string }[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const r of removed) out[r.ruleId] = (out[r.ruleId] ?? 0) + 1;
  return out;
}

function refused(id: string | undefined, code: Warning["code"], message: string, started: number): CleanResult {
  const result: CleanResult = {
    status: "rejected",
    text: "",
    metadata: { headings: [], wordCount: 0 },
    metadataFrom: {},
    removed: [],
    reports: [],
    warnings: [{ code, message }],
    stats: { charsIn: 0, charsOut: 0, blocksIn: 0, blocksOut: 0, linesIn: 0, linesOut: 0, passes: 0, ms: Math.round((performance.now() - started) * 100) / 100, byRule: {} },
  };
  if (id !== undefined) result.id = id;
  return result;
}
