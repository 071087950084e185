import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { DataSet, TableName } from './rows';
import { allRecords, searchColumnValues } from '../../server/src/core/declare';
import { TABLE_ORDER } from './tables';

/** Runs one SQL statement with `?` placeholders (knex style), real bind parameters. */
export type SqlRunner = <T = Record<string, unknown>>(sql: string, params?: unknown[]) => Promise<T[]>;

/** A runner on the EntityManager's transaction when it has one, else on its pool. */
export function runnerFor(em: EntityManager): SqlRunner {
  return async <T>(sql: string, params: unknown[] = []) => {
    const knex = em.getTransactionContext() ?? em.getKnex();
    const res = (await knex.raw(sql, params)) as { rows?: T[] };
    return res.rows ?? [];
  };
}

/** How far a load has come: `done` of `total` rows of `table`. */
export interface Progress {
  table: string;
  done: number;
  total: number;
}
export type OnProgress = (p: Progress) => void;

/** PostgreSQL takes at most 65,535 parameters a statement; stay well under. */
const MAX_PARAMS = 60_000;
const MAX_ROWS = 1_000;

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** Every key any row has, in the order they first appear (a row may leave out an optional column). */
function columnsOf(rows: ReadonlyArray<object>): string[] {
  const seen = new Set<string>();
  for (const row of rows) for (const k of Object.keys(row)) seen.add(k);
  return [...seen];
}

/**
 * The derived pinyin columns of a searchable type (server/src/core/declare/search-forms.ts), computed
 * from the declaration as the ORM's write hooks do: seeds write SQL, so they must fill them here.
 */
function withSearchForms(table: string, rows: ReadonlyArray<object>): ReadonlyArray<object> {
  const search = allRecords().find((d) => d.tableName === table)?.search;
  return search ? rows.map((r) => ({ ...r, ...searchColumnValues(search, r as Record<string, unknown>) })) : rows;
}

/**
 * Multi-row INSERTs of up to 1,000 rows each. Columns are the keys of the rows (rows.ts
 * lets a row leave out an optional column); a missing key is written as null.
 */
export async function insertRows(run: SqlRunner, table: string, given: ReadonlyArray<object>, onProgress?: OnProgress): Promise<void> {
  onProgress?.({ table, done: 0, total: given.length });
  if (given.length === 0) return;
  const rows = withSearchForms(table, given);
  const columns = columnsOf(rows);
  const perStatement = Math.max(1, Math.min(MAX_ROWS, Math.floor(MAX_PARAMS / columns.length)));
  const tuple = `(${columns.map(() => '?').join(',')})`;
  const head = `insert into ${quote(table)} (${columns.map(quote).join(',')}) values `;
  for (let start = 0; start < rows.length; start += perStatement) {
    const batch = rows.slice(start, start + perStatement);
    const params: unknown[] = new Array(batch.length * columns.length);
    let i = 0;
    for (const row of batch) {
      const r = row as Record<string, unknown>;
      for (const c of columns) params[i++] = r[c] ?? null;
    }
    await run(head + new Array(batch.length).fill(tuple).join(','), params);
    onProgress?.({ table, done: start + batch.length, total: rows.length });
  }
}

/** Every table of a data set, parents first. */
export async function insertDataSet(run: SqlRunner, set: DataSet, onProgress?: OnProgress): Promise<void> {
  for (const table of TABLE_ORDER) await insertRows(run, table, set[table], onProgress);
}

/** The platform's tables in the current schema (everything but the migrations log). */
export async function platformTables(run: SqlRunner): Promise<string[]> {
  const rows = await run<{ name: string }>(
    `select tablename as name from pg_tables where schemaname = current_schema() and tablename not like 'mikro_orm_%' order by tablename`,
  );
  return rows.map((r) => r.name);
}

/** Tables holding any row at all (soft-deleted rows count). */
export async function nonEmptyTables(run: SqlRunner): Promise<string[]> {
  const out: string[] = [];
  for (const t of await platformTables(run)) {
    const [row] = await run<{ any: boolean }>(`select exists(select 1 from ${quote(t)}) as any`);
    if (row?.any) out.push(t);
  }
  return out;
}

/** Empties every table of the platform (users, keys and logs included). */
export async function truncateAll(run: SqlRunner): Promise<void> {
  const tables = await platformTables(run);
  if (tables.length) await run(`truncate table ${tables.map(quote).join(', ')} cascade`);
}

/** Row counts of the seeded tables, live and deleted together. */
export async function countRows(run: SqlRunner): Promise<Record<TableName | 'app_user', number>> {
  const tables = [...TABLE_ORDER, 'app_user' as const];
  const sql = tables.map((t) => `select '${t}' as t, count(*)::int as n from ${quote(t)}`).join(' union all ');
  const rows = await run<{ t: TableName; n: number }>(sql);
  return Object.fromEntries(rows.map((r) => [r.t, r.n])) as Record<TableName | 'app_user', number>;
}

/** Runs `work` in one transaction of a fresh EntityManager, with a runner on it. */
export async function inTransaction<T>(orm: MikroORM, work: (em: EntityManager, run: SqlRunner) => Promise<T>): Promise<T> {
  return orm.em.fork().transactional((em) => work(em, runnerFor(em)));
}
