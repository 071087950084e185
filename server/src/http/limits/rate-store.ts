/** One fixed window's count for a bucket, and when that window ends. */
export interface RateHit {
  count: number;
  resetInMs: number;
}

/** Where the counters live: this process (memory) or shared by every instance (Redis). */
export interface RateStore {
  hit(bucket: string, windowMs: number): Promise<RateHit>;
  close(): Promise<void>;
}

/** Counters in this process: enough for one server instance. */
export function memoryRateStore(): RateStore {
  const windows = new Map<string, { start: number; count: number }>();
  // Forget finished windows now and then so a flood of addresses cannot grow the map without bound.
  let lastSweep = Date.now();
  const sweep = (now: number, windowMs: number) => {
    if (now - lastSweep < windowMs) return;
    lastSweep = now;
    for (const [key, w] of windows) if (now - w.start >= windowMs) windows.delete(key);
  };
  return {
    async hit(bucket, windowMs) {
      const now = Date.now();
      sweep(now, windowMs);
      const start = now - (now % windowMs);
      const w = windows.get(bucket);
      const current = w && w.start === start ? w : { start, count: 0 };
      current.count += 1;
      windows.set(bucket, current);
      return { count: current.count, resetInMs: start + windowMs - now };
    },
    async close() {
      windows.clear();
    },
  };
}
