// The --explain view: the document as it came in, kept lines shown plainly, removed lines marked
// "-" (partly removed "~", with the cut span in [-...-]) and followed by the rule and its reason;
// then an ESLint-stylish table of every removal with its 1-based line:col.
import type { CleanResult } from "../types.js";
import { lineStarts, positionOf } from "./position.js";

interface Note {
  at: number;
  end: number;
  ruleId: string;
  reason: string;
  removes: boolean;
}

export function explainDoc(id: string, source: string, result: CleanResult): string {
  const starts = lineStarts(source);
  const notes: Note[] = [
    ...result.removed.map((r) => ({ at: r.range[0], end: r.range[1], ruleId: r.ruleId, reason: r.reason + (r.alsoMatched?.length ? ` (also: ${r.alsoMatched.join(", ")})` : ""), removes: true })),
    ...result.reports.map((m) => ({ at: m.range[0], end: m.range[1], ruleId: m.ruleId, reason: `${m.reason} (report only)`, removes: false })),
  ].sort((a, b) => a.at - b.at);
  const where = (n: Note): string => {
    const p = positionOf(starts, n.at);
    return `${p.line}:${p.col}`;
  };
  const posWidth = Math.max(0, ...notes.map((n) => where(n).length));
  const idWidth = Math.max(0, ...notes.map((n) => n.ruleId.length));
  const row = (n: Note): string => `${where(n).padEnd(posWidth)}  ${n.ruleId.padEnd(idWidth)}  ${n.reason}`;
  const numWidth = String(starts.length).length;
  const removedRanges = notes.filter((n) => n.removes);

  const out: string[] = [`${id}  (${result.status})`];
  starts.forEach((start, i) => {
    // The "line" after a final newline is not a line of the document.
    if (start === source.length && i > 0) return;
    const end = i + 1 < starts.length ? starts[i + 1]! - 1 : source.length;
    const text = source.slice(start, end);
    const cuts = removedRanges.filter((n) => n.at < end && n.end > start).map((n) => [Math.max(n.at, start) - start, Math.min(n.end, end) - start] as const);
    const covered = cuts.reduce((sum, [a, b]) => sum + text.slice(a, b).trim().length, 0);
    const whole = cuts.length > 0 && covered >= text.trim().length;
    const mark = cuts.length === 0 ? " " : whole ? "-" : "~";
    const shown = mark === "~" ? markCuts(text, cuts) : text;
    out.push(`${String(i + 1).padStart(numWidth)} ${mark} ${shown}`.trimEnd());
    const next = i + 1 < starts.length ? starts[i + 1]! : Infinity;
    for (const n of notes.filter((x) => x.at >= start && x.at < next)) {
      out.push(`${" ".repeat(numWidth)}   ${n.removes ? "^" : "?"} ${row(n)}`);
    }
  });
  out.push("");
  for (const n of notes) out.push(`  ${row(n)}`);
  const removedChars = result.removed.reduce((n, r) => n + r.text.length, 0);
  out.push(`${notes.length > 0 ? "\n" : ""}${result.removed.length} removed (${removedChars} of ${result.stats.charsIn} chars), status ${result.status}`);
  if (result.domRemovals && result.domRemovals.length > 0) {
    // HTML: what the DOM stage took out before the text rules saw the article.
    out.push(`DOM stage (${result.extractor ?? "html"}): ${result.domRemovals.length} nodes removed before the text rules`);
    for (const d of result.domRemovals) out.push(`  ${d.path}  ${d.reason}  ${JSON.stringify(d.excerpt)}`);
  }
  const meta = Object.entries(result.metadata).filter(([k, v]) => k !== "headings" && k !== "wordCount" && v !== undefined);
  if (meta.length > 0) out.push(`metadata: ${meta.map(([k, v]) => `${k}=${JSON.stringify(v)}`).join(", ")}`);
  for (const w of result.warnings) out.push(`warning ${w.code}: ${w.message}`);
  return `${out.join("\n")}\n`;
}

/** "keep [-cut-] keep" for lines where only a span was removed. */
function markCuts(text: string, cuts: readonly (readonly [number, number])[]): string {
  let out = "";
  let at = 0;
  for (const [a, b] of [...cuts].sort((x, y) => x[0] - y[0])) {
    if (a < at) continue;
    out += `${text.slice(at, a)}[-${text.slice(a, b)}-]`;
    at = b;
  }
  return out + text.slice(at);
}
