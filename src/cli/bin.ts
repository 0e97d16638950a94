// The deboil command as a process: standard streams in, exit code out. Bundled with everything
// it loads into one script by scripts/bundle-cli.ts; dist/cli.cjs runs that script from V8's code
// cache (see code-cache.cts), and so do the command's pool workers (serveWorker). All of the
// work is in main.ts.
import { EXIT } from "./exit-codes.js";
import { main } from "./main.js";

export { main };
export { serveWorker } from "../batch/serve-worker.js";

export async function runCommand(): Promise<void> {
  // A closed pipe (deboil ... | head) is not an error worth a stack trace.
  // Any other failure of standard output (a full disk) is reported by the batch, which counts the
  // documents it could not write; here it only must not become an uncaught exception, and a run
  // that wrote nothing else must still not exit 0.
  let stdoutFailure: Error | undefined;
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(0);
    stdoutFailure ??= error;
  });

  // Standard input is opened only when read, and standard error only when written: opening
  // either (a terminal or a pipe loads Node's sockets) costs a run on one file a tenth of bare
  // Node's start-up.
  const io = { get stdin() { return process.stdin; }, stdout: process.stdout, get stderr() { return process.stderr; } };
  const code = await main(process.argv.slice(2), io);
  if (stdoutFailure && code === EXIT.ok) process.stderr.write(`deboil: cannot write standard output: ${stdoutFailure.message}\n`);
  process.exitCode = stdoutFailure && code === EXIT.ok ? EXIT.partial : code;
}
