// The cache of public figures: memory in one process, Redis when REDIS_URL is set.
import type { MikroORM } from '@mikro-orm/postgresql';
import type { GraphQLSchema } from 'graphql';
import { attachFigureCache, cacheFigureFields, figureCachePlugin, type CachedFields } from './figure-cache';
import { memoryStore, redisStore } from './store';

export { figureCachePlugin } from './figure-cache';

/**
 * The figures (issue "The figures") and the record types each reads. Reports are
 * not cached (they carry their generation time); lists of records are not either:
 * they are cheap with batching and must show each write at once.
 */
export const CACHED_FIGURES: CachedFields = {
  budgetSummary: ['BudgetLine', 'Community', 'ServiceCenter'],
  dutyFindings: ['DutyAssignment', 'DutyItem', 'BudgetLine', 'Community', 'ServiceCenter'],
  overview: 'ALL',
  communityIndicators: 'ALL',
  centerIndicators: 'ALL',
  cityIndicators: 'ALL',
};

export interface CacheSettings {
  /** FIGURE_CACHE=false: every figure is computed (e.g. to time the computations). */
  enabled: boolean;
  redisUrl: string | null;
  /** Key prefix in Redis, so several deployments (or test runs) can share one server. */
  prefix: string;
  ttlSeconds: number;
}

export function setupFigureCache(orm: MikroORM, schema: GraphQLSchema, s: CacheSettings) {
  // Fields are wrapped once per schema either way; an app without a cache computes.
  cacheFigureFields(schema, CACHED_FIGURES);
  if (!s.enabled) return { cache: null, plugin: figureCachePlugin, close: async () => undefined };
  const store = s.redisUrl ? redisStore(s.redisUrl, `${s.prefix}cache:`) : memoryStore();
  const cache = attachFigureCache(orm, store, s.ttlSeconds);
  return { cache, plugin: figureCachePlugin, close: () => store.close() };
}
