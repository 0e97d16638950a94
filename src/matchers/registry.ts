// The closed vocabulary of rule files. Adding a word is a code change with its own test;
// adding a rule never is.
import { classifier } from "./classifier.js";
import { all, allOf, any, not } from "./combinators.js";
import { exact } from "./exact.js";
import { SpecError, type Matcher, type MatcherFactory } from "./matcher.js";
import { caps, chars, lines, position, terminal, words } from "./measures.js";
import { next, prev } from "./neighbours.js";
import { phrases } from "./phrases.js";
import { regex } from "./regex.js";
import { region } from "./region.js";
import { startsWith } from "./starts-with.js";
import { tokens } from "./tokens.js";

export const vocabulary: Readonly<Record<string, MatcherFactory>> = {
  regex,
  phrases,
  exact,
  startsWith,
  words,
  chars,
  lines,
  caps,
  terminal,
  position,
  tokens,
  classifier,
  region,
  all,
  any,
  not,
  prev,
  next,
};

/** Keys that modify a sibling word instead of matching on their own. */
const MODIFIERS: Readonly<Record<string, string>> = { flags: "regex" };

export function compileMatcher(spec: unknown, path: string): Matcher {
  if (typeof spec !== "object" || spec === null || Array.isArray(spec)) {
    throw new SpecError(path, `expected a matcher object with one of: ${Object.keys(vocabulary).join(", ")}`);
  }
  const node = spec as Record<string, unknown>;
  const parts: Matcher[] = [];
  for (const [key, value] of Object.entries(node)) {
    const modifies = MODIFIERS[key];
    if (modifies !== undefined) {
      if (!(modifies in node)) throw new SpecError(`${path}.${key}`, `only allowed next to "${modifies}"`);
      continue;
    }
    const factory = vocabulary[key];
    if (factory === undefined) throw new SpecError(`${path}.${key}`, unknownWord(key));
    parts.push(factory(value, `${path}.${key}`, node, compileMatcher));
  }
  if (parts.length === 0) throw new SpecError(path, "empty matcher");
  return allOf(parts);
}

function unknownWord(key: string): string {
  const close = Object.keys(vocabulary).find((w) => w.toLowerCase().startsWith(key.toLowerCase().slice(0, 4)));
  return close ? `unknown matcher (did you mean "${close}"?)` : `unknown matcher (expected one of: ${Object.keys(vocabulary).join(", ")})`;
}
