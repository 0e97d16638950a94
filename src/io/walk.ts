// Expands the paths on the command line into the input files, in a stable order. Directories are
// walked recursively, following symlinks but never into a directory that is already being walked
// (a symlink loop would otherwise recurse forever).
import { readdir, realpath, stat } from "node:fs/promises";
import { extname, join, relative } from "node:path";

export type InputKind = "text" | "jsonl" | "html" | "warc";

export type Found =
  | { kind: "file"; path: string; /** path relative to the argument it came from */ rel: string; input: InputKind }
  | { kind: "stdin"; input: InputKind }
  | { kind: "missing"; path: string; rel: string; code: "not-found" | "unreadable"; message: string }
  | { kind: "note"; message: string };

export interface WalkOptions {
  /** Forces every input to be read as one kind; by default the extension decides (`.jsonl`, `.html`, `.warc`, each also `.gz`). */
  inputFormat: InputKind | "auto";
}

const EXTENSIONS: Record<string, InputKind> = { ".txt": "text", ".jsonl": "jsonl", ".html": "html", ".htm": "html", ".warc": "warc", ".wet": "warc" };

/** "a.jsonl.gz" -> ".jsonl", "a.TXT" -> ".txt": the extension that says what the file holds. */
export function contentExt(path: string): string {
  const lower = path.toLowerCase();
  return extname(lower.endsWith(".gz") ? lower.slice(0, -3) : lower);
}

/** The kind an extension implies, or undefined for a file that is not an input in a walk. */
export const kindOfExt = (path: string): InputKind | undefined => EXTENSIONS[contentExt(path)];

export async function* findInputs(paths: readonly string[], options: WalkOptions): AsyncGenerator<Found> {
  const kindOf = (path: string): InputKind => (options.inputFormat !== "auto" ? options.inputFormat : kindOfExt(path) ?? "text");
  for (const arg of paths) {
    if (arg === "-") {
      yield { kind: "stdin", input: options.inputFormat === "auto" ? "text" : options.inputFormat };
      continue;
    }
    let info;
    try {
      info = await stat(arg);
    } catch (error) {
      yield { kind: "missing", path: arg, rel: baseName(arg), ...fsProblem(error) };
      continue;
    }
    // A file named on the command line is read whatever its extension: the user asked for it.
    if (!info.isDirectory()) yield { kind: "file", path: arg, rel: baseName(arg), input: kindOf(arg) };
    else yield* walkDir(arg, arg, new Set([await realpath(arg)]), kindOf);
  }
}

async function* walkDir(root: string, dir: string, ancestors: Set<string>, kindOf: (p: string) => InputKind): AsyncGenerator<Found> {
  let names: string[];
  try {
    names = (await readdir(dir)).sort();
  } catch (error) {
    yield { kind: "missing", path: dir, rel: relative(root, dir), ...fsProblem(error) };
    return;
  }
  for (const name of names) {
    const path = join(dir, name);
    let info;
    try {
      info = await stat(path);
    } catch (error) {
      // A dangling link named like an input is a failed input; any other is just not an input.
      if (kindOfExt(name) !== undefined) yield { kind: "missing", path, rel: relative(root, path), ...fsProblem(error) };
      else yield { kind: "note", message: `${path}: ${describeFsError(error)}, skipped` };
      continue;
    }
    if (info.isDirectory()) {
      const real = await realpath(path);
      if (ancestors.has(real)) {
        yield { kind: "note", message: `${path}: symlink loop, skipped` };
        continue;
      }
      yield* walkDir(root, path, new Set([...ancestors, real]), kindOf);
    } else if (info.isFile() && kindOfExt(name) !== undefined) {
      yield { kind: "file", path, rel: relative(root, path), input: kindOf(path) };
    } else {
      yield { kind: "note", message: `${path}: not an input file (.txt .jsonl .html .htm .warc .wet, or .gz of one), skipped` };
    }
  }
}

function baseName(path: string): string {
  return path.split(/[\\/]/u).filter(Boolean).pop() ?? path;
}

function fsProblem(error: unknown): { code: "not-found" | "unreadable"; message: string } {
  return { code: (error as NodeJS.ErrnoException).code === "ENOENT" ? "not-found" : "unreadable", message: describeFsError(error) };
}

export function describeFsError(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  if (e.code === "ENOENT") return "no such file or directory";
  if (e.code === "EACCES" || e.code === "EPERM") return "permission denied";
  if (e.code === "ELOOP") return "too many levels of symbolic links";
  return e.message ?? String(error);
}

/** Whether any argument names a directory (its output then holds several documents). */
export async function anyDirectory(paths: readonly string[]): Promise<boolean> {
  for (const path of paths) {
    if (path !== "-" && (await stat(path).then((s) => s.isDirectory(), () => false))) return true;
  }
  return false;
}

/** The bytes of every input file the paths name (for a progress bar's ETA). */
export async function inputBytes(paths: readonly string[], options: WalkOptions): Promise<number> {
  let total = 0;
  for await (const found of findInputs(paths, options)) {
    if (found.kind === "file") total += await stat(found.path).then((s) => s.size, () => 0);
  }
  return total;
}
