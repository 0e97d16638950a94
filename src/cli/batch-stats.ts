// Counts over a batch, for the summary printed on stderr at the end of a run and --stats FILE.
import type { RecordSummary } from "../batch/record.js";

export interface BatchStats {
  /** Documents read (including those skipped by --shard or --resume). */
  docsIn: number;
  /** Records written (results and error records). */
  docs: number;
  byStatus: Record<string, number>;
  /** Skipped: not in this --shard, or already done (--resume). */
  skippedShard: number;
  skippedDone: number;
  /** Input records that hold no document to clean, by reason (WARC responses with an HTTP error or redirect status). */
  skippedInput: Record<string, number>;
  /** Documents whose record could not be written. */
  writeFailed: number;
  /** Documents read after the output failed: counted, not cleaned, not written. */
  notCleaned: number;
  charsIn: number;
  charsRemoved: number;
  /** UTF-8 bytes of the cleaned inputs and of the removed pieces. */
  bytesIn: number;
  bytesRemoved: number;
  removalsByRule: Record<string, number>;
}

export function emptyStats(): BatchStats {
  return { docsIn: 0, docs: 0, byStatus: {}, skippedShard: 0, skippedDone: 0, skippedInput: {}, writeFailed: 0, notCleaned: 0, charsIn: 0, charsRemoved: 0, bytesIn: 0, bytesRemoved: 0, removalsByRule: {} };
}


export function addRecord(stats: BatchStats, summary: RecordSummary, sourceBytes = 0): void {
  stats.docs++;
  stats.bytesIn += sourceBytes;
  stats.byStatus[summary.status] = (stats.byStatus[summary.status] ?? 0) + 1;
  stats.charsIn += summary.charsIn;
  stats.charsRemoved += summary.charsRemoved;
  stats.bytesRemoved += summary.bytesRemoved;
  for (const [rule, n] of Object.entries(summary.byRule)) stats.removalsByRule[rule] = (stats.removalsByRule[rule] ?? 0) + n;
}

/** The summary as data (--stats FILE). */
export function statsJson(stats: BatchStats, elapsedMs: number, extra: Record<string, unknown> = {}): Record<string, unknown> {
  const seconds = elapsedMs / 1000;
  const n = (status: string): number => stats.byStatus[status] ?? 0;
  return {
    documents: { in: stats.docsIn, out: stats.docs, ok: n("ok"), empty: n("empty"), guarded: n("guarded"), failed: n("error"), writeFailed: stats.writeFailed, notCleaned: stats.notCleaned, skippedShard: stats.skippedShard, skippedDone: stats.skippedDone, skippedInput: stats.skippedInput },
    chars: { in: stats.charsIn, removed: stats.charsRemoved },
    bytes: { in: stats.bytesIn, removed: stats.bytesRemoved },
    rules: Object.fromEntries(Object.entries(stats.removalsByRule).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))),
    seconds: Number(seconds.toFixed(3)),
    docsPerSecond: seconds > 0 ? Number((stats.docs / seconds).toFixed(1)) : null,
    mbPerSecond: seconds > 0 ? Number((stats.bytesIn / 1e6 / seconds).toFixed(2)) : null,
    ...extra,
  };
}

export function formatSummary(stats: BatchStats, elapsedMs: number, topRules = 5): string {
  const n = (status: string): number => stats.byStatus[status] ?? 0;
  const seconds = elapsedMs / 1000;
  const rate = seconds > 0 ? Math.round(stats.docs / seconds) : stats.docs;
  const share = stats.charsIn > 0 ? ` (${((stats.charsRemoved / stats.charsIn) * 100).toFixed(1)}%)` : "";
  const skipped = stats.skippedShard + stats.skippedDone;
  const lines = [
    `deboil: ${stats.docs} documents: ${n("ok")} ok, ${n("empty")} empty, ${n("guarded")} guarded, ${n("error")} failed`,
    `  removed ${stats.charsRemoved} of ${stats.charsIn} chars${share}, ${mb(stats.bytesRemoved)} of ${mb(stats.bytesIn)}`,
  ];
  if (skipped > 0) lines.push(`  ${stats.docsIn} read, ${stats.skippedShard} in other shards, ${stats.skippedDone} already done (--resume)`);
  const notDocuments = Object.entries(stats.skippedInput).sort((a, b) => (a[0] < b[0] ? -1 : 1));
  if (notDocuments.length > 0) lines.push(`  skipped WARC responses that are no article: ${notDocuments.map(([why, count]) => `${count} ${why.replace(/^http-/u, "HTTP ")}`).join(", ")}`);
  if (stats.writeFailed > 0 || stats.notCleaned > 0) {
    lines.push(`  the output failed: ${stats.docs - stats.writeFailed} records written before it failed, ${stats.writeFailed} could not be written, ${stats.notCleaned} more documents read and not cleaned`);
  }
  const top = Object.entries(stats.removalsByRule).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, topRules);
  if (top.length > 0) lines.push(`  top rules: ${top.map(([rule, count]) => `${rule} ${count}`).join(", ")}`);
  lines.push(`  ${seconds.toFixed(2)} s, ${rate} docs/s, ${seconds > 0 ? (stats.bytesIn / 1e6 / seconds).toFixed(2) : "-"} MB/s`);
  return `${lines.join("\n")}\n`;
}

const mb = (bytes: number): string => (bytes >= 1e6 ? `${(bytes / 1e6).toFixed(1)} MB` : `${(bytes / 1e3).toFixed(1)} KB`);
