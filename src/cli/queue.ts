// `deboil queue add|work|status|retry|clean`: cleaning a corpus on many machines through a BullMQ
// queue in Redis (see src/queue). Loaded only for these commands, and with them BullMQ and ioredis.
import { resolve } from "node:path";
import type { CleanSettings } from "../queue/payload.js";
import { QueueError } from "../queue/connect.js";
import { parseArgs } from "./args.js";
import { buildCleaner, catalogOptions } from "./catalog.js";
import { EXIT, UsageError, type ExitCode } from "./exit-codes.js";
import type { Streams } from "./run-batch.js";

interface QueueFlag {
  name: string;
  type: "boolean" | "string" | "number";
}

const QUEUE_FLAGS: readonly QueueFlag[] = [
  { name: "redis", type: "string" },
  { name: "queue", type: "string" },
  { name: "output-dir", type: "string" },
  { name: "part-mb", type: "number" },
  { name: "lock-ms", type: "number" },
  { name: "until-done", type: "boolean" },
  { name: "watch", type: "boolean" },
  { name: "json", type: "boolean" },
  { name: "failed", type: "boolean" },
  { name: "force", type: "boolean" },
  { name: "help", type: "boolean" },
];

/** The cleaning flags each command takes besides its queue flags (short forms included). */
const CLEANING_FLAGS: Record<string, readonly string[]> = {
  add: ["format", "f", "explain", "gzip", "fields", "input-format", "jsonl", "text-field", "max-input-chars", "max-input-lines", "max-line-bytes", "rules-dir", "rule", "builtin-rules", "guard", "timings", "links", "quiet", "q"],
  work: ["jobs", "j", "quiet", "q"],
  status: [],
  retry: [],
  clean: [],
};

const QUEUE_FLAGS_OF: Record<string, readonly string[]> = {
  add: ["redis", "queue", "part-mb"],
  work: ["redis", "queue", "output-dir", "until-done", "lock-ms"],
  status: ["redis", "queue", "watch", "json"],
  retry: ["redis", "queue", "failed"],
  clean: ["redis", "queue", "force"],
};

export const QUEUE_HELP = `Usage: deboil queue COMMAND --redis redis://HOST[:PORT][/DB] [--queue NAME] ...

Cleans a corpus on many machines through a job queue (BullMQ) in Redis. Every machine must see
the inputs and the output folder at the same paths (a shared mount).

Commands:
  add INPUTS...           one job per input file (text, HTML, JSONL, WARC, .gz); JSONL files
                          larger than --part-mb (default 64) are cut into parts on line ends. Takes
                          the cleaning flags (--format, --rules-dir, --rule, --guard, --fields,
                          --gzip, --text-field, --input-format, --max-*): every worker cleans alike.
                          Adding the same inputs with the same flags again adds nothing; a job
                          whose output another job of the queue writes is refused (nothing added).
  work --output-dir DIR   takes jobs and writes each one's output under DIR (as --out-dir would
                          name it; a part gets NAME.partK-of-N). --jobs N cleaning threads (default
                          1); --until-done stops when no job is left; --lock-ms (default 30000):
                          how soon a killed worker's job is taken up again. Ctrl-C finishes the
                          jobs in flight.
  status                  waiting / active / done / failed jobs, documents and MB cleaned,
                          throughput, failed jobs with their reasons; --watch refreshes, --json
  retry --failed          puts the failed jobs back in the queue
  clean                   removes the queue and its jobs (--force while jobs are waiting or active)

--queue NAME defaults to "deboil".`;

type Values = Map<string, string | boolean | number>;

/** Splits argv into the queue's flags and the rest (cleaning flags and inputs, for parseArgs). */
function splitArgs(command: string, argv: readonly string[]): { values: Values; rest: string[] } {
  const values: Values = new Map();
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--") {
      rest.push(...argv.slice(i));
      break;
    }
    const m = /^--([^=]+)(?:=(.*))?$/su.exec(arg);
    const flag = m ? QUEUE_FLAGS.find((f) => f.name === m[1]) : arg === "-h" ? QUEUE_FLAGS.find((f) => f.name === "help") : undefined;
    if (!flag) {
      rest.push(arg);
      continue;
    }
    if (flag.name !== "help" && !QUEUE_FLAGS_OF[command]!.includes(flag.name)) throw new UsageError(`queue ${command}: --${flag.name} is not a flag of this command`);
    if (values.has(flag.name)) throw new UsageError(`--${flag.name}: given more than once`);
    if (flag.type === "boolean") {
      if (m?.[2] !== undefined) throw new UsageError(`--${flag.name} takes no value`);
      values.set(flag.name, true);
      continue;
    }
    const value = m?.[2] ?? argv[++i];
    if (value === undefined || value === "" || (m?.[2] === undefined && value.startsWith("--"))) throw new UsageError(`--${flag.name}: expected a value`);
    if (flag.type === "number") {
      const n = Number(value);
      if (!Number.isInteger(n) || n <= 0) throw new UsageError(`--${flag.name}: expected a whole number above 0 (got "${value}")`);
      values.set(flag.name, n);
    } else values.set(flag.name, value);
  }
  return { values, rest };
}

/** The cleaning flags in `rest` that the command does not take. */
function foreignFlags(command: string, rest: readonly string[]): string[] {
  const allowed = CLEANING_FLAGS[command]!;
  const out: string[] = [];
  for (const arg of rest) {
    if (arg === "--") break;
    const long = /^--(?:no-)?([^=]+)/u.exec(arg)?.[1];
    const short = /^-([A-Za-z])/u.exec(arg)?.[1];
    const name = long ?? short;
    if (name !== undefined && !allowed.includes(name)) out.push(arg.replace(/=.*$/su, ""));
  }
  return out;
}

export async function runQueue(argv: readonly string[], io: Streams): Promise<ExitCode> {
  const command = argv[0];
  if (command === undefined || command === "--help" || command === "-h" || command === "help") {
    io.stdout.write(`${QUEUE_HELP}\n`);
    return command === undefined ? EXIT.usage : EXIT.ok;
  }
  if (!(command in QUEUE_FLAGS_OF)) throw new UsageError(`queue: unknown command "${command}"; expected add, work, status, retry or clean`);
  const { values, rest } = splitArgs(command, argv.slice(1));
  if (values.get("help") === true) {
    io.stdout.write(`${QUEUE_HELP}\n`);
    return EXIT.ok;
  }
  const foreign = foreignFlags(command, rest);
  if (foreign.length > 0) {
    const why = command === "work" ? ": how jobs are cleaned is set when they are added (deboil queue add)" : "";
    throw new UsageError(`queue ${command}: ${foreign.join(", ")} ${foreign.length === 1 ? "is not a flag" : "are not flags"} of this command${why}`);
  }
  const redis = values.get("redis") as string | undefined;
  if (redis === undefined) throw new UsageError(`queue ${command}: --redis URL is needed (redis://HOST[:PORT][/DB])`);
  const address = { redis, ...(values.has("queue") ? { queue: values.get("queue") as string } : {}) };
  const say = (message: string): void => void io.stderr.write(`deboil: ${message}\n`);
  try {
    switch (command) {
      case "add":
        return await add(address, values, rest, io, say);
      case "work":
        return await work(address, values, rest, say);
      case "status":
        return await status(address, values, io);
      case "retry":
        return await retry(address, values, say);
      default:
        return await clean(address, values, say);
    }
  } catch (error) {
    if (error instanceof QueueError) {
      say(error.message);
      return EXIT.usage;
    }
    throw error;
  }
}

type Say = (message: string) => void;
type Address = { redis: string; queue?: string };

async function add(address: Address, values: Values, rest: string[], io: Streams, say: Say): Promise<ExitCode> {
  const parsed = parseArgs(rest);
  if (parsed.kind !== "run") throw new UsageError("queue add: --help and --version are not flags of this command");
  const options = parsed.options;
  if (options.files.length === 0) throw new UsageError("queue add: name the INPUTS (files or folders) to queue");
  // Bad rules are found here, before any job carries them to every worker.
  const catalog = catalogOptions(options);
  buildCleaner(catalog);
  const clean: Omit<CleanSettings, "format"> & { format?: CleanSettings["format"] } = {
    gzip: options.gzip,
    textField: options.textField,
    maxLineBytes: options.maxLineBytes,
    rulesDirs: options.rulesDirs.map((d) => resolve(d)),
    ruleFlags: options.ruleFlags,
    builtin: options.builtin,
    timings: options.timings,
  };
  if (options.format !== undefined) clean.format = options.format;
  if (options.guard !== undefined) clean.guard = options.guard;
  if (options.maxInputChars !== undefined) clean.maxInputChars = options.maxInputChars;
  if (options.maxInputLines !== undefined) clean.maxInputLines = options.maxInputLines;
  if (options.recordKeys !== undefined) clean.fields = [...options.recordKeys];
  // Set only when asked, so the ids of jobs added without it stay what they were.
  if (options.links) clean.links = true;
  const { planJobs } = await import("../queue/plan.js");
  const partBytes = ((values.get("part-mb") as number | undefined) ?? 64) * 1024 * 1024;
  const { jobs, problems } = await planJobs(options.files, { inputFormat: options.inputFormat, clean, partBytes, onNote: options.quiet ? () => {} : say });
  if (problems.length > 0) {
    for (const problem of problems) say(problem);
    say("nothing was added");
    return EXIT.usage;
  }
  const { openQueue, addJobs, OutputClash } = await import("../queue/admin.js");
  const opened = await openQueue(address, false);
  try {
    let counts: { added: number; already: number };
    try {
      counts = await addJobs(opened.queue, opened.client, jobs);
    } catch (error) {
      if (!(error instanceof OutputClash)) throw error;
      for (const clash of error.clashes) say(clash);
      say("nothing was added");
      return EXIT.usage;
    }
    const { added, already } = counts;
    const parts = jobs.filter((j) => j.part !== undefined).length;
    if (!options.quiet) say(`queue ${opened.queue.name}: added ${added} jobs${already > 0 ? `, ${already} already in the queue` : ""} (${jobs.length} jobs: ${jobs.length - parts} files${parts > 0 ? ` and ${parts} parts of large JSONL files` : ""})`);
    void io;
    return EXIT.ok;
  } finally {
    await opened.close();
  }
}

async function work(address: Address, values: Values, rest: string[], say: Say): Promise<ExitCode> {
  const parsed = parseArgs(rest);
  if (parsed.kind !== "run" || parsed.options.files.length > 0) throw new UsageError(`queue work takes no inputs (${parsed.kind === "run" ? parsed.options.files.join(" ") : "--help"}): the jobs name them`);
  const outputDir = values.get("output-dir") as string | undefined;
  if (outputDir === undefined) throw new UsageError("queue work: --output-dir DIR is needed: where the jobs' outputs are written");
  const jobsGiven = rest.some((a) => /^(?:--jobs|-j)(?:=|$)/u.test(a));
  const quiet = parsed.options.quiet;
  const { createQueueWorker } = await import("../queue/worker.js");
  const worker = await createQueueWorker({
    ...address,
    outputDir: resolve(outputDir),
    jobs: jobsGiven ? parsed.options.jobs : 1,
    untilDone: values.get("until-done") === true,
    ...(values.has("lock-ms") ? { lockMs: values.get("lock-ms") as number } : {}),
    onLog: quiet ? () => {} : say,
  });
  let stopped: ExitCode | undefined;
  const onSignal = (signal: NodeJS.Signals): void => {
    if (stopped !== undefined) process.exit(stopped);
    stopped = signal === "SIGTERM" ? EXIT.terminated : EXIT.interrupted;
    say(`${signal === "SIGTERM" ? "terminated" : "interrupted"}: finishing the jobs in flight (Ctrl-C again to stop at once; those jobs then go back to the queue once their lock runs out)`);
    void worker.close();
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  try {
    await worker.closed;
  } finally {
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
  }
  return stopped ?? EXIT.ok;
}

async function status(address: Address, values: Values, io: Streams): Promise<ExitCode> {
  const { openQueue, queueStatus, formatStatus } = await import("../queue/admin.js");
  const opened = await openQueue(address, true);
  const show = async (): Promise<void> => {
    const now = await queueStatus(opened.queue);
    io.stdout.write(values.get("json") === true ? `${JSON.stringify(now)}\n` : formatStatus(now));
  };
  try {
    if (values.get("watch") !== true) {
      await show();
      return EXIT.ok;
    }
    let stop = false;
    const onSignal = (): void => void (stop = true);
    process.once("SIGINT", onSignal);
    while (!stop) {
      if (io.stdout.isTTY) io.stdout.write("\x1b[H\x1b[2J");
      await show();
      await new Promise((r) => setTimeout(r, 2000));
    }
    return EXIT.ok;
  } finally {
    await opened.close();
  }
}

async function retry(address: Address, values: Values, say: Say): Promise<ExitCode> {
  if (values.get("failed") !== true) throw new UsageError("queue retry: say which jobs: --failed");
  const { openQueue } = await import("../queue/admin.js");
  const opened = await openQueue(address, true);
  try {
    const failed = await opened.queue.getJobCountByTypes("failed");
    await opened.queue.retryJobs({ state: "failed" });
    say(`queue ${opened.queue.name}: ${failed} failed job${failed === 1 ? "" : "s"} back in the queue`);
    return EXIT.ok;
  } finally {
    await opened.close();
  }
}

async function clean(address: Address, values: Values, say: Say): Promise<ExitCode> {
  const { openQueue, forgetOutputs } = await import("../queue/admin.js");
  const opened = await openQueue(address, true);
  try {
    const open = await opened.queue.getJobCountByTypes("waiting", "prioritized", "active", "delayed");
    if (open > 0 && values.get("force") !== true) {
      say(`queue ${opened.queue.name}: ${open} jobs are still waiting or active; the queue is kept (--force removes it anyway)`);
      return EXIT.usage;
    }
    await opened.queue.obliterate({ force: true });
    await forgetOutputs(opened.queue, opened.client);
    say(`queue ${opened.queue.name}: removed, with its jobs`);
    return EXIT.ok;
  } finally {
    await opened.close();
  }
}
