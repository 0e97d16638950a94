// A pool worker: builds one cleaner from the options it was started with and cleans the chunks
// it is sent. A failure on one document becomes that document's error outcome. A function, not
// module code, so that the command's bundle can hold it (the command's workers then start from
// the bundle's code cache; see scripts/bundle-cli.ts); worker.ts runs it for the library's pool.
import { createRequire } from "node:module";
import { createCleaner, type Cleaner } from "../cleaner.js";
import { RuleError } from "../rules/rule.js";
import { writtenRecord } from "./record.js";
import { Progress } from "./progress.js";
import type { BatchOutcome, ReadyMessage, RenderedOutcome, TaskMessage, WorkerInit } from "./protocol.js";

export function serveWorker(): void {
  // Required here, not imported: the command's bundle holds this function, and a run without
  // workers need not load the module.
  const { parentPort: port, workerData } = createRequire(import.meta.url)("node:worker_threads") as typeof import("node:worker_threads");
  if (port === null) throw new Error("batch/worker.js must run as a worker thread");

  let cleaner: Cleaner | undefined;
  try {
    cleaner = createCleaner((workerData as WorkerInit).cleaner);
    port.postMessage({ ready: true } satisfies ReadyMessage);
  } catch (error) {
    const problems = error instanceof RuleError ? [...error.problems] : [(error as Error).message];
    port.postMessage({ ready: false, problems } satisfies ReadyMessage);
  }

  const progress = new Progress((workerData as WorkerInit).progress);

  port.on("message", (msg: TaskMessage) => {
    const keys = msg.keys === undefined ? undefined : new Set(msg.keys);
    const outcomes = msg.items.map((item, index): BatchOutcome | RenderedOutcome => {
      progress.start(msg.task, index);
      try {
        const result = cleaner!.clean(item);
        if (msg.render && item.id !== undefined) {
          const { record, summary } = writtenRecord(item.id, result, item, { timings: (workerData as WorkerInit).timings ?? false, keys });
          // Guarded and refused documents go back whole: the batch reports them from the record.
          if (summary.status === "ok" || summary.status === "empty") return { ok: true, id: item.id, line: JSON.stringify(record), summary: { ...summary, status: summary.status } };
        }
        return item.id === undefined ? { ok: true, result } : { ok: true, id: item.id, result };
      } catch (error) {
        return { ok: false, id: item.id, error: { code: "clean-failed", message: (error as Error).message } };
      }
    });
    port.postMessage({ task: msg.task, outcomes });
  });
}
