// Run by `npm run build`: refuses built-in regexes that can backtrack too long, then writes
// dist/rules.bundle.json, the parsed built-in catalog and what its
// regexes need, so start-up skips the YAML parser and the reading of regex sources (see
// src/rules/load.ts and src/plan/pattern-needs.ts).
import { knownPatternNeeds } from "../src/plan/pattern-needs.js";
import { compileRule } from "../src/rules/compile.js";
import { writeBuiltinBundle } from "../src/rules/load.js";
import { regexProblems } from "../src/rules/regex-safety.js";

const count = writeBuiltinBundle((sources) => {
  const slow = sources.flatMap(regexProblems);
  if (slow.length > 0) throw new Error(`built-in rules with regexes that can backtrack too long:\n${slow.join("\n")}`);
  for (const source of sources) compileRule(source);
  return knownPatternNeeds();
});
console.log(`rules bundle: ${count} rules`);
