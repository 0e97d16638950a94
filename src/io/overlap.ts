// Outputs must never land on inputs: an output file that is an input of the batch would replace it,
// and one inside a folder being walked would be read back as an input (by this run's walk or the
// next: clean/clean/...). Paths are compared after resolving symlinks, so two spellings of one file
// are one file.
import { realpath, stat } from "node:fs/promises";
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

/** A path with symlinks resolved as far as it exists (the rest may be created later). */
export async function realOutputPath(path: string): Promise<string> {
  const full = resolve(path);
  try {
    return await realpath(full);
  } catch {
    const parent = dirname(full);
    return parent === full ? full : join(await realOutputPath(parent), basename(full));
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
