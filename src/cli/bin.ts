// The deboil command (bundled with everything it loads into dist/src/bundle/ by
// scripts/bundle-cli.ts; dist/cli.js starts the bundle). All of the work is in main.ts.
import { main } from "./main.js";

// A closed pipe (deboil ... | head) is not an error worth a stack trace.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});

process.exitCode = await main(process.argv.slice(2), { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr });
