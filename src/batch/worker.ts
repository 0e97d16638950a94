// The pool's worker thread (see serve-worker.ts), as the library's CleanerPool starts it.
import { serveWorker } from "./serve-worker.js";

serveWorker();
