// Builds the article's metadata from what rules captured and from the clean text itself, and
// records where each field came from. Earliest capture in the document wins; ties go by rule id.
import type { Metadata, MetadataField } from "../types.js";
import { findHeadings } from "./headings.js";
import type { PageMetadata } from "./page-metadata.js";
import { parseDateTime } from "./parse-date.js";

export interface CaptureCandidate {
  ruleId: string;
  position: number;
  /** Template per field, from the rule. */
  templates: Readonly<Record<string, string>>;
  /** Named groups from the match. */
  values: Readonly<Record<string, string>>;
}

const DATE_FIELDS = new Set<string>(["publishedAt", "modifiedAt"]);

/** The clean text as its rendering measured it: its blocks, and their words and all its words as
 *  lexicon/words.ts counts them. */
export interface CleanText {
  blocks: readonly string[];
  blockWords: readonly number[];
  words: number;
}

export function resolveMetadata(
  candidates: readonly CaptureCandidate[],
  clean: CleanText,
  /** The clean text's language as its stop words tell (metadata/language.ts). */
  lang: string | undefined,
  page?: PageMetadata,
): { metadata: Metadata; from: Partial<Record<keyof Metadata, string>> } {
  const from: Partial<Record<keyof Metadata, string>> = { ...page?.from };
  const fields: Partial<Metadata> = { ...page?.fields };
  const ordered = [...candidates].sort((a, b) => a.position - b.position || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0));
  for (const c of ordered) {
    for (const [field, template] of Object.entries(c.templates)) {
      const key = field as MetadataField;
      if (fields[key] !== undefined) continue;
      const raw = fill(template, c.values);
      if (raw === "") continue;
      fields[key] = DATE_FIELDS.has(field) ? (parseDateTime(raw) ?? raw) : raw;
      from[key] = `rule:${c.ruleId}`;
    }
  }
  const metadata: Metadata = { ...fields, headings: findHeadings(clean.blocks, clean.blockWords, fields.title), wordCount: clean.words };
  if (lang !== undefined && metadata.lang === undefined) {
    metadata.lang = lang;
    from.lang = "text:stopwords";
  }
  from.headings = "text:layout";
  from.wordCount = "text";
  return { metadata, from };
}

/** "$<source>" -> the named group; other characters are kept as written. */
function fill(template: string, values: Readonly<Record<string, string>>): string {
  return template
    .replace(/\$<(\w+)>/gu, (_all, name: string) => values[name] ?? "")
    .replace(/\s+/gu, " ")
    .trim()
    .replace(/[\s,;:|–—-]+$/u, "");
}
