// The file checks of a queue worker: that its output folder takes files (checked once at start, so
// a worker that could only fail every job never takes one), and that a job's input is there as
// the job describes it (a file that is gone, unreadable or shorter than the part fails the job,
// with the reason, instead of giving an empty output).
import { constants } from "node:fs";
import { access, mkdir, open, stat, unlink } from "node:fs/promises";
import { join } from "node:path";
import { describeFsError } from "./walk.js";

/** Undefined when files can be written in `dir` (made if missing), else why not. */
export async function unwritableDir(dir: string): Promise<string | undefined> {
  try {
    await mkdir(dir, { recursive: true });
    const probe = join(dir, `.deboil-probe.${process.pid}.tmp`);
    const file = await open(probe, "w");
    await file.close();
    await unlink(probe);
    return undefined;
  } catch (error) {
    return `${dir}: ${describeFsError(error)}`;
  }
}

/** Undefined when `path` is a readable file of at least `minBytes` bytes, else why not. */
export async function inputProblem(path: string, minBytes = 0): Promise<string | undefined> {
  try {
    const info = await stat(path);
    if (!info.isFile()) return `${path}: not a file`;
    await access(path, constants.R_OK);
    if (info.size < minBytes) return `${path}: ${info.size} bytes, shorter than the part to clean (ends at byte ${minBytes}): the file changed after the job was added`;
    return undefined;
  } catch (error) {
    return `${path}: ${describeFsError(error)}`;
  }
}
