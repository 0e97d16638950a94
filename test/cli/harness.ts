// Runs the compiled CLI as a real process, the way a user does, and makes temp folders for it.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { sharedSeedsDir } from "../helpers/paths.js";

export const cliPath = fileURLToPath(new URL("../../cli.cjs", import.meta.url));
export const packageJsonPath = fileURLToPath(new URL("../../../package.json", import.meta.url));
export const SEED = join(sharedSeedsDir, "001_3ce5e01fc14fc6fa.txt");

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: readonly string[], options: { input?: string | Buffer; cwd?: string } = {}): Run {
  const run = spawnSync(process.execPath, [cliPath, ...args], { input: options.input ?? "", cwd: options.cwd, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), "deboil-cli-"));
}

/** Parses JSONL output: one record per non-empty line. */
export function jsonLines(text: string): Array<Record<string, any>> {
  return text.split("\n").filter((l) => l !== "").map((l) => JSON.parse(l) as Record<string, any>);
}

export const packageVersion = (): string => (JSON.parse(readFileSync(packageJsonPath, "utf8")) as { version: string }).version;

/** One WARC record with the given headers (Content-Length added) and body. */
export function warcRecord(headers: Record<string, string>, body: Buffer): Buffer {
  const head = ["WARC/1.0", ...Object.entries({ ...headers, "Content-Length": String(body.length) }).map(([k, v]) => `${k}: ${v}`)].join("\r\n");
  return Buffer.concat([Buffer.from(`${head}\r\n\r\n`), body, Buffer.from("\r\n\r\n")]);
}
