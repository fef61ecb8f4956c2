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
