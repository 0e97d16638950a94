// Progress on stderr for long batches. On a terminal: one line redrawn at most ten times a second
// (a bar and ETA when the input size is known); elsewhere, with --progress, a plain line every
// few seconds, so logs stay readable.
import { nowMs } from "../clock.js";

export interface Progress {
  /** `done` documents written; `bytes` of input read so far. */
  tick(done: number, bytes: number): void;
  clear(): void;
}

export interface ProgressOptions {
  tty: boolean;
  /** Input bytes in all, when known (files; not stdin). */
  totalBytes?: number;
  /** Between plain lines (default 5 s). */
  intervalMs?: number;
}

export function createProgress(stream: NodeJS.WritableStream, started: number, options: ProgressOptions): Progress {
  const interval = options.tty ? 100 : options.intervalMs ?? 5000;
  let last = started;
  let shown = false;
  const line = (done: number, bytes: number, now: number): string => {
    const seconds = Math.max((now - started) / 1000, 0.001);
    const rate = done / seconds;
    let text = `deboil: ${done} documents, ${Math.round(rate)} docs/s, ${(bytes / 1e6 / seconds).toFixed(1)} MB/s read`;
    const total = options.totalBytes;
    if (total !== undefined && total > 0) {
      const share = Math.min(bytes / total, 1);
      const left = share > 0 ? (seconds * (1 - share)) / share : undefined;
      const bar = options.tty ? `[${"#".repeat(Math.round(share * 20)).padEnd(20, ".")}] ` : "";
      text = `deboil: ${bar}${(share * 100).toFixed(0)}%, ${done} documents, ${Math.round(rate)} docs/s${left === undefined ? "" : `, ETA ${clock(left)}`}`;
    }
    return text;
  };
  return {
    tick(done, bytes) {
      const now = nowMs();
      if (now - last < interval) return;
      last = now;
      shown = true;
      stream.write(options.tty ? `\r\x1b[2K${line(done, bytes, now)}` : `${line(done, bytes, now)}\n`);
    },
    clear() {
      if (shown && options.tty) stream.write("\r\x1b[2K");
    },
  };
}

function clock(seconds: number): string {
  const s = Math.round(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const pad = (n: number): string => String(n).padStart(2, "0");
  return h > 0 ? `${h}:${pad(m)}:${pad(s % 60)}` : `${m}:${pad(s % 60)}`;
}
