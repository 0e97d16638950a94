// The built-in catalog's plan conditions as code of the package itself, so that the command's
// code cache holds them compiled: a plan's conditions are otherwise compiled from their source
// at start-up (prefilter.ts compilePlan). Beside them, the plan's word index (packed-word-index.ts),
// placed from typed arrays instead of from the word table. `npm run build` overwrites this
// module's compiled file with those of the rules bundle it wrote (scripts/bundle-cli.ts); as
// compiled from here it holds none, and every plan compiles its source and indexes its table.
import type { PackedWordIndex } from "./packed-word-index.js";
import type { CompiledConditions } from "./prefilter.js";

/** The conditions and the word index, and the digest of the source they were written from (PlanSource.digest). */
export const builtinConditions: { digest: string; conditions: () => CompiledConditions; index: PackedWordIndex } | undefined = undefined;
