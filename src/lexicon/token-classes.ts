// Token shapes for widget residue (weather boxes, tickers, score strips): text made of numbers,
// units, day names and condition words rather than sentences.
import { onFirstUse } from "../first-use.js";

export const TOKEN_CLASSES = [
  "number",
  "time",
  "weekday",
  "month",
  "degree",
  "weather",
  "percent",
  "currency",
  "sign",
  "symbol",
  "word",
] as const;
export type TokenClass = (typeof TOKEN_CLASSES)[number];

// Short and long day names in en, de, fr, es, it, pt, nl.
const WEEKDAYS = new Set(
  (
    "mon tue tues wed thu thur thurs fri sat sun monday tuesday wednesday thursday friday saturday sunday " +
    "mo di mi do fr sa so montag dienstag mittwoch donnerstag freitag samstag sonntag " +
    "lun mar mer jeu ven sam dim lundi mardi mercredi jeudi vendredi samedi dimanche " +
    "mié jue vie sáb dom lunes martes miércoles jueves viernes sábado domingo " +
    "gio lunedì martedì mercoledì giovedì venerdì sabato domenica " +
    "seg ter qua qui sex segunda terça quarta quinta sexta " +
    "ma wo vr za zo maandag dinsdag woensdag donderdag vrijdag zaterdag zondag today tonight tomorrow"
  ).split(" "),
);

const MONTHS = new Set(
  (
    "jan feb mar apr may jun jul aug sep sept oct nov dec january february march april june july august september october november december " +
    "januar februar märz mai juni juli oktober dezember janvier février mars avril juin juillet août septembre octobre novembre décembre " +
    "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre " +
    "gennaio febbraio aprile maggio giugno luglio settembre ottobre dicembre"
  ).split(" "),
);

// Condition words as forecast widgets print them, including run-together forms ("mostlycloudy"):
// a condition, maybe after a qualifier. Listed out, so that the `tokens` matcher can name the
// words a weather token must be (matchers/tokens.ts).
const QUALIFIERS = "mostly partly light heavy scattered isolated broken few overcast".split(" ");
const CONDITIONS = (
  "clouds cloud cloudy sunny sun clear rain rainy showers shower drizzle snow snowy sleet hail fog foggy mist haze hazy wind windy " +
  "storms storm thunderstorms thunderstorm tstorms tstorm humidity humid fair overcast broken scattered few partly mostly light heavy " +
  "moderate intensity precipitation uv feels high low nuageux nuages soleil ensoleillé pluie neige bewölkt sonnig regen schnee wolkig " +
  "nublado soleado lluvia nuvoloso soleggiato pioggia"
).split(" ");
/** Every lower-case token the weather class takes. */
export const WEATHER_TERMS: ReadonlySet<string> = new Set([...CONDITIONS, ...QUALIFIERS.flatMap((q) => CONDITIONS.map((c) => q + c))]);

const NUMBER = /^[+\-−±]?\d+(?:[.,]\d+)*$/u;
const TIME = onFirstUse(() => /^\d{1,2}[:.h]\d{2}(?:[ap]\.?m\.?)?$|^\d{1,2}\s?[ap]\.?m\.?$/iu);
const DEGREE = onFirstUse(() => /^(?:[+\-−]?\d+(?:[.,]\d+)?)?\s?°\s?[cf]?$|^[cf]$|^°[cf]?$/iu);
const PERCENT = /^[+\-−]?\d+(?:[.,]\d+)?\s?%$/u;
const CURRENCY = onFirstUse(() => /^(?:[$€£¥₹]\s?\d[\d.,]*|\d[\d.,]*\s?[$€£¥₹]|usd|eur|gbp|jpy|aed|inr)$/iu);
const SIGN = /^[▲▼△▽↑↓⬆⬇+\-−±]$/u;
const SYMBOL = onFirstUse(() => /^[\p{P}\p{S}]+$/u);

const CURRENCY_WORDS = new Set(["usd", "eur", "gbp", "jpy", "aed", "inr"]);

/** Every lower-case word that gives a token a class other than "word", alone or between
 *  punctuation: c and f, the currency codes, day and month names, weather terms. A token of ASCII
 *  letters and ASCII punctuation without a digit is a word unless its letters spell one of them
 *  (plan/token-reader.ts reads prose tokens so). */
export const NAMED_WORDS: readonly string[] = ["c", "f", ...CURRENCY_WORDS, ...WEEKDAYS, ...MONTHS, ...WEATHER_TERMS];

/** Whether a token is made of ASCII letters only: most tokens of prose, and no pattern above but
 *  the single letters c and f (degrees) and the currency codes can match one. */
function asciiWord(raw: string): boolean {
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i) | 0x20;
    if (c < 0x61 || c > 0x7a) return false;
  }
  return raw.length > 0;
}

// Tokens repeat (words of prose blocks, day names, units): their classes are remembered, and
// the memory is dropped whole when it grows past a bound.
const seen = new Map<string, TokenClass>();
const SEEN_MAX = 50_000;

export function classifyToken(raw: string): TokenClass {
  let c = seen.get(raw);
  if (c === undefined) {
    if (seen.size >= SEEN_MAX) seen.clear();
    c = classifyUncached(raw);
    seen.set(raw, c);
  }
  return c;
}

function classifyUncached(raw: string): TokenClass {
  const token = raw.toLowerCase();
  if (asciiWord(raw)) {
    if (token === "c" || token === "f") return "degree";
    if (CURRENCY_WORDS.has(token)) return "currency";
    if (WEEKDAYS.has(token)) return "weekday";
    if (MONTHS.has(token)) return "month";
    if (WEATHER_TERMS.has(token)) return "weather";
    return "word";
  }
  if (DEGREE().test(token)) return "degree";
  if (PERCENT.test(token)) return "percent";
  if (TIME().test(token)) return "time";
  if (NUMBER.test(token)) return "number";
  if (CURRENCY().test(token)) return "currency";
  if (SIGN.test(token)) return "sign";
  if (SYMBOL().test(token)) return "symbol";
  const bare = token.replace(/^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu, "");
  if (WEEKDAYS.has(bare)) return "weekday";
  if (MONTHS.has(bare)) return "month";
  if (WEATHER_TERMS.has(bare)) return "weather";
  return "word";
}
