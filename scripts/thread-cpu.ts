// A child process's CPU by thread, read from Linux's /proc while it runs, for the batch scripts:
// where a batch's time goes is a matter of threads (the main thread reading and writing, the
// pool's workers cleaning, V8's compiler and collector threads warming each worker's code up),
// and on a machine others load a run's CPU seconds hold far better than its wall time.
import { existsSync, readdirSync, readFileSync } from "node:fs";

/** CPU seconds of one run. */
export interface ThreadCpu {
  /** Every thread of the process, those that ended before it included. */
  total: number;
  main: number;
  /** The pool's worker threads (none at --jobs 1). */
  workers: number;
  /** The rest: V8's compiler and collector threads, libuv's file threads. */
  helpers: number;
}

export const canReadThreads = process.platform === "linux" && existsSync("/proc/self/task");

// /proc gives times in clock ticks of USER_HZ, which is 100 on Linux whatever the kernel's own tick.
const TICKS_PER_SECOND = 100;

/** utime + stime of a /proc stat line, in seconds; the command name before them may hold spaces. */
export function cpuOfStat(stat: string): number {
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
}

/** Reads every thread's CPU every `everyMs` until stopped, keeping each thread's last reading. A
 *  thread that ends loses at most one interval of its CPU; the process's own line counts it whole. */
export class ThreadCpuSampler {
  private readonly last = new Map<number, number>();
  private process = 0;
  private readonly timer: NodeJS.Timeout;

  constructor(
    private readonly pid: number,
    everyMs = 50,
  ) {
    this.sample();
    this.timer = setInterval(() => this.sample(), everyMs);
  }

  private sample(): void {
    try {
      this.process = cpuOfStat(readFileSync(`/proc/${this.pid}/stat`, "utf8"));
      for (const tid of readdirSync(`/proc/${this.pid}/task`)) {
        try {
          this.last.set(Number(tid), cpuOfStat(readFileSync(`/proc/${this.pid}/task/${tid}/stat`, "utf8")));
        } catch {
          // The thread ended between the listing and the reading.
        }
      }
    } catch {
      // The process has ended: its last readings stand.
    }
  }

  stop(): void {
    clearInterval(this.timer);
  }

  /** The last reading of each thread, by thread id, and of the whole process. */
  threads(): { byThread: ReadonlyMap<number, number>; process: number } {
    return { byThread: this.last, process: this.process };
  }
}

/** The readings summed by kind of thread. Node names every thread "node", so the workers are
 *  told apart by their CPU: each cleans a share of the batch, a helper thread a few tenths of a
 *  second. With `jobs` > 1, the `jobs` busiest threads other than the main one are the workers. */
export function sumThreadCpu(readings: { byThread: ReadonlyMap<number, number>; process: number }, pid: number, jobs: number): ThreadCpu {
  const main = readings.byThread.get(pid) ?? 0;
  const others = [...readings.byThread].filter(([tid]) => tid !== pid).map(([, cpu]) => cpu).sort((a, b) => b - a);
  const workers = jobs > 1 ? others.slice(0, jobs).reduce((a, b) => a + b, 0) : 0;
  const total = Math.max(readings.process, others.reduce((a, b) => a + b, main));
  return { total, main, workers, helpers: total - main - workers };
}
