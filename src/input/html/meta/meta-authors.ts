// Authors from meta tags. A page may repeat an author key once per author (citation_author on a
// paper's page, one <meta name="author"> per writer): all of them are the page's authors, in page
// order. Citation keys write each name "Last, First", as a reference list does: joined into one
// list those commas would blur where one name ends, so several are shown "First Last"; a lone one
// is left as the page wrote it.
import type { MetaValue } from "../../../metadata/html-meta.js";
import { BYLINE, META_KEYS } from "../vocabulary.js";
import { decodeEntities } from "./entities.js";
import type { Gathered } from "./gather.js";

const LAST_FIRST_KEYS: ReadonlySet<string> = new Set(META_KEYS.lastFirst);
/** A capitalised word of a name: "Aniruddha", "O'Neil", "D.". */
const NAME_WORD = /^\p{Lu}[\p{L}'’.-]*$/u;
const SURNAME_PARTICLES: ReadonlySet<string> = new Set(BYLINE.surnameParticles);
/** One to three capitalised words, a surname's particles aside: "Roy", "Emery D.", "van der Berg", "Michiel de". */
function namePart(s: string): boolean {
  const words = s.split(/\s+/u);
  const capitalised = words.filter((w) => NAME_WORD.test(w)).length;
  return capitalised >= 1 && capitalised <= 3 && words.every((w) => NAME_WORD.test(w) || SURNAME_PARTICLES.has(w));
}
/** "Lee, Jr.", "Lee, MD": the part after the comma is a suffix, not given names. */
const SUFFIX = /^(?:jr|sr|ii|iii|iv|md|phd|dr|prof)\.?$/iu;

/** "Roy, Aniruddha" -> "Aniruddha Roy"; any other value as it is. */
export function firstLast(value: string): string {
  const parts = value.split(",").map((p) => p.trim());
  if (parts.length !== 2 || !parts.every(namePart) || SUFFIX.test(parts[1]!)) return value;
  return `${parts[1]} ${parts[0]}`;
}

/** The names of the first author key (most trusted first) holding one that `isName` accepts; a
 *  later key listing the same first author with more co-authors gives the fuller list. */
export function metaAuthors(g: Gathered, isName: (s: string) => boolean): MetaValue<string[]> | undefined {
  const found: Array<MetaValue<string[]>> = [];
  for (const key of META_KEYS.author) {
    const values = g.authorMetas.get(key) ?? (g.meta.has(key) ? [g.meta.get(key)!] : []);
    const distinct = [...new Set(values.map((v) => decodeEntities(v)))];
    const names = distinct.map((v) => (distinct.length > 1 && LAST_FIRST_KEYS.has(key) ? firstLast(v) : v)).filter(isName);
    if (names.length > 0) found.push({ value: names, from: `meta[${key}]` });
  }
  const first = found[0];
  if (!first) return undefined;
  return found.find((f) => f.value.length > first.value.length && f.value.includes(first.value[0]!)) ?? first;
}
