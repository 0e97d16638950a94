// How the page itself writes a list of its authors. Declared authors (JSON-LD, meta tags) come as
// a list; shown to a reader they are joined with commas, unless the page's own byline joins the
// last of them with "and" or "&" ("By Ann Lee, Jo Park, and Sam Wu"): then the list reads as the
// page prints it.
import type { Gathered } from "./gather.js";

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&").replace(/\s+/gu, "\\s+");
/** Bylines are near the top: the page's text is searched this far (in text runs). */
const REACH = 2000;

/** "Ann Lee, Jo Park, and Sam Wu" when the page shows the names so; otherwise undefined. */
export function shownJoin(g: Gathered, names: readonly string[]): string | undefined {
  if (names.length < 2) return undefined;
  const last = names[names.length - 1]!;
  const head = names.slice(0, -1).map(escape).join("\\s*,\\s*");
  const written = new RegExp(`${head}(\\s*,?\\s*(?:and|&)\\s+)${escape(last)}`, "u");
  const text = g.runs
    .slice(0, REACH)
    .map((r) => r.text)
    .join(" ");
  const join = written.exec(text)?.[1];
  if (join === undefined) return undefined;
  const word = /&/u.test(join) ? "&" : "and";
  return `${names.slice(0, -1).join(", ")}${names.length > 2 && join.includes(",") ? "," : ""} ${word} ${last}`;
}
