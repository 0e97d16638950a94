// The built-in catalog's plan conditions as code of the package itself, so that the command's
// code cache holds them compiled: a plan's conditions are otherwise compiled from their source
// at start-up (prefilter.ts compilePlan). `npm run build` overwrites this module's compiled file
// with the conditions of the rules bundle it wrote (scripts/bundle-cli.ts); as compiled from
// here it holds none, and every plan compiles its source.
import type { CompiledConditions } from "./prefilter.js";

/** The conditions, and the digest of the source they were written from (PlanSource.digest). */
export const builtinConditions: { digest: string; conditions: () => CompiledConditions } | undefined = undefined;
