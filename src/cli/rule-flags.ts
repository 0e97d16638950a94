// `--rule ID=off|report|on` (repeatable) -> the library's `rules` option.
import type { RuleOverride } from "../index.js";
import { UsageError } from "./exit-codes.js";

const MODES = new Set(["on", "report", "off"]);

export function parseRuleFlags(flags: readonly string[]): Record<string, RuleOverride> {
  const out: Record<string, RuleOverride> = {};
  for (const flag of flags) {
    const eq = flag.lastIndexOf("=");
    const id = flag.slice(0, eq).trim();
    const mode = flag.slice(eq + 1).trim();
    if (eq <= 0 || id === "" || !MODES.has(mode)) throw new UsageError(`--rule ${flag}: expected ID=off, ID=report or ID=on`);
    out[id] = mode as RuleOverride;
  }
  return out;
}
