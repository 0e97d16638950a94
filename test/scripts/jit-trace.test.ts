// The optimization trace summed by `npm run warm-up`: compilations, the ones of a function
// compiled before, and deoptimizations, from lines as V8 prints them.
import { test } from "node:test";
import assert from "node:assert/strict";
import { summarizeJitTrace } from "../../scripts/jit-trace.js";

const TRACE = [
  "[marking 0x1 <JSFunction scanLine (sfi = 0xaa)> for optimization to TURBOFAN, ConcurrencyMode::kConcurrent, reason: hot and stable]",
  "[completed compiling 0x1 <JSFunction scanLine (sfi = 0xaa)> (target TURBOFAN) - took 0.010, 20.000, 0.500 ms]",
  "[completed optimizing 0x1 <JSFunction scanLine (sfi = 0xaa)> (target TURBOFAN)]",
  "[completed compiling 0x2 <JSFunction (sfi = 0xbb)> (target TURBOFAN) - took 0.005, 1.000, 0.020 ms]",
  "[bailout (kind: deopt-eager, reason: wrong map): begin. deoptimizing 0x1 <JSFunction scanLine (sfi = 0xaa)>, 0x3 <Code TURBOFAN>, opt id 1, bytecode offset 5]",
  "[completed compiling 0x4 <JSFunction scanLine (sfi = 0xaa)> (target TURBOFAN) OSR - took 0.010, 30.000, 0.500 ms]",
  "[bailout (kind: deopt-eager, reason: wrong map): begin. deoptimizing 0x4 <JSFunction scanLine (sfi = 0xaa)>, 0x5 <Code TURBOFAN>]",
  "[bailout (kind: deopt-soft, reason: Insufficient type feedback for call): begin. deoptimizing 0x6 <JSFunction (sfi = 0xbb)>, 0x7 <Code TURBOFAN>]",
  "round 1: 3.0 MB/s",
];

test("compilations, recompilations of a function compiled before, and deoptimizations are counted", () => {
  const j = summarizeJitTrace(TRACE);
  assert.equal(j.compilations, 3);
  assert.ok(Math.abs(j.compileMs - 52.045) < 1e-9);
  assert.equal(j.recompilations, 1);
  assert.ok(Math.abs(j.recompileMs - 30.51) < 1e-9);
  assert.deepEqual(j.recompiled, [{ name: "scanLine", times: 1, ms: 30.51 }]);
  assert.equal(j.deoptimizations, 3);
  assert.deepEqual(j.deoptimized, [
    { name: "scanLine", reason: "wrong map", times: 2 },
    { name: "(anonymous)", reason: "Insufficient type feedback for call", times: 1 },
  ]);
});

test("a trace with nothing of V8's in it sums to nothing", () => {
  const j = summarizeJitTrace(["round 1: 3.0 MB/s", ""]);
  assert.deepEqual(j, { compilations: 0, compileMs: 0, recompilations: 0, recompileMs: 0, deoptimizations: 0, recompiled: [], deoptimized: [] });
});
