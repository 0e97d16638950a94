// completeFromText (metadata/from-text.ts) returns new objects instead of editing the resolved
// ones: the fields, their values and their order must be what editing them in place gives.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { completeFromText, withoutSiteName } from "../../src/metadata/from-text.js";
import { AFTER, BEFORE, fromTextHead } from "../../src/metadata/from-text-head.js";
import type { Metadata } from "../../src/types.js";

type From = Partial<Record<keyof Metadata, string>>;

/** The plain reading: the same steps, written on the objects themselves. */
function inPlace(metadata: Metadata, from: From, lines: readonly string[], start: number): void {
  if (metadata.title !== undefined) metadata.title = withoutSiteName(metadata.title, lines);
  const at = metadata.author === undefined ? -1 : lines.findIndex((l) => l.includes(metadata.author!) && /\b(?:by|von|par|por|di|door|autor|auteur|author)\b/iu.test(l));
  const far = from.author === "rule:byline" && start >= 0 && at >= 0 && (at < start - BEFORE || at > start + AFTER);
  if (metadata.author !== undefined && metadata.publishedAt !== undefined && !far) return;
  const head = start >= 0 ? fromTextHead(lines, start) : {};
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

const filler = (n: number): string[] => Array.from({ length: n }, (_, i) => `Paragraph ${i} of the story goes on about the town's new bridge and its costs.`);

const cases: Array<{ name: string; metadata: Metadata; from: From; lines: string[]; start: number }> = [
  {
    name: "a site name the page repeats leaves the title, in its place",
    metadata: { title: "Bridge opens | Town Post", source: "Reuters", headings: [], wordCount: 40 },
    from: { title: "rule:title-line", source: "rule:agency-line" },
    lines: ["Town Post", "Bridge opens | Town Post", "By Jane Doe", "May 3, 2025", ...filler(5)],
    start: 1,
  },
  {
    name: "a byline far from the start gives way to the head's, which comes last",
    metadata: { title: "Bridge opens", author: "Role", lang: "en", headings: ["A"], wordCount: 90 },
    from: { title: "rule:title-line", author: "rule:byline", lang: "text" },
    lines: ["By Role", ...filler(BEFORE + 5), "Bridge opens", "By Jane Doe", "May 3, 2025", ...filler(5)],
    start: BEFORE + 6,
  },
  {
    name: "the head's date and byline are added after the others",
    metadata: { title: "Bridge opens", headings: [], wordCount: 12 },
    from: { title: "rule:title-line" },
    lines: ["Bridge opens", "By Jane Doe", "Updated May 3, 2025", ...filler(3)],
    start: 0,
  },
  {
    name: "the modified date stands for the published one",
    metadata: { modifiedAt: "2025-01-02", headings: [], wordCount: 12 },
    from: { modifiedAt: "rule:updated-line" },
    lines: filler(4),
    start: 0,
  },
  {
    name: "nothing to add",
    metadata: { title: "Bridge opens", author: "Jane Doe", publishedAt: "2025-05-03", headings: [], wordCount: 12 },
    from: { title: "rule:title-line", author: "rule:byline", publishedAt: "rule:date-line" },
    lines: ["Bridge opens", "By Jane Doe", ...filler(3)],
    start: 0,
  },
  { name: "no kept line", metadata: { title: "Bridge opens – Post", headings: [], wordCount: 0 }, from: {}, lines: ["Post"], start: -1 },
];

describe("metadata completed from the text", () => {
  for (const c of cases) {
    it(`from text › ${c.name}: the fields and their order as edited in place`, () => {
      const metadata = structuredClone(c.metadata);
      const from = structuredClone(c.from);
      const got = completeFromText(metadata, from, () => c.lines, c.start);
      const want = { metadata: structuredClone(c.metadata), from: structuredClone(c.from) };
      inPlace(want.metadata, want.from, c.lines, c.start);
      assert.equal(JSON.stringify(got), JSON.stringify(want));
      assert.deepEqual(metadata, c.metadata, "the given metadata is not written to");
    });
  }
});
