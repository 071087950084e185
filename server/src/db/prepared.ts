import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { forgetPrepared, isPreparedOn, logQuery, withPooledClient, type PooledClient } from './orm-internals';

/** SQL with the name it is prepared under: same text, same name, on every connection. */
export interface NamedSql {
  name: string;
  text: string;
}

/** Names SQL for queryPrepared; made once per text (module constants, compiled queries), not per request. */
export const namedSql = (text: string): NamedSql => ({ name: `p_${createHash('sha1').update(text).digest('hex').slice(0, 24)}`, text });

/**
 * How many statements stay prepared on one connection. Compiled queries make a
 * statement per query shape and page size, and PostgreSQL keeps each one's plan
 * in the backend for as long as the connection lives: without a bound, a
 * long-lived connection serving many partners' queries would only grow.
 * An object so a test can lower it.
 */
export const preparedPerConnection = { max: 200 };

/** Names prepared on each connection, least recently used first. */
const preparedOn = new WeakMap<PooledClient, Map<string, true>>();

/** Marks `name` used on the connection and deallocates the least recently used beyond the bound. */
async function keepPrepared(connection: PooledClient, name: string): Promise<void> {
  let names = preparedOn.get(connection);
  if (!names) preparedOn.set(connection, (names = new Map()));
  const known = names.delete(name);
  names.set(name, true);
  if (known) return;
  while (names.size > preparedPerConnection.max) {
    const oldest = names.keys().next().value as string;
    names.delete(oldest);
    if (!isPreparedOn(connection, oldest)) continue; // it never got prepared (it failed to parse)
    await connection.query({ text: `deallocate "${oldest}"` });
    forgetPrepared(connection, oldest);
  }
}

/**
 * Runs SQL as a named prepared statement (parsed and planned once per
 * connection, not per request) on a connection of MikroORM's pool: the primary
 * for `write`, a replica when there are replicas for `read`. The pool, its
 * limits and its statement timeout are the same as for every other query.
 * For the few statements on every request's path (the caller, one-statement reads).
 * At most preparedPerConnection.max stay prepared on a connection.
 */
export async function queryPrepared<R = Record<string, unknown>>(
  em: EntityManager,
  type: 'read' | 'write',
  sql: NamedSql,
  values: unknown[],
): Promise<R[]> {
  const connection = em.getConnection(type);
  const started = Date.now();
  try {
    return await withPooledClient(connection, async (client) => {
      await keepPrepared(client, sql.name);
      return (await client.query({ name: sql.name, text: sql.text, values })).rows as R[];
    });
  } finally {
    // Through MikroORM's query log like every other statement (debug logging, the tests' statement counts).
    logQuery(connection, sql.text, Date.now() - started);
  }
}
