#!/usr/bin/env node
// The deboil command: src/cli/bin.ts, bundled by `npm run build` (scripts/bundle-cli.ts), because
// loading its ~90 ES modules one by one is a large part of a small run's start-up.
await import(new URL("./src/bundle/cli.js", import.meta.url).href);
