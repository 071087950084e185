import type { FilterOptions, FilterQuery } from '@mikro-orm/core';
import type { EntityManager, QueryBuilder } from '@mikro-orm/postgresql';

/**
 * Every use of MikroORM, knex or pg beyond their public API, in one place. Each is
 * an assumption about a library version (package.json pins them exactly), and each
 * has a test of its own in test/core/orm-internals.test.ts: an upgrade that breaks
 * one fails there, with the assumption named, not somewhere in a resolver.
 */

type Where = FilterQuery<object>;

// --- MikroORM: what em.find does to a condition before its driver call -------------

interface WhereProcessor {
  processWhere(entity: string, where: unknown, options: object, type: 'read'): Promise<Where>;
}

/**
 * The condition em.find would send for `entity` (a class name): the soft-delete filter
 * applied as `filters` says, array and custom-type operands converted. Private in
 * MikroORM 6 (EntityManager.processWhere); the one-statement path and the row reader
 * need exactly what em.find would query.
 */
export const processWhere = (em: EntityManager, entity: string, where: Where, filters: FilterOptions = {}): Promise<Where> =>
  (em as unknown as WhereProcessor).processWhere(entity, where, { filters }, 'read');

// --- MikroORM metadata: table and column names of declared fields -------------------

/** The table of an entity (by class name), from MikroORM's metadata. */
export const tableOf = (em: EntityManager, entity: string): string => em.getMetadata().find(entity)!.tableName;

/** The column of an entity's property (a reference's foreign key column for a reference). */
export const columnOf = (em: EntityManager, entity: string, property: string): string => {
  const prop = em.getMetadata().find(entity)?.properties[property as never] as { fieldNames?: string[] } | undefined;
  if (!prop?.fieldNames?.[0]) throw new Error(`${entity}.${property} has no column`);
  return prop.fieldNames[0];
};

// --- knex: the text and bindings of a query builder ---------------------------------

/** A query builder's SQL with knex's `?` placeholders and its bindings (for embedding in a larger statement). */
export function knexSql(qb: QueryBuilder<object>): { sql: string; bindings: unknown[] } {
  const native = qb.getKnexQuery().toSQL();
  return { sql: native.sql, bindings: native.bindings as unknown[] };
}

// --- Read routing: an EntityManager pinned to the primary ---------------------------

const PINNED = '__pinnedToPrimary';

/** Whether this EntityManager was pinned to the primary (db/read-routing.ts). */
export const isPinnedToPrimary = (em: EntityManager): boolean => Boolean((em as unknown as Record<string, unknown>)[PINNED]);

/** Marks an EntityManager pinned (an own property: forks do not inherit it). */
export const markPinnedToPrimary = (em: EntityManager): void => void ((em as unknown as Record<string, unknown>)[PINNED] = true);

/** Replaces a method of this EntityManager instance only (what read routing wraps). */
export function wrapMethod<A extends unknown[], R>(
  em: EntityManager,
  name: string,
  wrap: (original: (...args: A) => R) => (...args: A) => R,
): void {
  const target = em as unknown as Record<string, (...args: A) => R>;
  const original = target[name].bind(em);
  target[name] = wrap(original);
}

// --- pg through knex: a pooled connection, named statements, the query log ----------

/** A pg client as knex's pool hands it out. */
export interface PooledClient {
  query(q: { name?: string; text: string; values?: unknown[] }): Promise<{ rows: Array<Record<string, unknown>> }>;
}

interface PgClient extends PooledClient {
  /** pg's own record of the statements prepared on this connection (pg/lib/connection.js). */
  connection?: { parsedStatements?: Record<string, string> };
}

interface KnexClient {
  acquireConnection(): Promise<PgClient>;
  releaseConnection(c: PgClient): Promise<void>;
}

type Connection = ReturnType<EntityManager['getConnection']>;

/** A connection of MikroORM's own pool (the primary for `write`, a replica for `read`), released after `use`. */
export async function withPooledClient<T>(connection: Connection, use: (client: PooledClient) => Promise<T>): Promise<T> {
  const client = connection.getKnex().client as unknown as KnexClient;
  const pg = await client.acquireConnection();
  try {
    return await use(pg);
  } finally {
    await client.releaseConnection(pg);
  }
}

/** Whether pg has `name` prepared on this connection (it is not when its text failed to parse). */
export const isPreparedOn = (client: PooledClient, name: string): boolean =>
  name in ((client as PgClient).connection?.parsedStatements ?? {});

/** Forgets `name` in pg's own record after a DEALLOCATE, so pg prepares it again when it comes back. */
export const forgetPrepared = (client: PooledClient, name: string): void => {
  const parsed = (client as PgClient).connection?.parsedStatements;
  if (parsed) delete parsed[name];
};

/** Writes a statement to MikroORM's query log, as its own queries are (debug logging, the tests' statement counts). */
export const logQuery = (connection: Connection, text: string, tookMs: number): void =>
  (connection as unknown as { logQuery(q: string, c: object): void }).logQuery(text, { took: tookMs });

// --- knex's pool (tarn): how many connections are in use, idle, waited for ---------

/** A pool's use at one moment: connections handed out, idle, and acquisitions waiting for one. */
export interface PoolUse {
  used: number;
  free: number;
  pending: number;
}

interface TarnPool {
  numUsed(): number;
  numFree(): number;
  numPendingAcquires(): number;
}

/** knex keeps its tarn pool on `client.pool` (undefined before the first connection and after destroy). */
export function poolUse(connection: Connection): PoolUse {
  const pool = (connection.getKnex().client as { pool?: TarnPool }).pool;
  if (!pool) return { used: 0, free: 0, pending: 0 };
  return { used: pool.numUsed(), free: pool.numFree(), pending: pool.numPendingAcquires() };
}

/** MikroORM's replica connections (`replicas`, protected in DatabaseDriver): getConnection('read') picks one at random. */
export const replicaConnections = (em: EntityManager): Connection[] =>
  (em.getDriver() as unknown as { replicas?: Connection[] }).replicas ?? [];
