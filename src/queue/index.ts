// The queue from code (`import { createQueueWorker } from "deboil/queue"`): an entry of its own,
// because a worker reads inputs and writes files with the command's batch core, which the
// library entry never loads (it cleans text and HTML handed to it, and touches no file).
export { createQueueWorker, type QueueWorker, type QueueWorkerOptions } from "./worker.js";
export { QueueError } from "./connect.js";
export type { JobResult } from "./run-job.js";
