#!/usr/bin/env node
// The deboil command: src/cli/bin.ts, bundled by `npm run build` (scripts/bundle-cli.ts), because
// loading its ~90 ES modules one by one is a large part of a small run's start-up.
// (V8's --no-regexp-tier-up would take ~20% off a one-page run, but set at run time with
// v8.setFlagsFromString it crashed the process now and then with SIGSEGV: do not set it here.)
await import(new URL("./src/bundle/cli.js", import.meta.url).href);
