// --list-rules: the active catalog as an aligned table.
import type { Cleaner } from "../index.js";

export function formatRuleList(cleaner: Cleaner): string {
  const header = ["ID", "ZONE", "ACTION", "MODE", "SUMMARY"];
  const rows = cleaner.rules.map((r) => [r.id, r.zone, r.action, r.mode, r.summary]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]): string => cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]!))).join("  ");
  return `${[header, ...rows].map(line).join("\n")}\n`;
}
