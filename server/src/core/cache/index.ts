// The cache of public figures: memory in one process, Redis when REDIS_URL is set.
import type { MikroORM } from '@mikro-orm/postgresql';
import type { GraphQLSchema } from 'graphql';
import { attachFigureCache, cacheFigureFields, figureCachePlugin, type CachedFields, type FigureCacheObserver } from './figure-cache';
import { memoryStore, redisStore } from './store';

export { figureCachePlugin, type CachedFields, type CachedField, type FigureCacheObserver } from './figure-cache';

/** What the cache tells the app: each lookup (hit or computed), and Redis trouble. */
export interface FigureCacheHooks {
  observe?: FigureCacheObserver;
  warn?: (message: string) => void;
}

export interface CacheSettings {
  /** FIGURE_CACHE=false: every figure is computed (e.g. to time the computations). */
  enabled: boolean;
  redisUrl: string | null;
  /** Key prefix in Redis, so several deployments (or test runs) can share one server. */
  prefix: string;
  ttlSeconds: number;
}

/**
 * Caches the answers of `fields` (root query fields and what each depends on: the
 * record types it reads and the type its filter argument is over, whose every
 * reachable type can change the answer). The app passes the figures module's list.
 */
export function setupFigureCache(
  orm: MikroORM,
  schema: GraphQLSchema,
  s: CacheSettings,
  fields: CachedFields,
  hooks: FigureCacheHooks = {},
) {
  // Fields are wrapped once per schema either way; an app without a cache computes.
  cacheFigureFields(schema, fields);
  if (!s.enabled) return { cache: null, plugin: figureCachePlugin, close: async () => undefined };
  const store = s.redisUrl ? redisStore(s.redisUrl, `${s.prefix}cache:`, hooks.warn) : memoryStore();
  const cache = attachFigureCache(orm, store, s.ttlSeconds, hooks.observe);
  return { cache, plugin: figureCachePlugin, close: () => store.close() };
}
