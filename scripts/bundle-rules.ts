// Run by `npm run build`: refuses built-in regexes that can backtrack too long, then writes
// dist/rules.bundle.json, the parsed built-in catalog and its compiled plan (its code and word
// table in dist/rules.plan.json),
// dist/rules.bundle.bytes, the rule files as they were (start-up compares them), and
// dist/rules.needs.json, what the catalog's regexes need and end with (read when a regex rule is
// first compiled), so start-up skips the YAML parser, the reading of regex sources and the writing of
// the plan's conditions (see src/rules/load.ts, src/plan/pattern-needs.ts, src/plan/prefilter.ts).
import { createHash } from "node:crypto";
import { knownPatternReadings } from "../src/plan/pattern-needs.js";
import { planSource } from "../src/plan/prefilter.js";
import { compileRule } from "../src/rules/compile.js";
import { catalogOrder } from "../src/rules/configure.js";
import { writeBuiltinBundle } from "../src/rules/load.js";
import { regexProblems } from "../src/rules/regex-safety.js";

const count = writeBuiltinBundle((sources) => {
  const slow = sources.flatMap(regexProblems);
  if (slow.length > 0) throw new Error(`built-in rules with regexes that can backtrack too long:\n${slow.join("\n")}`);
  const rules = catalogOrder(sources.map((s) => compileRule(s)));
  const regexReadings = knownPatternReadings();
  // Start-up takes these needs, and the plan's needs on a unit's place, from JSON: the plan is
  // written from the same needs only if JSON keeps every one of them as it is.
  const plan = planSource(rules);
  JSON.stringify({ regexReadings, place: plan.place, byVerdict: plan.byVerdict }, (key, value: unknown) => {
    if (typeof value === "number" && !Number.isFinite(value)) throw new Error(`a need holds ${value} (at "${key}"), which JSON cannot keep`);
    return value;
  });
  // The digest names what the build compiles into the package from the plan: its conditions'
  // code and the word index of its table (src/plan/builtin-conditions.ts).
  plan.digest = createHash("sha256").update(plan.code).update(JSON.stringify(plan.table)).digest("hex");
  return { regexReadings, plan };
});
console.log(`rules bundle: ${count} rules`);
