// Byline and date read from the head of a text dump, where no rule took them as whole lines: in
// a dump they share a line with other furniture ("By Jane DoePublished: Jan 29, 2025", "by Jane
// Doe | May 19, 2024", "Jun 08, 2023 • 11 Minute Read"). Only the lines around the start of the
// kept article are read, removed or not, nearest to the start first; update and copyright lines
// never give a publication date.
import { parseDate } from "./parse-date.js";

/** Lines before the first kept line searched, and lines from it. */
const BEFORE = 30;
const AFTER = 10;
/** Longest line read: bylines and date lines are short. */
const MAX_CHARS = 200;

const NAME = String.raw`\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+(?:van|von|de|der|da|del|di|du|le|la|\p{Lu}[\p{L}\p{M}'’.-]*)){0,3}`;
// "By", "Written by", "Posted by", "Von", "Par", "Por", "Di", "Door", then a colon at most.
const BYLINE = new RegExp(String.raw`(?:^|[\s|•·(–—-])(?:(?:[Ww]ritten|[Pp]osted|[Rr]eported|[Pp]ublished)\s+)?(?:[Bb]y|BY|[Vv]on|[Pp]ar|[Pp]or|[Dd]i|[Dd]oor)\s*:?\s+(?<author>${NAME})`, "u");
// A name glued to the next label by the dump: "Jane DoePublished", "Jane DoeUpdated".
const GLUED = /(?<=\p{Ll})(?:Published|Updated|Posted|Last|On|In|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Jan|Feb)\b.*$/u;
// "Photo by …", "Image: Getty / Illustration by …" credit a picture, not the article.
const PICTURE_CREDIT = /\b(?:photo(?:graph)?s?|images?|pictures?|illustrations?|graphics?|videos?|credits?|foto|bild|imagen|immagine)\s*(?:\w+\s+)?(?:by|von|par|por|di)\b/iu;
const NOT_A_NAME = /^(?:the|this|that|these|those|then|now|far|all|way|email|phone|default|design|using|clicking|continuing|subscribing|signing)$/iu;
const UPDATE = /\b(?:updated|modified|edited|reviewed|aktualisiert|mis à jour|actualizad[oa]|aggiornato|atualizad[oa])\b/iu;
const COPYRIGHT = /©|\bcopyright\b|all rights reserved/iu;
const NUMERIC = /\b(?:(\d{4})[/.](\d{1,2})[/.](\d{1,2})|(\d{1,2})\.(\d{1,2})\.(\d{4}))\b/u;

export interface HeadFields {
  author?: string;
  publishedAt?: string;
}

/** `lines`: the input's lines; `start`: index of the first kept line. */
export function fromTextHead(lines: readonly string[], start: number): HeadFields {
  const out: HeadFields = {};
  for (const i of nearestFirst(start, Math.max(0, start - BEFORE), Math.min(lines.length - 1, start + AFTER))) {
    const line = lines[i]!.trim();
    if (line === "" || line.length > MAX_CHARS) continue;
    if (out.author === undefined) {
      const name = authorIn(line);
      if (name !== undefined) out.author = name;
    }
    if (out.publishedAt === undefined && !UPDATE.test(line) && !COPYRIGHT.test(line)) {
      const date = dateIn(line);
      if (date !== undefined) out.publishedAt = date;
    }
    if (out.author !== undefined && out.publishedAt !== undefined) break;
  }
  return out;
}

/** Indexes from `start` outwards, the line before before the line after: the byline and date sit above the body. */
function* nearestFirst(start: number, from: number, to: number): Generator<number> {
  for (let d = 0; start - d >= from || start + d <= to; d++) {
    if (start - d >= from && start - d <= to) yield start - d;
    if (d > 0 && start + d <= to && start + d >= from) yield start + d;
  }
}

export function authorIn(line: string): string | undefined {
  if (PICTURE_CREDIT.test(line)) return undefined;
  const m = BYLINE.exec(line);
  if (!m) return undefined;
  const name = m.groups!["author"]!.replace(GLUED, "").replace(/[\s.,;:|–—-]+$/u, "");
  const first = name.split(/\s+/u)[0]!;
  if (NOT_A_NAME.test(first) || parseDate(`${first} 1, 2000`) !== undefined) return undefined;
  return name === "" ? undefined : name;
}

export function dateIn(line: string): string | undefined {
  const named = parseDate(line);
  if (named !== undefined) return named;
  const m = NUMERIC.exec(line);
  if (!m) return undefined;
  const [y, mo, d] = m[1] !== undefined ? [+m[1], +m[2]!, +m[3]!] : [+m[6]!, +m[5]!, +m[4]!];
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || y < 1900 || y > 2100) return undefined;
  return `${y}-${String(mo).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}
