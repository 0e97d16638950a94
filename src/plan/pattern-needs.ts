// The Need of one regex pattern (how every match begins, and what it must hold: see
// regex-needs.ts, the one reader of regex sources), kept by flags and source. Reading sources is cold code that
// the built-in catalog would run at every start, so `npm run build` stores the catalog's needs
// beside the rules bundle (rules/load.ts), and they are taken from there when a pattern first
// asks: a Need depends on the source and flags alone. Apart from the bundle, whose parsing every
// start-up waits for: a run whose units never reach a regex rule reads none of them.
import type { Need } from "./need.js";
import { leadingPrefixes, regexNeed } from "./regex-needs.js";

const known = new Map<string, Need>();
/** Keys of the needs taken from the rules bundle: the build compiled each of those patterns. */
const fromBuild = new Set<string>();
const keyOf = (source: string, flags: string): string => `${flags}/${source}`;

/** The pattern's need, from what is kept or else read from the source. */
export function patternNeed(source: string, flags: string): Need {
  takeStored();
  const key = keyOf(source, flags);
  let need = known.get(key);
  if (need === undefined) known.set(key, (need = readPatternNeed(source, flags)));
  return need;
}

/** The pattern's need read from its source, nothing kept. */
export function readPatternNeed(source: string, flags: string): Need {
  const prefixes = leadingPrefixes(source, flags);
  const parts: Need[] = prefixes === undefined ? [] : [{ kind: "firstPrefix", prefixes }];
  const inner = regexNeed(source, flags);
  if (inner.kind !== "none") parts.push(inner);
  return parts.length === 0 ? { kind: "none" } : parts.length === 1 ? parts[0]! : { kind: "all", parts };
}

/** Every need read so far, by "flags/source": what the build stores. */
export function knownPatternNeeds(): Record<string, Need> {
  takeStored();
  return Object.fromEntries(known);
}

/** Needs stored by an earlier run (the rules bundle's), read when a pattern first asks; undefined once read. */
let stored: (() => Readonly<Record<string, Need>> | undefined) | undefined;

/** Takes needs stored by an earlier run instead of reading their sources again, from `load` when
 *  first asked (undefined from it: none stored, every source is read). */
export function rememberPatternNeeds(load: () => Readonly<Record<string, Need>> | undefined): void {
  stored = load;
}

function takeStored(): void {
  if (stored === undefined) return;
  const needs = stored();
  stored = undefined;
  if (needs === undefined) return;
  for (const [key, need] of Object.entries(needs)) {
    fromBuild.add(key);
    if (!known.has(key)) known.set(key, need);
  }
}

/** Whether the build compiled this pattern (it is in the rules bundle), so it is known to be valid. */
export function compiledAtBuild(source: string, flags: string): boolean {
  takeStored();
  return fromBuild.has(keyOf(source, flags));
}
