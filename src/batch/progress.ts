// Which document a worker is cleaning, and since when, in memory shared with the pool. The pool
// times each document on its own from this (a chunk of 32 documents does not get 32 timeouts),
// and knows which document a worker was on when it hung or died, without a message per document.
const TASK = 0;
const INDEX = 1;

export class Progress {
  private readonly ints: Int32Array;
  private readonly since: Float64Array;

  constructor(readonly buffer: SharedArrayBuffer = new SharedArrayBuffer(16)) {
    this.ints = new Int32Array(buffer, 0, 2);
    this.since = new Float64Array(buffer, 8, 1);
  }

  /** Worker side: item `index` of task `task` starts now. */
  start(task: number, index: number): void {
    // The time first: the pool reads the index first, and an index never pairs with an older time.
    this.since[0] = Date.now();
    Atomics.store(this.ints, INDEX, index);
    Atomics.store(this.ints, TASK, task);
  }

  /** Pool side: the item of `task` being cleaned and when it started, or undefined before the
   *  worker has started on the task. Task numbers are compared modulo 2^31, as stored. */
  current(task: number): { index: number; since: number } | undefined {
    if (Atomics.load(this.ints, TASK) !== (task | 0)) return undefined;
    const index = Atomics.load(this.ints, INDEX);
    return { index, since: this.since[0]! };
  }
}
