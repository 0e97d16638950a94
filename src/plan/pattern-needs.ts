// What the plan reads of one regex pattern (how every match begins, what it must hold, how it
// ends: see regex-needs.ts), kept by flags and source. Reading a source means loading the regex
// parser and parsing, cold code the built-in catalog would run at every start, so `npm run build`
// stores the catalog's readings beside the rules bundle (rules/load.ts), and they are taken from
// there when a pattern first asks: a reading depends on the source and flags alone. Apart from the
// bundle, whose parsing every start-up waits for: a run whose units never reach a regex rule reads
// none of them.
import { readPattern, type PatternReading } from "./regex-needs.js";

export type { PatternReading } from "./regex-needs.js";

const known = new Map<string, PatternReading>();
const keyOf = (source: string, flags: string): string => `${flags}/${source}`;

/** The pattern's reading, from what is kept or else read from the source. */
export function patternReading(source: string, flags: string): PatternReading {
  const key = keyOf(source, flags);
  let reading = known.get(key);
  if (reading === undefined) {
    const text = storedTexts().get(key);
    known.set(key, (reading = text === undefined ? readPattern(source, flags) : (JSON.parse(text) as PatternReading)));
  }
  return reading;
}

/** Every reading made so far, with every stored one, by "flags/source": what the build stores. */
export function knownPatternReadings(): Record<string, PatternReading> {
  for (const [key, text] of storedTexts()) if (!known.has(key)) known.set(key, JSON.parse(text) as PatternReading);
  return Object.fromEntries(known);
}

/** Readings stored by an earlier run (the rules bundle's), read when a pattern first asks; undefined once read. */
let stored: (() => ReadonlyMap<string, string> | undefined) | undefined;
/** The stored readings as JSON text by key, each parsed when its pattern first asks: a run asks
 *  for few of the catalog's patterns. */
let texts: ReadonlyMap<string, string> = new Map();

/** Takes readings stored by an earlier run instead of reading their sources again, from `load`
 *  when first asked: each reading as JSON text by "flags/source" (undefined from it: none
 *  stored, every source is read). */
export function rememberPatternReadings(load: () => ReadonlyMap<string, string> | undefined): void {
  stored = load;
}

function storedTexts(): ReadonlyMap<string, string> {
  if (stored !== undefined) {
    texts = stored() ?? new Map();
    stored = undefined;
  }
  return texts;
}

/** Whether the build compiled this pattern (it is in the rules bundle), so it is known to be valid. */
export function compiledAtBuild(source: string, flags: string): boolean {
  return storedTexts().has(keyOf(source, flags));
}
