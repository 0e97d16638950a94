// Outputs must never land on inputs: an output file that is an input of the batch would replace it,
// and one inside a folder being walked would be read back as an input (by this run's walk or the
// next: clean/clean/...). Paths are compared after resolving symlinks, so two spellings of one file
// are one file.
import { readlink, realpath, stat } from "node:fs/promises";
import { basename, dirname, join, relative, resolve, isAbsolute } from "node:path";
import { kindOfExt } from "./walk.js";

export interface InputSpace {
  /** Real paths of the files named as inputs. */
  files: Set<string>;
  /** Real paths of the folders named as inputs, with the argument as typed (for messages). */
  dirs: Array<{ real: string; arg: string }>;
}

/** The files and folders the command line reads (stdin and missing paths take no place). */
export async function inputSpace(paths: readonly string[]): Promise<InputSpace> {
  const space: InputSpace = { files: new Set(), dirs: [] };
  for (const arg of paths) {
    if (arg === "-") continue;
    const info = await stat(arg).catch(() => undefined);
    if (info === undefined) continue;
    // A process substitution (/dev/fd/N) names a pipe that has no real path; it cannot be written over.
    const real = await realpath(arg).catch(() => resolve(arg));
    if (info.isDirectory()) space.dirs.push({ real, arg });
    else space.files.add(real);
  }
  return space;
}

/** Links followed at most, as the system does, before a path is taken as it reads. */
const MAX_HOPS = 40;

/** A path with symlinks resolved as far as it exists (the rest may be created later); a link to
 *  a file not written yet names that file, which an earlier output of the run may create. */
export async function realOutputPath(path: string, hops = 0): Promise<string> {
  const full = resolve(path);
  try {
    return await realpath(full);
  } catch {
    const target = hops < MAX_HOPS ? await readlink(full).catch(() => undefined) : undefined;
    if (target !== undefined) return realOutputPath(resolve(dirname(full), target), hops + 1);
    const parent = dirname(full);
    return parent === full ? full : join(await realOutputPath(parent, hops), basename(full));
  }
}

const within = (folder: string, path: string): boolean => {
  const rel = relative(folder, path);
  return rel === "" || (!rel.startsWith("..") && !isAbsolute(rel));
};

/** Why an output folder cannot be used: it is an input folder or lies inside one. */
export async function outDirClash(space: InputSpace, outDir: string): Promise<string | undefined> {
  const real = await realOutputPath(outDir);
  const dir = space.dirs.find((d) => within(d.real, real));
  if (dir === undefined) return undefined;
  return `--out-dir ${outDir} is inside the input folder ${dir.arg}: its files would overwrite inputs or be read back as inputs; choose a folder outside it`;
}

/**
 * Why an output file cannot be written, or undefined. `anyName`: an --out-dir file is refused
 * anywhere inside an input folder; a single output file (--output, --stats, --rejected) only when
 * a walk would read it as an input.
 */
export async function outputClash(space: InputSpace, path: string, options: { anyName: boolean; alsoInput?: string }): Promise<string | undefined> {
  const real = await realOutputPath(path);
  const own = options.alsoInput !== undefined ? await realpath(options.alsoInput).catch(() => undefined) : undefined;
  if (space.files.has(real) || real === own) return `${path} is an input of this batch; it is not overwritten`;
  if (!options.anyName && kindOfExt(real) === undefined) return undefined;
  const dir = space.dirs.find((d) => within(d.real, real));
  return dir === undefined ? undefined : `${path} is inside the input folder ${dir.arg}: it would be read back as an input`;
}

/** One named output file of the command: its flag (for messages) and path. */
export interface NamedOutput {
  flag: string;
  path: string;
}

/**
 * Why the command's named output files cannot all be written, or undefined: two of them are one
 * file (one would replace the other: the records by the summary, say), or one lies inside the
 * output folder, where a document's output file may take its name. Devices and FIFOs may be shared.
 */
export async function outputsClash(named: readonly NamedOutput[], outDir: string | undefined): Promise<string | undefined> {
  const seen: Array<NamedOutput & { real: string; id?: string }> = [];
  for (const out of named) {
    const real = await realOutputPath(out.path);
    // Hard links are one file under two names: the device and inode tell.
    const info = await stat(real).catch(() => undefined);
    // A device or a FIFO is written in place, and two outputs may share one (/dev/null, /dev/stderr).
    if (info !== undefined && !info.isFile()) continue;
    const id = info === undefined ? undefined : `${info.dev}:${info.ino}`;
    const twin = seen.find((o) => o.real === real || (id !== undefined && o.id === id));
    if (twin !== undefined) return `${twin.flag} ${twin.path} and ${out.flag} ${out.path} are one file: one would replace the other; give each its own file`;
    seen.push({ ...out, real, ...(id === undefined ? {} : { id }) });
  }
  if (outDir === undefined) return undefined;
  const dir = await realOutputPath(outDir);
  const inside = seen.find((o) => within(dir, o.real));
  return inside === undefined ? undefined : `${inside.flag} ${inside.path} is inside --out-dir ${outDir}: a document's output file could take its name; choose a path outside it`;
}
