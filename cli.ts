#!/usr/bin/env node
// The deboil command: src/cli/bin.ts, bundled by `npm run build` (scripts/bundle-cli.ts), because
// loading its ~90 ES modules one by one is a large part of a small run's start-up.
import { setFlagsFromString } from "node:v8";

// V8 first runs a regex in its bytecode interpreter, then compiles it to machine code on the
// second run. The catalog's large case-insensitive Unicode regexes make both steps costly, and
// nearly every regex runs more than once even on one page, so the interpreter step is wasted work:
// compiling straight to machine code takes ~20% off a one-page run (measured on a 22 KB page,
// 500 -> 410 ms). The flag is read whenever a regex is compiled, so setting it before any rule
// regex runs is enough; it applies to the pool's workers too (one V8 per process).
setFlagsFromString("--no-regexp-tier-up");
await import(new URL("./src/bundle/cli.js", import.meta.url).href);
