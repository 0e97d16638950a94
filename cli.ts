#!/usr/bin/env node
// The deboil command. All of the work is in src/cli/main.ts.
import { main } from "./src/cli/main.js";

// A closed pipe (deboil ... | head) is not an error worth a stack trace.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});

process.exitCode = await main(process.argv.slice(2), { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr });
