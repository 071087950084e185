import type { ApolloServerPlugin } from '@apollo/server';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppContext } from '../core/context';

type Reader = (entity: unknown, where?: unknown, options?: Record<string, unknown>) => Promise<unknown>;

/**
 * Read-your-own-writes: with replicas configured, MikroORM reads from a random
 * replica outside transactions. A replica may lag behind the primary, so once a
 * request writes, every later read of that request (the fields of a mutation's
 * result, a second mutation's checks) must see the primary. This pins one
 * request's EntityManager (a fork of its own, shared by its loaders) to it.
 */
export function pinToPrimary(em: EntityManager): void {
  const target = em as unknown as Record<string, unknown>;
  if (target.__pinnedToPrimary) return;
  target.__pinnedToPrimary = true;
  for (const method of ['find', 'findOne', 'count', 'findByCursor']) {
    const original = (target[method] as Reader).bind(em);
    target[method] = ((entity, where, options = {}) => original(entity, where, { connectionType: 'write', ...options })) as Reader;
  }
  const createQueryBuilder = em.createQueryBuilder.bind(em);
  target.createQueryBuilder = (entity: never, alias?: string, type?: 'read' | 'write', loggerContext?: never) =>
    createQueryBuilder(entity, alias, type ?? 'write', loggerContext);
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
