// The version printed by --version, read from the package.json shipped next to dist/.
import { readFileSync } from "node:fs";

export function packageVersion(): string {
  // This file runs as dist/src/io/package-version.js.
  const pkg = JSON.parse(readFileSync(new URL("../../../package.json", import.meta.url), "utf8")) as { version?: string };
  return pkg.version ?? "unknown";
}
