import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';

interface PgClient {
  query(q: { name: string; text: string; values: unknown[] }): Promise<{ rows: Array<Record<string, unknown>> }>;
}
interface KnexClient {
  acquireConnection(): Promise<PgClient>;
  releaseConnection(c: PgClient): Promise<void>;
}

/** SQL with the name it is prepared under: same text, same name, on every connection. */
export interface NamedSql {
  name: string;
  text: string;
}

/** Names SQL for queryPrepared; made once per text (module constants, compiled queries), not per request. */
export const namedSql = (text: string): NamedSql => ({ name: `p_${createHash('sha1').update(text).digest('hex').slice(0, 24)}`, text });

/**
 * Runs SQL as a named prepared statement (parsed and planned once per
 * connection, not per request) on a connection of MikroORM's pool: the primary
 * for `write`, a replica when there are replicas for `read`. The pool, its
 * limits and its statement timeout are the same as for every other query.
 * For the few statements on every request's path (the caller, one-statement reads).
 */
export async function queryPrepared<R = Record<string, unknown>>(em: EntityManager, type: 'read' | 'write', sql: NamedSql, values: unknown[]): Promise<R[]> {
  const orm = em.getConnection(type);
  const client = orm.getKnex().client as unknown as KnexClient;
  const connection = await client.acquireConnection();
  const started = Date.now();
  try {
    return (await connection.query({ name: sql.name, text: sql.text, values })).rows as R[];
  } finally {
    await client.releaseConnection(connection);
    // Through MikroORM's query log like every other statement (debug logging, the tests' statement counts).
    (orm as unknown as { logQuery(q: string, c: object): void }).logQuery(sql.text, { took: Date.now() - started });
  }
}
