// What the text path adds to the metadata the rules captured: the byline and date from the lines
// around the article's start (from-text-head.ts), and, for a page that names no publication
// date, the date it was last updated, which is the only date it shows its readers; and the
// headline without the site's name a dump repeats after it ("Headline | Site", "Headline – Site").
import type { Metadata } from "../types.js";
import { AFTER, BEFORE, fromTextHead } from "./from-text-head.js";
import type { CaptureCandidate } from "./resolve.js";

type From = Partial<Record<keyof Metadata, string>>;

/** `lines`: the input's lines, kept or not; `start`: index of the first kept line (-1: none). */
export function completeFromText(metadata: Metadata, from: From, allLines: () => readonly string[], start: number): void {
  let read: readonly string[] | undefined;
  const lines = (): readonly string[] => (read ??= allLines());
  if (metadata.title !== undefined) metadata.title = withoutSiteName(metadata.title, lines());
  const far = from.author === "rule:byline" && start >= 0 && farFromStart(metadata.author!, lines(), start);
  if (metadata.author !== undefined && metadata.publishedAt !== undefined && !far) return;
  const head = start >= 0 ? fromTextHead(lines(), start) : {};
  if (far && head.author !== undefined) delete metadata.author;
  for (const field of ["author", "publishedAt"] as const) {
    if (metadata[field] === undefined && head[field] !== undefined) {
      metadata[field] = head[field];
      from[field] = "text:head";
    }
  }
  if (metadata.publishedAt !== undefined) return;
  if (head.updatedAt !== undefined) {
    metadata.publishedAt = head.updatedAt;
    from.publishedAt = "text:head-updated";
  } else if (metadata.modifiedAt !== undefined) {
    metadata.publishedAt = metadata.modifiedAt;
    from.publishedAt = from.modifiedAt ?? "modifiedAt";
  }
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
