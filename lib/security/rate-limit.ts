/** A fixed-window counter per key, kept in this process's memory. */
export type RateLimiter = {
  hit(key: string, now?: number): { ok: true } | { ok: false; retryAfterSeconds: number };
  reset(): void;
};

export function createRateLimiter(options: { limit: () => number; windowMs: number }): RateLimiter {
  const windows = new Map<string, { start: number; count: number }>();
  let lastSweep = 0;
  return {
    hit(key, now = Date.now()) {
      if (now - lastSweep > options.windowMs) {
        for (const [k, w] of windows) if (now - w.start >= options.windowMs) windows.delete(k);
        lastSweep = now;
      }
      let w = windows.get(key);
      if (!w || now - w.start >= options.windowMs) {
        w = { start: now, count: 0 };
        windows.set(key, w);
      }
      w.count += 1;
      if (w.count > options.limit()) {
        return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((w.start + options.windowMs - now) / 1000)) };
      }
      return { ok: true };
    },
    reset() {
      windows.clear();
    },
  };
}

/** One limiter per name for the whole process, surviving module duplication across bundles. */
export function sharedRateLimiter(name: string, make: () => RateLimiter): RateLimiter {
  const g = globalThis as unknown as { __rekryLimiters?: Map<string, RateLimiter> };
  g.__rekryLimiters ??= new Map();
  let limiter = g.__rekryLimiters.get(name);
  if (!limiter) {
    limiter = make();
    g.__rekryLimiters.set(name, limiter);
  }
  return limiter;
}
