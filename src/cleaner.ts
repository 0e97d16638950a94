// The one place the pipeline order is written:
// text: sniff -> normalise -> segment ─┐
// html: extract main content -> Doc ───┴─> passes (match, decide, apply) -> guard -> metadata -> render.
import { nowMs } from "./clock.js";
import { normaliseText } from "./input/normalise-text.js";
import { segmentText } from "./input/segment-text.js";
import { moreLinesThan, sniffText } from "./input/sniff.js";
import { guard, pageRegion } from "./engine/guard.js";
import { processDoc } from "./engine/process.js";
import { render } from "./engine/render.js";
import { initialState, type LineState } from "./engine/state.js";
import { decodeHtml, readHtmlBytes } from "./input/html/decode.js";
import { GzipError } from "./inflate.js";
import { htmlFrontEnd } from "./input/html/load-front-end.js";
import { deadline, DEFAULT_BUDGET_MS, OverBudget } from "./input/html/deadline.js";
import type { HtmlDoc, HtmlOptions } from "./input/html/types.js";
import { markupOf } from "./markup/kept-markup.js";
import { completeFromText, preferHeadline } from "./metadata/from-text.js";
import { pageMetadata } from "./metadata/page-metadata.js";
import { resolveMetadata, type CaptureCandidate } from "./metadata/resolve.js";
import { textLanguage } from "./metadata/language.js";
import { planFor } from "./plan/prefilter.js";
import { buildCatalog, prebuiltPlan, type CatalogOptions } from "./rules/configure.js";
import type { Rule } from "./rules/rule.js";
import { rulesForPageType } from "./rules/page-type-rules.js";
import { INPUT_LIMITS } from "./limits.js";
import { checkCleanerOptions } from "./cleaner-options.js";
import { textPageType } from "./region/page-type.js";
import { lineFeatures, type LineFeatures } from "./classifier/features.js";
import type { CleanInput, CleanResult, CleanStats, Doc, Warning } from "./types.js";

export interface CleanerOptions extends CatalogOptions {
  /** Most match-decide-apply passes per document (default 4). */
  maxPasses?: number;
  /** Units longer than this many characters are never asked about (default 20,000). */
  maxUnitChars?: number;
  /** Inputs longer than this many characters are rejected: status "rejected", warning
   *  input-too-large (default 50,000,000; see limits.ts). */
  maxInputChars?: number;
  /** Inputs of more lines than this are rejected the same way, before cleaning (HTML: lines of
   *  the extracted text). The engine's memory grows with the lines (default 250,000). */
  maxInputLines?: number;
  /** The guard against stripping most of a page that has no article region; `false` switches it off. */
  guard?: { maxRemovedShare?: number } | false;
  /** HTML input: how the article is found (default auto: own extractor, Readability where unsure). */
  mainContent?: HtmlOptions["mainContent"];
  /** HTML input: longest the cleaning of a page may take, from the start of clean(): its
   *  decoding, extraction and the rules' passes; a page over it is rejected with a time-budget
   *  warning (default 10 s). */
  timeBudgetMs?: number;
  /** HTML input: also return the kept text as structured blocks (CleanResult.markup: tags, lists,
   *  tables, emphasis and links) for markdown and HTML output. Text input has no structure to keep. */
  markup?: boolean;
}

export interface Cleaner {
  /** The active catalog, sorted by id. */
  readonly rules: readonly Rule[];
  /** Never throws: input that is not a document comes back with status "rejected" and a warning. */
  clean(input: string | CleanInput): CleanResult;
}

const DEFAULTS = { maxPasses: 4, maxUnitChars: 20_000, ...INPUT_LIMITS, maxRemovedShare: 0.9 };

/** Loads and checks the rules once; the returned cleaner is cheap to call many times. Throws RuleError on bad rules. */
export function createCleaner(given?: CleanerOptions): Cleaner {
  const options = checkCleanerOptions(given);
  const rules = buildCatalog(options);
  // One plan for the whole catalog serves the text and HTML rules alike.
  const plan = planFor(rules, prebuiltPlan(options));
  const active = {
    text: rules.filter((r) => r.mode !== "off" && r.formats.includes("text")),
    html: rules.filter((r) => r.mode !== "off" && r.formats.includes("html")),
  };
  const htmlRules = rulesForPageType(active.html);
  const passes = { maxPasses: options.maxPasses ?? DEFAULTS.maxPasses, maxUnitChars: options.maxUnitChars ?? DEFAULTS.maxUnitChars };
  const maxInputChars = options.maxInputChars ?? DEFAULTS.maxInputChars;
  const maxInputLines = options.maxInputLines ?? DEFAULTS.maxInputLines;
  const tooManyLines = `input has more than ${maxInputLines} lines, the limit`;
  const budgetMs = options.timeBudgetMs ?? DEFAULT_BUDGET_MS;
  /** An HTML page's time budget for the rules' passes: what the decoding and extraction left of
   *  it (both count from the start of clean()). */
  const htmlBudget = (started: number): (() => void) => {
    const budget = deadline(started, budgetMs);
    return () => budget.tick("applying the rules");
  };
  const guardOptions = options.guard === false ? undefined : { maxRemovedShare: options.guard?.maxRemovedShare ?? DEFAULTS.maxRemovedShare };

  const clean = (input: string | CleanInput): CleanResult => {
    const started = nowMs();
    const shaped = inputShape(input, maxInputChars);
    if ("problem" in shaped) return refused(shaped.id, shaped.code, shaped.problem, started);
    const { text: raw, html, id, url, htmlWarnings, given } = shaped;
    const source = raw ?? html!;
    if (source.length > maxInputChars) return refused(id, "input-too-large", `input is ${source.length} characters; the limit is ${maxInputChars}`, started);
    if (typeof raw === "string" && moreLinesThan(raw, maxInputLines)) return refused(id, "input-too-large", tooManyLines, started);
    const sniffed = sniffText(source);
    if (!sniffed.ok) return refused(id, "binary-input", sniffed.reason, started);

    let doc: Doc;
    let fromHtml: HtmlDoc | undefined;
    if (typeof html === "string") {
      fromHtml = htmlFrontEnd()(html, { id, url, mainContent: options.mainContent, timeBudgetMs: budgetMs, startedMs: started, markup: options.markup });
      const fatal = fromHtml.warnings.find((w) => w.code === "binary-input");
      if (fatal) return refused(id, "binary-input", fatal.message, started);
      // A page abandoned over its time budget failed; passing it on as empty would hide that.
      const late = fromHtml.abandoned ? fromHtml.warnings.find((w) => w.code === "time-budget") : undefined;
      if (late) return refused(id, "time-budget", late.message, started);
      doc = fromHtml.doc;
      const lines = doc.blocks.reduce((n, b) => n + b.lines.length, 0);
      if (lines > maxInputLines) return refused(id, "input-too-large", tooManyLines, started);
    } else doc = segmentText(normaliseText(source), { id, url });
    const text = doc.text;
    let done: ReturnType<typeof processDoc>;
    try {
      done = processDoc(doc, fromHtml ? htmlRules(fromHtml.pageType?.handledAs ?? fromHtml.pageType?.type) : active.text, fromHtml ? { ...passes, tick: htmlBudget(started) } : passes, plan);
    } catch (error) {
      if (error instanceof OverBudget) return refused(id, "time-budget", error.message, started);
      throw error;
    }
    let { removed, warnings } = done;
    if (fromHtml) warnings = [...(htmlWarnings as Warning[]), ...(fromHtml.warnings as Warning[]), ...warnings];
    if (given !== undefined && given.length > 0) warnings = [...given, ...warnings];
    let rendered = render(done.states);
    let status: CleanResult["status"] = "ok";
    const tripped = guardOptions ? guard(text, rendered.text, guardOptions, () => pageRegion(done.states)) : undefined;
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
      : preferHeadline(done.captures.map((c) => ({ ruleId: c.rule.id, position: c.range[0], templates: c.rule.capture ?? {}, values: c.hit.captures ?? {} })));
    // The kept lines, as rendered (all of the input's when the guard refused the cleaning).
    const lang = textLanguage(tripped ? initialState(doc) : keptLines(done.states));
    const resolved = resolveMetadata(candidates, rendered, lang, fromHtml ? pageMetadata(fromHtml.meta) : undefined);
    // The input's lines in order, kept or not (done.states holds them all), for the text's head and page type.
    let inputLines: string[] | undefined;
    const linesOfInput = (): string[] => (inputLines ??= textsOf(done.states));
    const { metadata, from } = !fromHtml && !tripped ? completeFromText(resolved.metadata, resolved.from, linesOfInput, done.states.findIndex((l) => l.alive)) : resolved;
    const stats: CleanStats = {
      charsIn: text.length,
      charsOut: rendered.text.length,
      blocksIn: doc.blocks.length,
      blocksOut: rendered.blocks.length,
      linesIn: doc.blocks.reduce((n, b) => n + b.lines.length, 0),
      linesOut: rendered.lines,
      passes: done.passes,
      ms: Math.round((nowMs() - started) * 100) / 100,
      byRule: countByRule(removed),
    };
    const result: CleanResult = { status, text: rendered.text, metadata, metadataFrom: from, removed, reports: done.reports, warnings, stats };
    if (wouldRemove !== undefined) result.wouldRemove = wouldRemove;
    if (options.markup && fromHtml) result.markup = tripped ? markupOf(initialState(doc), doc) : markupOf(done.states, doc);
    if (fromHtml) {
      result.domRemovals = fromHtml.domRemovals;
      result.extractor = fromHtml.extractor;
      if (fromHtml.pageType) {
        result.pageType = fromHtml.pageType.type;
        result.pageTypeFrom = fromHtml.pageType.from;
      }
    } else if (doc.blocks.length > 0) {
      // The input's lines with the measurements the passes took of them. A dropped line's memo
      // still holds what the first pass measured of its text. Read as asked, not gathered: an
      // object a line, all held at once, raised a page's peak memory.
      const featureAt = (i: number): LineFeatures => {
        const s = done.states[i]!;
        return (s.memo !== undefined && s.memo.text === s.line.text ? s.memo.features : undefined) ?? lineFeatures(s.line.text);
      };
      // The first pass's runs of cards are the input's: that pass reads every line as the input has it.
      result.pageType = textPageType(linesOfInput(), featureAt, done.inputItems).type;
      result.pageTypeFrom = "text";
    }
    if (id !== undefined) result.id = id;
    return result;
  };

  return { rules, clean };
}

/** The lines' texts, grown by push: an array of the kind the region model hands the page type
 *  (`map` makes one of another kind, and the page type's optimized code then bails out). */
function textsOf(states: readonly LineState[]): string[] {
  const texts: string[] = [];
  for (let i = 0; i < states.length; i++) texts.push(states[i]!.line.text);
  return texts;
}

/** Convenience for one-off calls; build a cleaner once with createCleaner when cleaning many. */
export function cleanText(text: string, options?: CleanerOptions): CleanResult {
  return createCleaner(options).clean(text);
}

type Shaped = { text?: string; html?: string; id?: string; url?: string; htmlWarnings: readonly { code: string; message: string }[]; given?: Warning[] } | { problem: string; code: Warning["code"]; id?: string };

/** UTF-8 spends at most 3 bytes on a UTF-16 unit (the other encodings fewer): more bytes than
 *  this many times the character limit decode to a text over the limit. */
const MAX_BYTES_PER_CHAR = 3;

/** What a caller handed to clean(), checked: plain JS callers can pass anything, and clean() never throws. */
function inputShape(input: unknown, maxInputChars: number): Shaped {
  if (typeof input === "string") return { text: input, htmlWarnings: [] };
  if (typeof input !== "object" || input === null) return { problem: `clean() needs a string or { text } / { html } / { bytes }, got ${input === null ? "null" : typeof input}`, code: "missing-input" };
  let fields: CleanInput;
  try {
    // A getter or a proxy may throw on reading: the fields are read once, here.
    const { text, html, bytes, id, url, warnings } = input as CleanInput;
    fields = { text, html, bytes, id, url, warnings } as CleanInput;
  } catch (error) {
    return { problem: `the input object could not be read: ${(error as Error)?.message ?? String(error)}`, code: "missing-input" };
  }
  const { text, html, bytes, id, url, warnings } = fields;
  const safeId = typeof id === "string" ? id : undefined;
  const given = [text, html, bytes].filter((v) => v !== undefined).length;
  if (given !== 1) return { problem: "a document needs exactly one of text (string), html (string or bytes) or bytes", code: "missing-input", id: safeId };
  if (warnings !== undefined && !(Array.isArray(warnings) && warnings.every(isWarning))) {
    return { problem: "warnings must be a list of { code, message } (strings)", code: "missing-input", id: safeId };
  }
  const common = { ...(safeId === undefined ? {} : { id: safeId }), ...(typeof url === "string" ? { url } : {}), ...(warnings === undefined ? {} : { given: warnings }) };
  if (typeof text === "string") return { ...common, text, htmlWarnings: [] };
  if (typeof html === "string") return { ...common, html, htmlWarnings: [] };
  const raw = bytes ?? html;
  if (raw instanceof Uint8Array) {
    // HTML bytes of unknown encoding (gzip allowed): the same decoding as the CLI's, inflating no
    // further than the bytes of a text at the character limit.
    const maxBytes = MAX_BYTES_PER_CHAR * maxInputChars;
    const tooLarge = `input is more than ${maxBytes} bytes, which decode to more than ${maxInputChars} characters, the limit`;
    if (raw.length > maxBytes) return { problem: tooLarge, code: "input-too-large", id: safeId };
    try {
      const decoded = decodeHtml(readHtmlBytes(raw, maxBytes, "maxInputChars"));
      return { ...common, html: decoded.html, htmlWarnings: decoded.warnings };
    } catch (error) {
      if (error instanceof GzipError && error.code === "too-large") return { problem: `gzip ${tooLarge}`, code: "input-too-large", id: safeId };
      return { problem: `bytes could not be read as HTML: ${(error as Error).message}`, code: "missing-input", id: safeId };
    }
  }
  return { problem: "text must be a string; html a string or bytes (Uint8Array); bytes a Uint8Array", code: "missing-input", id: safeId };
}

function isWarning(w: unknown): w is Warning {
  return typeof w === "object" && w !== null && typeof (w as Warning).code === "string" && typeof (w as Warning).message === "string";
}

/** The kept lines in order, as read (the language stops after its first words): a list of them
 *  would hold a pointer per line of a long page at its peak of memory. */
function* keptLines(states: readonly LineState[]): Generator<LineState> {
  for (const s of states) if (s.alive) yield s;
}

/** Removals by rule id, in the order the ids first come. Counted in a Map: an object grown and
 *  rewritten id by id takes each document's ids in its own order on V8's shared tree of shapes,
 *  and every rewrite of a count there makes its field mutable again for that shape. */
function countByRule(removed: readonly { ruleId: string }[]): Record<string, number> {
  const counts = new Map<string, number>();
  for (const r of removed) counts.set(r.ruleId, (counts.get(r.ruleId) ?? 0) + 1);
  return Object.fromEntries(counts);
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
    stats: { charsIn: 0, charsOut: 0, blocksIn: 0, blocksOut: 0, linesIn: 0, linesOut: 0, passes: 0, ms: Math.round((nowMs() - started) * 100) / 100, byRule: {} },
  };
  if (id !== undefined) result.id = id;
  return result;
}
