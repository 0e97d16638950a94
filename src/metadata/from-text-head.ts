// Byline and date read from the head of a text dump, where no rule took them as whole lines: in
// a dump they share a line with other furniture ("By Jane DoePublished: Jan 29, 2025", "by Jane
// Doe | May 19, 2024", "Jun 08, 2023 • 11 Minute Read"), or the author's name stands alone on
// its line with the date beside it ("Jane Doe" / "May 19, 2024", "Jane Doe May 19, 2024"). Only
// the lines around the start of the kept article are read, removed or not, nearest to the start
// first; copyright lines never give a date, and an update line gives one only when the head has
// no other (the page's only date is then the one it shows its readers).
import { stopwordMask } from "../lexicon/stopwords.js";
import { mayHoldDate, parseDate, parseDateTime } from "./parse-date.js";
import { onFirstUse } from "../first-use.js";

/** Lines before the first kept line searched, and lines from it. */
export const BEFORE = 30;
export const AFTER = 10;
/** Longest line read: bylines and date lines are short. */
const MAX_CHARS = 200;
/** Lines on either side of a bare name where its date may stand. */
const NAME_DATE_REACH = 2;

const NAME = String.raw`\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+(?:van|von|de|der|da|del|di|du|le|la|\p{Lu}[\p{L}\p{M}'’.-]*)){0,3}`;
// "By", "Written by", "Posted by", "Von", "Par", "Por", "Di", "Door", then a colon at most; a
// dump may glue "By" to the name ("ByJane Doe").
const BYLINE_SOURCE = String.raw`(?:^|[\s|•·(–—-])(?:(?:[Ww]ritten|[Pp]osted|[Rr]eported|[Pp]ublished)\s+)?(?:(?:[Bb]y(?:by)?|BY|[Vv]on|[Pp]ar|[Pp]or|[Dd]i|[Dd]oor)\s*:?\s+|By(?=\p{Lu}\p{Ll}))(?<author>${NAME})`;
// The byline's words alone, which every byline holds: most lines hold none of them, and the byline
// pattern (a name's Unicode classes, repeated) is slow to build and to compile, so it is built
// when a line first holds them.
const BYLINE_WORDS = /[Bb]y|BY|[Vv]on|[Pp]ar|[Pp]or|[Dd]i|[Dd]oor/;
let byline: RegExp | undefined;
// "Shop by Brand", "Programs by Type", "Step by Step": a word before "by" that is not a byline's
// own ("Written by", "Story by") sorts or describes; a date or a separator may precede a byline.
const WORD_BEFORE = onFirstUse(() => /(\p{L}+)\s*$/u);
const BYLINE_WORD = onFirstUse(() => /^(?:story|words|text|article|column|reporting|analysis|review|interview|started|created|submitted|contributed|asked|answered|edited)$/iu);
// A byline's words alone on their line, the name on the next: "Written By" / "Jane Doe".
const BYLINE_ALONE = onFirstUse(() => /^[\s•·*|-]*(?:(?:article\s+)?(?:written|posted|reported|published|words|story)\s+)?(?:by|von|par|por|di|door|author|autor|auteur)\s*:?\s*$/iu);
// What a name line may carry before the name: a bullet, an image's alt text, "Picture of".
const NAME_LEAD = /^(?:[\s•·*▪■□○☆◦-]+|\[[^\]]{0,40}\]\s*)+/u;
// Credentials after a name: "Jane Doe, MD", "Jane Doe, MS, RD".
const CREDENTIALS = onFirstUse(() => /^(?:,\s*(?:\p{Lu}[\p{Lu}\p{Ll}.®-]{0,7}(?:\s\d+)?|Ph\.?D\.?|M\.?D\.?))+$/u);
// A name glued to the next label by the dump: "Jane DoePublished", "Jane DoeUpdated".
const GLUED = onFirstUse(() => /(?<=\p{Ll})(?:Published|Updated|Posted|Last|On|In|Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t|tember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b.*$/u);
// "Photo by …", "Image: Getty / Illustration by …" credit a picture, not the article.
const PICTURE_CREDIT = onFirstUse(() => /\b(?:photo(?:graph)?s?|images?|pictures?|illustrations?|graphics?|videos?|credits?|foto|bild|imagen|immagine)\s*(?:\w+\s+)?(?:by|von|par|por|di)\b/iu);
const NOT_A_NAME = onFirstUse(() => /^(?:the|this|that|these|those|then|now|far|all|way|email|phone|default|design|using|clicking|continuing|subscribing|signing)$/iu);
/** What a menu sorts or filters by ("By Role", "By Event Type", "Shop By Industry"): a name has none of these words. */
const FACETS = new Set(
  (
    "type types role roles modality industry industries size topic topics product products solution solutions function department category " +
    "categories location locations need needs use case cases audience stage goal goals platform feature features service services specialty " +
    "specialties condition conditions occasion budget level brand brands price region country tools tool page select get started key development"
  ).split(" "),
);
const UPDATE = onFirstUse(() => /\b(?:updated|modified|edited|reviewed|aktualisiert|mis à jour|actualizad[oa]|aggiornato|atualizad[oa])\b/iu);
const COPYRIGHT = onFirstUse(() => /©|\bcopyright\b|all rights reserved/iu);
const NUMERIC = /\b(?:(\d{4})[/.](\d{1,2})[/.](\d{1,2})|(\d{1,2})\.(\d{1,2})\.(\d{4}))\b/u;

// A line that is a person's name: two to four capitalised words (initials and particles
// allowed), then nothing, a date, or a short role after a separator ("Jane Doe | Guest Columnist").
const NAME_WORD = String.raw`\p{Lu}[\p{Ll}\p{M}'’-]+`;
const BARE_NAME_SOURCE = String.raw`^(?<name>${NAME_WORD}(?:\s+(?:\p{Lu}\.|van|von|de|der|da|del|di|du|le|la|${NAME_WORD})){1,3})(?<rest>(?:\s*[|,•·–—-]\s*|\s{2,}|\s+(?=\p{Lu}\p{Ll}+\.?\s+\d|\d)).*)?$`;
let bareName: RegExp | undefined;
/** Words that make a short Title Case line a heading or a label rather than a name. */
const NOT_NAME_WORDS = new Set(
  (
    "home news blog share menu contact about search posted updated published read more related table contents privacy policy terms sign log " +
    "subscribe follow comments comment reviews review guide guides tips best top new latest popular trending services service products product " +
    "team staff editorial editor editors desk press media company group insights industry center centre care health business marketing design " +
    "online digital education learning travel food home garden finance money tech technology science sports sport world local opinion video " +
    "january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday"
  ).split(" "),
);
const ROLE_MAX_WORDS = 6;

export interface HeadFields {
  author?: string;
  publishedAt?: string;
  /** The date of an update line, when the head has no other date. */
  updatedAt?: string;
}

/** `lines`: the input's lines; `start`: index of the first kept line. */
export function fromTextHead(lines: readonly string[], start: number): HeadFields {
  let author: string | undefined;
  let publishedAt: string | undefined;
  let updatedAt: string | undefined;
  const from = Math.max(0, start - BEFORE);
  const to = Math.min(lines.length - 1, start + AFTER);
  const datedAt = shownDates(lines);
  for (const i of nearestFirst(start, from, to)) {
    const line = lines[i]!.trim();
    if (line === "" || line.length > MAX_CHARS) continue;
    author ??= authorIn(line) ?? nameAfterByline(lines, i);
    const date = publishedAt === undefined ? datedAt(i) : undefined;
    if (date !== undefined && !UPDATE().test(line)) publishedAt = date;
    else if (date !== undefined) updatedAt ??= date;
    if (author !== undefined && publishedAt !== undefined) break;
  }
  if (author === undefined) {
    for (const i of nearestFirst(start, from, to)) {
      author = bareNameAt(lines, i, datedAt);
      if (author !== undefined) break;
    }
  }
  // Built once, with its fields in one order: an object grown field by field in the order a
  // page's lines give them takes another shape per order.
  const out: HeadFields = {};
  if (author !== undefined) out.author = author;
  if (publishedAt !== undefined) out.publishedAt = publishedAt;
  else if (updatedAt !== undefined) out.updatedAt = updatedAt;
  return out;
}

/** The date each line shows its readers (a line of at most MAX_CHARS once trimmed, not a copyright
 *  line), read once per line: the head's search asks a line, then again as a neighbour of the
 *  lines around it. */
function shownDates(lines: readonly string[]): (j: number) => string | undefined {
  const read = new Map<number, string | undefined>();
  return (j) => {
    if (read.has(j)) return read.get(j);
    const line = lines[j]!.trim();
    const date = line.length <= MAX_CHARS ? dateIn(line) : undefined;
    // Few lines hold a date: the copyright check is asked only of those that do.
    const shown = date !== undefined && !COPYRIGHT().test(line) ? date : undefined;
    read.set(j, shown);
    return shown;
  };
}

/** Indexes from `start` outwards, the line before before the line after: the byline and date sit above the body. */
function* nearestFirst(start: number, from: number, to: number): Generator<number> {
  for (let d = 0; start - d >= from || start + d <= to; d++) {
    if (start - d >= from && start - d <= to) yield start - d;
    if (d > 0 && start + d <= to && start + d >= from) yield start + d;
  }
}

export function authorIn(line: string): string | undefined {
  if (!BYLINE_WORDS.test(line)) return undefined;
  const m = (byline ??= new RegExp(BYLINE_SOURCE, "u")).exec(line);
  // Few lines hold a byline: the picture-credit check is asked only of those that do.
  if (!m || PICTURE_CREDIT().test(line) || sortedBy(line.slice(0, m.index))) return undefined;
  const name = tidyName(m.groups!["author"]!.replace(GLUED(), "").replace(/[\s.,;:|–—-]+$/u, ""));
  const words = name.split(/\s+/u);
  const first = words[0]!;
  if (NOT_A_NAME().test(first) || parseDate(`${first} 1, 2000`) !== undefined || words.some((w) => FACETS.has(w.toLowerCase()))) return undefined;
  return name === "" ? undefined : name;
}

function sortedBy(before: string): boolean {
  const w = WORD_BEFORE().exec(before);
  return w !== null && !BYLINE_WORD().test(w[1]!);
}

/** Words a dump prints right after the name on its line: the date's month, a label, the outlet in capitals. */
const TRAILING_LABEL = onFirstUse(() => /^(?:last|updated|published|posted|view|on|in|at|and|sponsored|avatar|image|photo|picture|headshot|profile)$/iu);
/** A label glued to the next element's first word: "UpdatedJanuary", "PublishedMay". */
const GLUED_LABEL = onFirstUse(() => /^(?:Updated|Published|Posted|Last)\p{Lu}/u);

/** A name as a dump prints it: twice for the picture's alt text and the name ("Jane DoeJane Doe",
 *  "Jane Doe Jane Doe"), followed by the month of its date, a label or the outlet in capitals. */
export function tidyName(name: string): string {
  const twice = /^(?<one>\p{Lu}.*?)\s*\k<one>$/u.exec(name);
  if (twice) name = twice.groups!["one"]!;
  const words = name.split(/\s+/u);
  const mixed = words.some((w) => /\p{Ll}/u.test(w));
  while (
    words.length > 2 &&
    (TRAILING_LABEL().test(words[words.length - 1]!) || GLUED_LABEL().test(words[words.length - 1]!) || parseDate(`${words[words.length - 1]} 1, 2000`) !== undefined || (mixed && /^\p{Lu}{2,}$/u.test(words[words.length - 1]!)))
  ) {
    words.pop();
  }
  return words.join(" ");
}

/** The name on the line after a byline's words alone ("Written By" / "Jane Doe - Editor"):
 *  the line up to a separator, one to five words, a capital first. */
export function nameAfterByline(lines: readonly string[], i: number): string | undefined {
  if (!BYLINE_ALONE().test(lines[i]!)) return undefined;
  for (let j = i + 1; j <= Math.min(lines.length - 1, i + 2); j++) {
    const line = lines[j]!.replace(NAME_LEAD, "").trim();
    if (line === "") continue;
    if (line.length > MAX_CHARS) return undefined;
    const [head] = line.split(/\s+[|•·–—-]\s+|\s{2,}/u);
    const comma = head!.indexOf(",");
    const credentials = comma > 0 && CREDENTIALS().test(head!.slice(comma)) ? head!.slice(comma) : "";
    const name = tidyName((comma > 0 ? head!.slice(0, comma) : head!).replace(/[\s.,;:]+$/u, ""));
    const words = name.split(/\s+/u);
    if (!/^\p{Lu}/u.test(name) || words.length > 5 || words.some((w) => NOT_NAME_WORDS.has(w.toLowerCase())) || dateIn(name) !== undefined) return undefined;
    return name + credentials;
  }
  return undefined;
}

/** The name on line `i` when the line is only a name (or a name and a role, or a name and a
 *  date) and a date stands on it or within two lines of it: a lone Title Case line is more
 *  often a heading or a menu entry, a name beside the date is the byline. `datedAt`: the lines'
 *  dates (shownDates), shared by the calls for one head. */
export function bareNameAt(lines: readonly string[], i: number, datedAt = shownDates(lines)): string | undefined {
  let datedNear = false;
  for (let j = Math.max(0, i - NAME_DATE_REACH); j <= Math.min(lines.length - 1, i + NAME_DATE_REACH) && !datedNear; j++) {
    if (j !== i && datedAt(j) !== undefined) datedNear = true;
  }
  // With no date on a line within reach, and no year's four digits on this one (mayHoldDate), no
  // name is taken, and the name pattern is neither built nor run.
  if (!datedNear && !mayHoldDate(lines[i]!)) return undefined;
  const line = lines[i]!.replace(NAME_LEAD, "").trim();
  if (line.length > MAX_CHARS) return undefined;
  const m = (bareName ??= new RegExp(BARE_NAME_SOURCE, "u")).exec(line);
  if (!m) return undefined;
  const words = m.groups!["name"]!.split(/\s+/u);
  let rest = m.groups!["rest"] ?? "";
  // "Jane Doe May 19, 2024": the month is the date's, not the name's.
  while (words.length > 2 && parseDate(`${words[words.length - 1]} 1, 2000`) !== undefined) rest = `${words.pop()} ${rest}`;
  rest = rest.replace(/^[\s|,•·–—-]+/u, "");
  const name = tidyName(words.join(" "));
  if (words.some((w) => NOT_NAME_WORDS.has(w.toLowerCase()) || FACETS.has(w.toLowerCase())) || isArticle(words[0]!)) return undefined;
  const datedHere = rest !== "" && dateIn(rest) !== undefined;
  if (!datedHere && rest.split(/\s+/u).length > ROLE_MAX_WORDS) return undefined;
  return datedHere || datedNear ? name : undefined;
}

/** A short stop word first ("The", "Les", "Der", "Los") opens a heading, not a name. */
function isArticle(word: string): boolean {
  return word.length <= 3 && stopwordMask(word.toLowerCase()) !== 0;
}

export function dateIn(line: string): string | undefined {
  if (!mayHoldDate(line)) return undefined;
  const named = parseDateTime(line);
  if (named !== undefined) return named;
  const m = NUMERIC.exec(line);
  if (!m) return undefined;
  const [y, mo, d] = m[1] !== undefined ? [+m[1], +m[2]!, +m[3]!] : [+m[6]!, +m[5]!, +m[4]!];
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || y < 1900 || y > 2100) return undefined;
  return `${y}-${String(mo).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}
