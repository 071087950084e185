import { createHash } from 'node:crypto';
import type { ApolloServerPlugin } from '@apollo/server';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { defaultFieldResolver, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import { accessClass, type Viewer } from '../access/viewer';
import type { AppContext } from '../context';
import { reachableTypes, recordOf, type Class } from '../declare';
import { onWrite } from '../crud/write-hooks';
import type { CacheStore } from './store';

/** A cached root query field: the record types its answer is computed from, and the type its `filter` argument is over. */
export interface CachedField {
  reads: string[];
  filterOver?: Class;
}

/** Root query fields whose answers are cached. */
export type CachedFields = Record<string, CachedField>;

/**
 * What a cached answer depends on: the types it reads, and every type its filter can
 * reach (a relation filter through duty assignments depends on duty items: issue 12,
 * `budgetSummary` was served stale after a duty item changed). Derived, never a hand list.
 */
export const dependsOn = (field: CachedField): string[] =>
  [...new Set([...field.reads, ...(field.filterOver ? reachableTypes(recordOf(field.filterOver)).map((d) => d.name) : [])])].sort();

/** Told of each lookup of a cached field (server/src/ops counts them): found, or computed (a store failure counts as computed). */
export type FigureCacheObserver = (field: string, hit: boolean) => void;

export class FigureCache {
  constructor(
    readonly store: CacheStore,
    private readonly ttlSeconds: number,
    private readonly observe: FigureCacheObserver = () => undefined,
  ) {}

  /** The cached answer, or `compute()` stored for the next caller; any cache failure falls back to computing. */
  async through(field: string, types: string[], args: unknown, viewer: Viewer, compute: () => Promise<unknown>): Promise<unknown> {
    let key: string | null = null;
    try {
      const versions = await this.store.versions(types);
      // "today" is part of the key: figures without an explicit date mean today's.
      const id = createHash('sha1')
        .update(JSON.stringify([args, accessClass(viewer), new Date().toISOString().slice(0, 10)]))
        .digest('base64url');
      key = `f:${field}:${id}:${versions.join('.')}`;
      const hit = await this.store.get(key);
      if (hit !== null) {
        this.observe(field, true);
        return JSON.parse(hit);
      }
    } catch {
      key = null;
    }
    this.observe(field, false);
    const value = await compute();
    // A round trip through JSON, so a first answer and a cached one are the same plain data.
    const json = JSON.stringify(value);
    if (key) await this.store.set(key, json, this.ttlSeconds).catch(() => undefined);
    return JSON.parse(json);
  }
}

// One cache per ORM instance (a process may run several apps, e.g. in tests); the
// schema is shared, so resolvers find their app's cache through the EntityManager.
const caches = new WeakMap<object, FigureCache>();
const cacheOf = (em: EntityManager) => caches.get(em.config);
/** Types written during a request, invalidated again after its transaction committed. */
const writtenIn = new WeakMap<object, Set<string>>();

let hooked = false;
function invalidateOnWrite(): void {
  if (hooked) return;
  hooked = true;
  // Inside the write's transaction: invalidate now (writes made outside GraphQL have
  // no later chance), and remember the type for the bump after commit (plugin below).
  onWrite(async (em, ctx, event) => {
    const cache = cacheOf(em);
    if (!cache) return;
    await cache.store.bump([event.decl.name]).catch(() => undefined);
    const set = writtenIn.get(ctx) ?? new Set<string>();
    set.add(event.decl.name);
    writtenIn.set(ctx, set);
  });
}

export function attachFigureCache(orm: MikroORM, store: CacheStore, ttlSeconds = 300, observe?: FigureCacheObserver): FigureCache {
  const cache = new FigureCache(store, ttlSeconds, observe);
  caches.set(orm.em.config, cache);
  invalidateOnWrite();
  // Writes that bypass the mutations but use this ORM (imports, seeds, tests) invalidate too.
  orm.em.getEventManager().registerSubscriber({
    async afterFlush({ uow }) {
      const types = [...new Set(uow.getChangeSets().map((c) => c.meta.className))];
      if (types.length) await store.bump(types).catch(() => undefined);
    },
  });
  return cache;
}

const wrapped = new WeakSet<GraphQLSchema>();

/** Routes the listed root query fields through the cache of the request's app (if it has one). */
export function cacheFigureFields(schema: GraphQLSchema, fields: CachedFields): void {
  if (wrapped.has(schema)) return;
  wrapped.add(schema);
  const query = schema.getQueryType()?.getFields() ?? {};
  for (const [name, spec] of Object.entries(fields)) {
    const field = query[name];
    if (!field) continue;
    const types = dependsOn(spec);
    const resolve: GraphQLFieldResolver<unknown, AppContext> = field.resolve ?? defaultFieldResolver;
    field.resolve = (source, args, ctx, info) => {
      const cache = cacheOf(ctx.em);
      if (!cache) return resolve(source, args, ctx, info);
      return cache.through(name, types, args, ctx.viewer, async () => resolve(source, args, ctx, info));
    };
  }
}

/**
 * A concurrent reader may recompute a figure between the bump inside a write's
 * transaction and its commit, and store the old numbers under the new version:
 * bump once more after the mutation committed, before its response is sent.
 */
export const figureCachePlugin: ApolloServerPlugin<AppContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ contextValue }) {
        const types = writtenIn.get(contextValue);
        const cache = types && cacheOf(contextValue.em);
        if (cache && types) await cache.store.bump([...types]).catch(() => undefined);
      },
    };
  },
};
