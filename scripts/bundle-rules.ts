// Run by `npm run build`: writes dist/rules.bundle.json, the parsed built-in catalog, so start-up
// skips the YAML parser (see src/rules/load.ts).
import { writeBuiltinBundle } from "../src/rules/load.js";

console.log(`rules bundle: ${writeBuiltinBundle()} rules`);
