// Milliseconds on a monotonic clock, for durations. Not performance.now(): the first use of the
// global `performance` loads node:perf_hooks, a few ms of a small run's start-up.
export function nowMs(): number {
  return Number(process.hrtime.bigint()) / 1e6;
}
