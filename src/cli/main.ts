// The command: argv in, exit code out. Everything it prints goes through the given streams.
import { packageVersion } from "../io/package-version.js";
import { parseArgs } from "./args.js";
import { buildCleaner, catalogOptions } from "./catalog.js";
import { EXIT, UsageError, type ExitCode } from "./exit-codes.js";
import { formatRuleList } from "./list-rules.js";
import { runBatch, type Streams } from "./run-batch.js";

export async function main(argv: readonly string[], io: Streams): Promise<ExitCode> {
  try {
    if (argv[0] === "queue") {
      // Loaded only here: the queue commands bring BullMQ and ioredis, which no cleaning run needs.
      const { runQueue } = await import("./queue.js");
      return await runQueue(argv.slice(1), io);
    }
    const parsed = parseArgs(argv);
    if (parsed.kind === "version") {
      io.stdout.write(`${packageVersion()}\n`);
      return EXIT.ok;
    }
    if (parsed.kind === "help") {
      // yargs loads only here, off every cleaning run: it writes the help from the flag table.
      const { showHelp } = await import("./help.js");
      showHelp(argv);
      return EXIT.ok;
    }
    const options = parsed.options;
    const catalog = catalogOptions(options);
    if (options.checkRules !== undefined) {
      // Loaded only here: it brings the example runner that no cleaning run needs.
      const { checkRules } = await import("./check-rules.js");
      const { failures, checked } = checkRules(catalog, options.checkRules === "" ? undefined : options.checkRules);
      for (const failure of failures) io.stdout.write(`${failure}\n`);
      io.stderr.write(`deboil: ${checked} rules checked, ${failures.length} problem${failures.length === 1 ? "" : "s"}\n`);
      return failures.length > 0 ? EXIT.usage : EXIT.ok;
    }
    const cleaner = buildCleaner(catalog);
    if (options.listRules) {
      io.stdout.write(formatRuleList(cleaner));
      return EXIT.ok;
    }
    return await runBatch(options, cleaner, io, catalog);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr.write(`deboil: ${error.message}\n${error.message.startsWith("bad rules") ? "" : "Run deboil --help for usage.\n"}`);
    return EXIT.usage;
  }
}
