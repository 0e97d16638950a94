// Turns the date strings that bylines and "Updated:" lines carry into ISO dates (YYYY-MM-DD), and
// with parseDateTime keeps the time and zone written after the date (YYYY-MM-DDTHH:MM, plus the
// UTC offset when the zone names one). Only unambiguous shapes are read; anything else is left
// as it was written, never guessed.
import { onFirstUse } from "../first-use.js";

const MONTHS: Record<string, number> = {};
const NAMES = [
  ["january", "jan", "januar", "janvier", "enero", "gennaio", "janeiro", "januari"],
  ["february", "feb", "februar", "février", "fevrier", "febrero", "febbraio", "fevereiro", "februari"],
  ["march", "mar", "märz", "maerz", "mars", "marzo", "março", "maart"],
  ["april", "apr", "avril", "abril", "aprile"],
  ["may", "mai", "mayo", "maggio", "maio", "mei"],
  ["june", "jun", "juni", "juin", "junio", "giugno", "junho"],
  ["july", "jul", "juli", "juillet", "julio", "luglio", "julho"],
  ["august", "aug", "août", "aout", "agosto", "augustus", "ago"],
  ["september", "sep", "sept", "septembre", "septiembre", "settembre", "setembro", "set"],
  ["october", "oct", "oktober", "octobre", "octubre", "ottobre", "outubro", "out"],
  ["november", "nov", "novembre", "noviembre", "novembro"],
  ["december", "dec", "dezember", "décembre", "decembre", "diciembre", "dicembre", "dezembro", "dez", "dic"],
];
NAMES.forEach((names, i) => names.forEach((n) => (MONTHS[n] = i + 1)));

const ISO = /\b(\d{4})-(\d{1,2})-(\d{1,2})(?![\d-])/u;
// A dump glues what stood in separate elements: "June 29, 2020November 12, 2021" (published, then
// updated), "October 17, 20236:01 PM ET" (the date, then its time). The year is four digits with
// no fifth one, or four followed at once by a time.
const YEAR = String.raw`(\d{4})(?:(?!\d)|(?=\d{1,2}:\d{2}(?!\d)))`;
// A month's name: 3 to 10 letters, up to a sign that is not a letter (each pattern below puts
// one right after it), as `(\p{L}{3,10})` would match there. Written as a lookahead for the
// length, then the letters: V8 compiles a bounded repeat of a Unicode class with more pattern
// after it, in a pattern tried from every position, into a very large matcher at first use.
const MONTH_WORD = String.raw`(?=\p{L}{3,10}(?!\p{L}))(\p{L}+)`;
export const MONTH_DAY_YEAR = onFirstUse(() => new RegExp(String.raw`\b${MONTH_WORD}\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+` + YEAR, "u"));
// "5 de mayo de 2024", "14-Mar-2025", and with dots alone "25.Jun.2019".
export const DAY_MONTH_YEAR = onFirstUse(() => new RegExp(String.raw`\b(\d{1,2})(?:st|nd|rd|th|er|º)?(?:\.?[\s-]+|\.)(?:de\s+)?${MONTH_WORD}(?:\.?,?[\s-]+|\.)(?:de\s+)?` + YEAR, "u"));
// "23.07.2025" is written day first wherever dots are used (month first only when the day-first
// reading is no date); "24/2/2026" or "2/24/2026" only reads one way when a number is above 12.
const DOTTED = /\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b/u;
const SLASHED = /\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/u;

interface Found {
  iso: string;
  /** Index just past the date in the text. */
  end: number;
}

export function parseDate(text: string): string | undefined {
  return findDate(text)?.iso;
}

/** The date as parseDate reads it, with the time that follows it ("14 March 2025, 09:42 GMT" ->
 *  "2025-03-14T09:42+00:00"; "May 3, 2023 1:24 PM EST" -> "2023-05-03T13:24-05:00"); a zone
 *  whose offset is not certain (ET, IST, CST) keeps the time without one. */
export function parseDateTime(text: string): string | undefined {
  const found = findDate(text);
  if (found === undefined) return undefined;
  const time = timeAfter(text.slice(found.end));
  return time === undefined ? found.iso : `${found.iso}T${time}`;
}

const FOUR_DIGITS = /[0-9]{4}/u;

/** Whether `text` may hold a date in any shape read here: each holds its year's four digits in a
 *  row, and most lines of a page hold none, so they are skipped before the patterns are tried on
 *  them. */
export function mayHoldDate(text: string): boolean {
  return FOUR_DIGITS.test(text);
}

function findDate(text: string): Found | undefined {
  if (!mayHoldDate(text)) return undefined;
  const iso = ISO.exec(text);
  if (iso) return found(format(+iso[1]!, +iso[2]!, +iso[3]!), iso);
  const mdy = MONTH_DAY_YEAR().exec(text);
  if (mdy) {
    const month = MONTHS[mdy[1]!.toLowerCase()];
    if (month) return found(format(+mdy[3]!, month, +mdy[2]!), mdy);
  }
  const dmy = DAY_MONTH_YEAR().exec(text);
  if (dmy) {
    const month = MONTHS[dmy[2]!.toLowerCase()];
    if (month) return found(format(+dmy[3]!, month, +dmy[1]!), dmy);
  }
  const dotted = DOTTED.exec(text);
  // Day first, unless only month first makes a date ("06.18.2025").
  if (dotted) return found(format(+dotted[3]!, +dotted[2]!, +dotted[1]!) ?? format(+dotted[3]!, +dotted[1]!, +dotted[2]!), dotted);
  const slashed = SLASHED.exec(text);
  if (slashed) {
    const [a, b, year] = [+slashed[1]!, +slashed[2]!, +slashed[3]!];
    if (a > 12 && b <= 12) return found(format(year, b, a), slashed);
    if (b > 12 && a <= 12) return found(format(year, a, b), slashed);
  }
  return undefined;
}

function found(iso: string | undefined, m: RegExpExecArray): Found | undefined {
  return iso === undefined ? undefined : { iso, end: m.index + m[0].length };
}

function format(year: number, month: number, day: number): string | undefined {
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1900 || year > 2100) return undefined;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

// Right after the date: a separator or "at"/"à"/"um"/"a las"/"alle"/"às", then H:MM[:SS], an
// optional am/pm or "Uhr", then an optional zone or offset. ISO's own "T09:42:00Z" too.
const TIME = onFirstUse(() => /^(?:T|\s*(?:[,|·•–—-]\s*)?(?:(?:at|à|um|a las|a la|alle|às|ore|kl\.?)\s+)?)(\d{1,2})(?::|h|\.(?=\d{2}\s*(?:uhr|h)\b))(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(?:(a\.?m\.?|p\.?m\.?)(?![\p{L}]))?\s*(?:uhr\b|h\b)?\s*(?:(Z|[+-]\d{2}:?\d{2})|\(?\b(GMT|UTC)\s*(?:([+-])(\d{1,2})(?::?(\d{2}))?)?\b\)?|\(?\b([A-Z]{2,5})\b\)?)?/iu);

/** Offsets of zone names that mean one thing; ambiguous ones (IST, CST, ET) are not here. */
const ZONES: Record<string, string> = {
  BST: "+01:00", CET: "+01:00", CEST: "+02:00", MEZ: "+01:00", MESZ: "+02:00", WET: "+00:00", WEST: "+01:00", EET: "+02:00", EEST: "+03:00",
  EST: "-05:00", EDT: "-04:00", CDT: "-05:00", MST: "-07:00", MDT: "-06:00", PST: "-08:00", PDT: "-07:00",
  JST: "+09:00", KST: "+09:00", HKT: "+08:00", SGT: "+08:00", AEST: "+10:00", AEDT: "+11:00",
};

function timeAfter(rest: string): string | undefined {
  const m = TIME().exec(rest);
  if (!m) return undefined;
  let hours = +m[1]!;
  const minutes = +m[2]!;
  const seconds = m[3] === undefined ? undefined : +m[3];
  const half = m[4]?.toLowerCase().replace(/\./gu, "");
  if (half !== undefined) {
    if (hours < 1 || hours > 12) return undefined;
    hours = (hours % 12) + (half === "pm" ? 12 : 0);
  }
  if (hours > 23 || minutes > 59 || (seconds !== undefined && seconds > 59)) return undefined;
  const clock = `${pad(hours)}:${pad(minutes)}${seconds === undefined ? "" : `:${pad(seconds)}`}`;
  return clock + (offset(m) ?? "");
}

function offset(m: RegExpExecArray): string | undefined {
  if (m[5] !== undefined) return m[5].toUpperCase() === "Z" ? "+00:00" : `${m[5].slice(0, 3)}:${m[5].slice(-2)}`;
  if (m[6] !== undefined) return m[7] === undefined ? "+00:00" : `${m[7]}${pad(+m[8]!)}:${m[9] ?? "00"}`;
  if (m[10] !== undefined) return ZONES[m[10].toUpperCase()];
  return undefined;
}

const pad = (n: number): string => String(n).padStart(2, "0");
