// CPU by kind of thread, as bench-batch reads it from /proc: the stat line's times and the sums.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { once } from "node:events";
import { canReadThreads, cpuOfStat, sumThreadCpu, ThreadCpuSampler } from "../../scripts/thread-cpu.js";

test("a stat line's user and system time, in seconds, past a command name with spaces and parentheses", () => {
  const rest = "S 1 2 3 4 5 6 7 8 9 10 250 50 0 0 20 0 13 0 100";
  assert.equal(cpuOfStat(`4242 (node) ${rest}`), 3);
  assert.equal(cpuOfStat(`4242 (a (b) c) ${rest}`), 3);
});

test("the main thread, the jobs busiest other threads as workers, the rest as helpers", () => {
  const byThread = new Map([
    [100, 0.8],
    [101, 0.02],
    [102, 0.7],
    [103, 0.65],
    [110, 2.7],
    [111, 2.9],
  ]);
  const two = sumThreadCpu({ byThread, process: 8 }, 100, 2);
  assert.equal(two.main, 0.8);
  assert.ok(Math.abs(two.workers - 5.6) < 1e-9);
  assert.equal(two.total, 8);
  assert.ok(Math.abs(two.helpers - 1.6) < 1e-9);
  // At --jobs 1 there are no workers; a process line that missed the threads' last ticks gives way to their sum.
  const one = sumThreadCpu({ byThread, process: 7 }, 100, 1);
  assert.equal(one.workers, 0);
  assert.ok(Math.abs(one.total - 7.77) < 1e-9);
  assert.ok(Math.abs(one.helpers - 6.97) < 1e-9);
});

test("a busy child's CPU is read while it runs", { skip: !canReadThreads }, async () => {
  // 0.3 s of its own CPU, however loaded the machine; the last reading may miss the end of it.
  const child = spawn(process.execPath, ["-e", "while (process.cpuUsage().user < 300000);"]);
  const sampler = new ThreadCpuSampler(child.pid!, 20);
  await once(child, "exit");
  sampler.stop();
  const cpu = sumThreadCpu(sampler.threads(), child.pid!, 1);
  assert.ok(cpu.main >= 0.1 && cpu.main <= cpu.total, `main ${cpu.main}, total ${cpu.total}`);
});
