import Redis from 'ioredis';
import type { RateStore } from './rate-store';

/**
 * Counters in Redis, so every server instance behind a load balancer counts
 * against the same limit. One key per bucket and window: INCR, and the key
 * expires with its window. If Redis cannot be reached the request is let
 * through (logged): a broken counter must not take the API down.
 */
export function redisRateStore(url: string, log: (message: string) => void = console.warn, prefix = 'governance:rate:'): RateStore {
  const redis = new Redis(url, { lazyConnect: false, maxRetriesPerRequest: 1, enableOfflineQueue: true, connectTimeout: 2000 });
  // One line a minute at most while Redis is away, not one per request.
  let warned = 0;
  const warn = (message: string) => {
    if (Date.now() - warned < 60_000) return;
    warned = Date.now();
    log(`[rate-limit] ${message}`);
  };
  redis.on('error', (err: Error) => warn(`Redis unreachable, requests are not being counted: ${err.message}`));
  return {
    async hit(bucket, windowMs) {
      const now = Date.now();
      const start = now - (now % windowMs);
      const key = `${prefix}${bucket}:${start}`;
      try {
        const [[incrErr, count]] = (await redis
          .multi()
          .incr(key)
          .pexpire(key, windowMs + 1000)
          .exec()) as [[Error | null, number]];
        if (incrErr) throw incrErr;
        return { count, resetInMs: start + windowMs - now };
      } catch (err) {
        warn(`Redis failed, requests are let through: ${(err as Error).message}`);
        return { count: 0, resetInMs: windowMs };
      }
    },
    async close() {
      await redis.quit().catch(() => redis.disconnect());
    },
  };
}
