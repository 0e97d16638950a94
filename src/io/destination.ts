// How an output path may be written. Only a regular file or a new path is written atomically (a
// temporary file renamed over it): renaming over a device, a FIFO or /dev/stdout would replace it
// with a plain file and the bytes would never reach the reader, so those are written straight.
// A symlink itself is never replaced: an output file follows it to its target and says so, and a
// file under --out-dir (a folder deboil fills itself) refuses it.
import { lstat, readlink, realpath, stat } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import type { Stats } from "node:fs";

export type Destination =
  /** Written to a temporary file beside `path`, renamed over `path` when complete. */
  | { mode: "atomic"; path: string; note?: string }
  /** Opened and written in place: a device, a FIFO, a socket, a descriptor of this process. */
  | { mode: "direct"; path: string; what: string };

/** "follow": write to a symlink's target; "refuse": a symlink is an error. */
export type LinkPolicy = "follow" | "refuse";

export class DestinationError extends Error {}

const MAX_HOPS = 40;

export async function destinationOf(path: string, links: LinkPolicy): Promise<Destination> {
  const own = await lstatOrMissing(path);
  if (own === undefined) return { mode: "atomic", path };
  if (own.isFile()) return { mode: "atomic", path };
  if (own.isDirectory()) throw new DestinationError(`${path} is a directory`);
  if (!own.isSymbolicLink()) return { mode: "direct", path, what: kindOf(own) };
  if (links === "refuse") throw new DestinationError(`${path} is a symlink; it is not replaced (remove it or choose another folder)`);
  const target = await stat(path).catch(() => undefined);
  if (target === undefined) throw new DestinationError(`${path} is a symlink to a missing file; it is not replaced`);
  if (target.isDirectory()) throw new DestinationError(`${path} is a symlink to a directory`);
  if (!target.isFile() || (await throughDescriptor(path))) return { mode: "direct", path, what: target.isFile() ? "a descriptor of this process" : kindOf(target) };
  const real = await realpath(path);
  return { mode: "atomic", path: real, note: `${path} is a symlink: writing to its target ${real}` };
}

/** What a non-regular file is, for messages. */
function kindOf(info: Stats): string {
  if (info.isFIFO()) return "a FIFO";
  if (info.isCharacterDevice()) return "a character device";
  if (info.isBlockDevice()) return "a block device";
  if (info.isSocket()) return "a socket";
  return "not a regular file";
}

async function lstatOrMissing(path: string): Promise<Stats | undefined> {
  try {
    return await lstat(path);
  } catch (error) {
    // ENOTDIR: a parent is a file; creating the folder reports that better than lstat does.
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") return undefined;
    throw error;
  }
}

/**
 * Whether a link chain passes through a process's descriptor table (/dev/stdout, /dev/fd/N,
 * /proc/self/fd/N): such a link names an open descriptor, whose file may have been opened for
 * appending by the shell, so it is written through, never replaced.
 */
async function throughDescriptor(path: string): Promise<boolean> {
  let hop = resolve(path);
  for (let i = 0; i < MAX_HOPS; i++) {
    const folder = await realpath(dirname(hop)).catch(() => dirname(hop));
    if (/^\/proc\/[^/]+\/fd$/u.test(folder)) return true;
    const next = await readlink(join(folder, basename(hop))).catch(() => undefined);
    if (next === undefined) return false;
    hop = resolve(folder, next);
  }
  return false;
}
