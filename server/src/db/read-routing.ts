import type { ApolloServerPlugin } from '@apollo/server';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppContext } from '../core/context';
import { isPinnedToPrimary, markPinnedToPrimary, wrapMethod } from './orm-internals';

type Reader = (entity: unknown, where?: unknown, options?: Record<string, unknown>) => Promise<unknown>;

/**
 * Read-your-own-writes: with replicas configured, MikroORM reads from a random
 * replica outside transactions. A replica may lag behind the primary, so once a
 * request writes, every later read of that request (the fields of a mutation's
 * result, a second mutation's checks) must see the primary. This pins one
 * request's EntityManager (a fork of its own, shared by its loaders) to it.
 */
export function pinToPrimary(em: EntityManager): void {
  if (isPinnedToPrimary(em)) return;
  markPinnedToPrimary(em);
  for (const method of ['find', 'findOne', 'count', 'findByCursor']) {
    wrapMethod<Parameters<Reader>, ReturnType<Reader>>(
      em,
      method,
      (original) =>
        (entity, where, options = {}) =>
          original(entity, where, { connectionType: 'write', ...options }),
    );
  }
  wrapMethod<[never, string?, ('read' | 'write')?, never?], unknown>(
    em,
    'createQueryBuilder',
    (original) => (entity, alias, type, loggerContext) => original(entity, alias, type ?? 'write', loggerContext),
  );
}

/**
 * Mutations run on the primary from the start (their transactions do anyway);
 * queries go to the replicas. Without replicas there is nothing to route.
 */
export function primaryAfterWrites(enabled: boolean): ApolloServerPlugin<AppContext> {
  return {
    async requestDidStart() {
      if (!enabled) return;
      return {
        async didResolveOperation({ operation, contextValue }) {
          if (operation?.operation === 'mutation') pinToPrimary(contextValue.em);
        },
      };
    },
  };
}
