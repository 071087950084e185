import Redis from 'ioredis';

/**
 * Where cached figures live. A value is stored under a key that embeds the
 * version of every record type it was computed from; a write bumps its type's
 * version, so every figure built on that type is missed from then on (old
 * entries simply expire). With Redis the versions are shared by every server
 * process: a write through one invalidates the figure on all of them.
 */
export interface CacheStore {
  /** Current versions of these record types (0 if never written). */
  versions(types: string[]): Promise<number[]>;
  bump(types: string[]): Promise<void>;
  get(key: string): Promise<string | null>;
  set(key: string, value: string, ttlSeconds: number): Promise<void>;
  close(): Promise<void>;
  readonly kind: 'memory' | 'redis';
}

/** One process: versions and values in maps (values bounded, oldest dropped first). */
export function memoryStore(maxEntries = 1000): CacheStore {
  const versions = new Map<string, number>();
  const values = new Map<string, { value: string; expires: number }>();
  return {
    kind: 'memory',
    versions: async (types) => types.map((t) => versions.get(t) ?? 0),
    bump: async (types) => void types.forEach((t) => versions.set(t, (versions.get(t) ?? 0) + 1)),
    async get(key) {
      const hit = values.get(key);
      if (!hit || hit.expires < Date.now()) return null;
      return hit.value;
    },
    async set(key, value, ttlSeconds) {
      values.delete(key);
      values.set(key, { value, expires: Date.now() + ttlSeconds * 1000 });
      if (values.size > maxEntries) values.delete(values.keys().next().value!);
    },
    close: async () => values.clear(),
  };
}

/**
 * Shared by every process. If Redis cannot be reached the cache is bypassed
 * (figures are computed, never served stale): a broken cache must not take the
 * API down or hide a write.
 */
export function redisStore(url: string, prefix: string, log: (message: string) => void = console.warn): CacheStore {
  const redis = new Redis(url, { maxRetriesPerRequest: 1, connectTimeout: 2000 });
  let warned = 0;
  const warn = (err: Error) => {
    if (Date.now() - warned > 60_000) {
      warned = Date.now();
      log(`[cache] Redis unavailable, figures are computed without the cache: ${err.message}`);
    }
  };
  redis.on('error', warn);
  const versionKey = (t: string) => `${prefix}v:${t}`;
  return {
    kind: 'redis',
    async versions(types) {
      const raw = await redis.mget(types.map(versionKey));
      return raw.map((v) => Number(v ?? 0));
    },
    async bump(types) {
      const m = redis.multi();
      for (const t of types) m.incr(versionKey(t));
      await m.exec();
    },
    get: (key) => redis.get(prefix + key),
    set: async (key, value, ttlSeconds) => void (await redis.set(prefix + key, value, 'EX', ttlSeconds)),
    close: async () => void (await redis.quit().catch(() => redis.disconnect())),
  };
}
