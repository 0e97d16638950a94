// Turns the date strings that bylines and "Updated:" lines carry into ISO dates (YYYY-MM-DD).
// Only unambiguous shapes are read; anything else is left as it was written, never guessed.
const MONTHS: Record<string, number> = {};
const NAMES = [
  ["january", "jan", "januar", "janvier", "enero", "gennaio", "janeiro", "januari"],
  ["february", "feb", "februar", "février", "fevrier", "febrero", "febbraio", "fevereiro", "februari"],
  ["march", "mar", "märz", "maerz", "mars", "marzo", "março", "maart"],
  ["april", "apr", "avril", "abril", "aprile"],
  ["may", "mai", "mayo", "maggio", "maio", "mei"],
  ["june", "jun", "juni", "juin", "junio", "giugno", "junho"],
  ["july", "jul", "juli", "juillet", "julio", "luglio", "julho"],
  ["august", "aug", "août", "aout", "agosto", "augustus"],
  ["september", "sep", "sept", "septembre", "septiembre", "settembre", "setembro"],
  ["october", "oct", "oktober", "octobre", "octubre", "ottobre", "outubro"],
  ["november", "nov", "novembre", "noviembre", "novembro"],
  ["december", "dec", "dezember", "décembre", "decembre", "diciembre", "dicembre", "dezembro"],
];
NAMES.forEach((names, i) => names.forEach((n) => (MONTHS[n] = i + 1)));

const ISO = /\b(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)/u;
const MONTH_DAY_YEAR = /\b(\p{L}{3,10})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/u;
const DAY_MONTH_YEAR = /\b(\d{1,2})(?:st|nd|rd|th)?\.?\s+(?:de\s+)?(\p{L}{3,10})\.?,?\s+(?:de\s+)?(\d{4})\b/u;
// "23.07.2025" is written day first wherever dots are used; "24/2/2026" or "2/24/2026" only reads
// one way when a number is above 12.
const DOTTED = /\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b/u;
const SLASHED = /\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/u;

export function parseDate(text: string): string | undefined {
  const iso = ISO.exec(text);
  if (iso) return format(+iso[1]!, +iso[2]!, +iso[3]!);
  const mdy = MONTH_DAY_YEAR.exec(text);
  if (mdy) {
    const month = MONTHS[mdy[1]!.toLowerCase()];
    if (month) return format(+mdy[3]!, month, +mdy[2]!);
  }
  const dmy = DAY_MONTH_YEAR.exec(text);
  if (dmy) {
    const month = MONTHS[dmy[2]!.toLowerCase()];
    if (month) return format(+dmy[3]!, month, +dmy[1]!);
  }
  const dotted = DOTTED.exec(text);
  if (dotted) return format(+dotted[3]!, +dotted[2]!, +dotted[1]!);
  const slashed = SLASHED.exec(text);
  if (slashed) {
    const [a, b, year] = [+slashed[1]!, +slashed[2]!, +slashed[3]!];
    if (a > 12 && b <= 12) return format(year, b, a);
    if (b > 12 && a <= 12) return format(year, a, b);
  }
  return undefined;
}

function format(year: number, month: number, day: number): string | undefined {
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1900 || year > 2100) return undefined;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}
