// The HTML time budget, checked inside the long loops of each stage and not only between stages:
// one stage on a hostile page (a tree nested 20k deep, a million elements) can alone run far past
// the budget. Reading the clock costs more than a loop step, so it is read every CHECK_EVERY steps.

import { nowMs } from "../../clock.js";

const CHECK_EVERY = 1024;

/** A page's budget when the caller gives none. */
export const DEFAULT_BUDGET_MS = 10_000;

/** Thrown by a stage whose budget ran out; htmlToDoc catches it and abandons the page. */
export class OverBudget extends Error {
  override name = "OverBudget";
  constructor(
    readonly stage: string,
    readonly spentMs: number,
    readonly budgetMs: number,
  ) {
    super(`cleaning stopped while ${stage}: ${Math.round(spentMs)} ms spent, budget ${budgetMs} ms`);
  }
}

export interface Deadline {
  /** Call once per loop step; throws OverBudget once the budget is spent. */
  tick(stage: string): void;
  /** Whether the budget is spent (read now, not every CHECK_EVERY steps). */
  over(): boolean;
  spentMs(): number;
  /** The OverBudget error for a stage to throw. */
  stop(stage: string): OverBudget;
  readonly budgetMs: number;
}

/** A budget of `budgetMs` from `started` (a clock.ts nowMs() reading). */
export function deadline(started: number, budgetMs: number): Deadline {
  let steps = 0;
  const spentMs = (): number => nowMs() - started;
  return {
    budgetMs,
    spentMs,
    over: () => spentMs() > budgetMs,
    stop: (stage) => new OverBudget(stage, spentMs(), budgetMs),
    tick(stage) {
      if (++steps % CHECK_EVERY !== 0) return;
      const spent = spentMs();
      if (spent > budgetMs) throw new OverBudget(stage, spent, budgetMs);
    },
  };
}

/** For callers without a budget (tests, the Readability text): never runs out. */
export const NO_DEADLINE: Deadline = { budgetMs: Infinity, tick: () => {}, over: () => false, spentMs: () => 0, stop: (stage) => new OverBudget(stage, 0, Infinity) };
