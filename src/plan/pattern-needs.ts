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
/** Keys of the readings taken from the rules bundle: the build compiled each of those patterns. */
const fromBuild = new Set<string>();
const keyOf = (source: string, flags: string): string => `${flags}/${source}`;

/** The pattern's reading, from what is kept or else read from the source. */
export function patternReading(source: string, flags: string): PatternReading {
  takeStored();
  const key = keyOf(source, flags);
  let reading = known.get(key);
  if (reading === undefined) known.set(key, (reading = readPattern(source, flags)));
  return reading;
}

/** Every reading made so far, by "flags/source": what the build stores. */
export function knownPatternReadings(): Record<string, PatternReading> {
  takeStored();
  return Object.fromEntries(known);
}

/** Readings stored by an earlier run (the rules bundle's), read when a pattern first asks; undefined once read. */
let stored: (() => Readonly<Record<string, PatternReading>> | undefined) | undefined;

/** Takes readings stored by an earlier run instead of reading their sources again, from `load`
 *  when first asked (undefined from it: none stored, every source is read). */
export function rememberPatternReadings(load: () => Readonly<Record<string, PatternReading>> | undefined): void {
  stored = load;
}

function takeStored(): void {
  if (stored === undefined) return;
  const readings = stored();
  stored = undefined;
  if (readings === undefined) return;
  for (const [key, reading] of Object.entries(readings)) {
    fromBuild.add(key);
    if (!known.has(key)) known.set(key, reading);
  }
}

/** Whether the build compiled this pattern (it is in the rules bundle), so it is known to be valid. */
export function compiledAtBuild(source: string, flags: string): boolean {
  takeStored();
  return fromBuild.has(keyOf(source, flags));
}
