// Counts over a batch, for the summary printed on stderr at the end of a run.
import type { OutputRecord } from "./record.js";

export interface BatchStats {
  docs: number;
  byStatus: Record<string, number>;
  charsIn: number;
  charsRemoved: number;
  removalsByRule: Record<string, number>;
}

export function emptyStats(): BatchStats {
  return { docs: 0, byStatus: {}, charsIn: 0, charsRemoved: 0, removalsByRule: {} };
}

export function addRecord(stats: BatchStats, record: OutputRecord): void {
  stats.docs++;
  stats.byStatus[record.status] = (stats.byStatus[record.status] ?? 0) + 1;
  if (record.status === "error") return;
  stats.charsIn += record.stats.charsIn;
  // The removed pieces themselves, not charsIn - charsOut, which also counts trimmed white space.
  stats.charsRemoved += record.removed.reduce((n, r) => n + r.text.length, 0);
  for (const [rule, n] of Object.entries(record.stats.byRule)) stats.removalsByRule[rule] = (stats.removalsByRule[rule] ?? 0) + n;
}

export function formatSummary(stats: BatchStats, elapsedMs: number, topRules = 5): string {
  const n = (status: string): number => stats.byStatus[status] ?? 0;
  const seconds = elapsedMs / 1000;
  const rate = seconds > 0 ? Math.round(stats.docs / seconds) : stats.docs;
  const share = stats.charsIn > 0 ? ` (${((stats.charsRemoved / stats.charsIn) * 100).toFixed(1)}%)` : "";
  const lines = [
    `deboil: ${stats.docs} documents: ${n("ok")} ok, ${n("empty")} empty, ${n("guarded")} guarded, ${n("error")} failed`,
    `  removed ${stats.charsRemoved} of ${stats.charsIn} chars${share}`,
  ];
  const top = Object.entries(stats.removalsByRule).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, topRules);
  if (top.length > 0) lines.push(`  top rules: ${top.map(([rule, count]) => `${rule} ${count}`).join(", ")}`);
  lines.push(`  ${seconds.toFixed(2)} s, ${rate} docs/s`);
  return `${lines.join("\n")}\n`;
}
