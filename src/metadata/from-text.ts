// What the text path adds to the metadata the rules captured: the byline and date from the lines
// around the article's start (from-text-head.ts), and, for a page that names no publication
// date, the date it was last updated, which is the only date it shows its readers; and the
// headline without the site's name a dump repeats after it ("Headline | Site", "Headline – Site").
import type { Metadata } from "../types.js";
import { AFTER, BEFORE, fromTextHead } from "./from-text-head.js";
import type { CaptureCandidate } from "./resolve.js";

type From = Partial<Record<keyof Metadata, string>>;

/** `metadata` and `from` completed, as new objects. Their fields are edited in Maps, which keep
 *  their keys in the order the objects would (set in place; taken out and set again, last): the
 *  resolved objects' fields are never written again, since a field written after its object is
 *  made turns mutable for V8, which then throws away the code compiled for objects of its shape.
 *  `lines`: the input's lines, kept or not; `start`: index of the first kept line (-1: none). */
export function completeFromText(metadata: Metadata, from: From, allLines: () => readonly string[], start: number): { metadata: Metadata; from: From } {
  let read: readonly string[] | undefined;
  const lines = (): readonly string[] => (read ??= allLines());
  const fields = new Map<string, unknown>(Object.entries(metadata));
  const sources = new Map<string, string | undefined>(Object.entries(from));
  const done = (): { metadata: Metadata; from: From } => ({ metadata: Object.fromEntries(fields) as unknown as Metadata, from: Object.fromEntries(sources) as From });
  if (metadata.title !== undefined) fields.set("title", withoutSiteName(metadata.title, lines()));
  const far = from.author === "rule:byline" && start >= 0 && farFromStart(metadata.author!, lines(), start);
  if (metadata.author !== undefined && metadata.publishedAt !== undefined && !far) return done();
  const head = start >= 0 ? fromTextHead(lines(), start) : {};
  if (far && head.author !== undefined) fields.delete("author");
  for (const field of ["author", "publishedAt"] as const) {
    if (fields.get(field) === undefined && head[field] !== undefined) {
      fields.set(field, head[field]);
      sources.set(field, "text:head");
    }
  }
  if (fields.get("publishedAt") !== undefined) return done();
  if (head.updatedAt !== undefined) {
    fields.set("publishedAt", head.updatedAt);
    sources.set("publishedAt", "text:head-updated");
  } else if (metadata.modifiedAt !== undefined) {
    fields.set("publishedAt", metadata.modifiedAt);
    sources.set("publishedAt", from.modifiedAt ?? "modifiedAt");
  }
  return done();
}

/** Whether the byline a rule took stands outside the lines around the article's start that the
 *  head is read from: the earliest "By ..." of a dump is often a menu's ("By Role", "By Industry")
 *  or a teaser's, and a byline beside the article's start is the article's. */
function farFromStart(author: string, lines: readonly string[], start: number): boolean {
  const at = lines.findIndex((l) => l.includes(author) && /\b(?:by|von|par|por|di|door|autor|auteur|author)\b/iu.test(l));
  return at >= 0 && (at < start - BEFORE || at > start + AFTER);
}

// The last " | ", " – ", " — ", " - " or " · " of the title and up to five words after it.
const SITE_SUFFIX = /^(?<head>.*\S)\s+[|–—·-]\s+(?<site>[^|–—·\s][^|–—·]{0,48})$/u;
const MAX_SITE_WORDS = 5;

/** The title without a trailing " | Site" when the site's name comes back elsewhere on the page
 *  (its logo, its copyright line, its menu): a suffix found nowhere else may be the headline's own. */
export function withoutSiteName(title: string, lines: readonly string[]): string {
  const m = SITE_SUFFIX.exec(title);
  if (!m) return title;
  const site = m.groups!["site"]!.trim();
  if (site.split(/\s+/u).length > MAX_SITE_WORDS) return title;
  const needle = site.toLowerCase();
  for (const line of lines) {
    if (line.includes(title)) continue;
    const at = line.toLowerCase().indexOf(needle);
    if (at >= 0 && !isWordChar(line, at - 1) && !isWordChar(line, at + needle.length)) return m.groups!["head"]!;
  }
  return title;
}

function isWordChar(text: string, i: number): boolean {
  return i >= 0 && i < text.length && /[\p{L}\p{N}]/u.test(text[i]!);
}

/** The region model's headline over the first kept line's: the first kept line is the headline
 *  only when the model found none (it may be a caption or a share bar printed above it). */
export function preferHeadline(candidates: CaptureCandidate[]): CaptureCandidate[] {
  if (!candidates.some((c) => c.ruleId === "headline-line")) return candidates;
  return candidates.filter((c) => c.ruleId !== "title-line");
}
