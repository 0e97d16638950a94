#!/usr/bin/env node
// The deboil command: src/cli/bin.ts, bundled by `npm run build` (scripts/bundle-cli.ts), because
// loading its ES modules one by one is a large part of a small run's start-up. V8 flags are not
// set from here: v8.setFlagsFromString after start-up is unsafe (see docs/performance.md).
await import(new URL("./src/bundle/cli.js", import.meta.url).href);
