// How many worker threads a batch uses when the caller does not say: one per core.
import { availableParallelism } from "node:os";

export const defaultJobs = (): number => availableParallelism();
