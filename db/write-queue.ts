/**
 * Hands the one writer connection to one transaction at a time, in the order they asked. A write
 * callback awaits, so without this a second write could begin while the first one's transaction
 * is still open on the same connection and become part of it. When nothing waits, a write starts
 * at once, without a trip through the queue.
 */
export class WriteQueue {
  private busy = false;
  private readonly waiting: Array<() => void> = [];

  async run<T>(fn: () => Promise<T>): Promise<T> {
    if (this.busy) await new Promise<void>((resolve) => this.waiting.push(resolve));
    else this.busy = true;
    try {
      return await fn();
    } finally {
      // The next in line inherits `busy`; only an empty queue clears it.
      const next = this.waiting.shift();
      if (next) next();
      else this.busy = false;
    }
  }
}

/** Lets at most `limit` callers run at once; the rest wait their turn, first come first served. */
export class Semaphore {
  private running = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(private readonly limit: number) {}

  async run<T>(fn: () => Promise<T>): Promise<T> {
    if (this.running < this.limit) this.running++;
    else await new Promise<void>((resolve) => this.waiting.push(resolve));
    try {
      return await fn();
    } finally {
      // A waiter inherits the slot; only when none waits is it given back.
      const next = this.waiting.shift();
      if (next) next();
      else this.running--;
    }
  }
}
