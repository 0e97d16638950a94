// A one-line progress counter for long batches on an interactive terminal, redrawn at most
// ten times a second so printing never costs more than the work it reports on.
export interface Progress {
  tick(done: number): void;
  clear(): void;
}

const INTERVAL_MS = 100;

export function createProgress(stream: NodeJS.WriteStream, started: number): Progress {
  let last = started;
  let shown = false;
  return {
    tick(done) {
      const now = performance.now();
      if (now - last < INTERVAL_MS) return;
      last = now;
      shown = true;
      const rate = Math.round(done / Math.max((now - started) / 1000, 0.001));
      stream.write(`\r\x1b[2Kdeboil: ${done} documents, ${rate}/s`);
    },
    clear() {
      if (shown) stream.write("\r\x1b[2K");
    },
  };
}

export const silentProgress: Progress = { tick: () => {}, clear: () => {} };
