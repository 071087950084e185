import type { EntityManager } from '@mikro-orm/postgresql';
import { namedSql, queryPrepared, type NamedSql } from '../../db/prepared';
import type { PendingViewer } from '../access/viewer';

/** A compiled query's SQL, named once (parsed and planned once per connection), and its values. */
export interface Statement {
  sql: NamedSql;
  values: unknown[];
}

export const statement = (text: string, values: unknown[]): Statement => ({ sql: namedSql(text), values });

/** The statement with the check of an assumed viewer, per statement and check: named once, not per request. */
const checked = new WeakMap<Statement, Map<string, NamedSql>>();
function withCheck(s: Statement, check: string): NamedSql {
  let byCheck = checked.get(s);
  if (!byCheck) checked.set(s, (byCheck = new Map()));
  let sql = byCheck.get(check);
  if (!sql) byCheck.set(check, (sql = namedSql(`select ${check} as who, q.data from (${s.sql.text}) as q`)));
  return sql;
}

/**
 * The `data` a statement builds, read from a replica when there are replicas
 * (queries never follow a write in the same request); with an assumed viewer,
 * also `who`, the check of that viewer, from the same statement (the primary's
 * answer matters for a deactivation, but a replica lags by moments at most,
 * as it does for every other read).
 */
export async function runStatement(em: EntityManager, s: Statement, pending?: PendingViewer): Promise<{ data: unknown; who?: unknown }> {
  if (!pending) {
    const [row] = await queryPrepared<{ data: unknown }>(em, 'read', s.sql, s.values);
    return row;
  }
  const sql = withCheck(s, pending.sql(`$${s.values.length + 1}`));
  const [row] = await queryPrepared<{ data: unknown; who: unknown }>(em, 'read', sql, [...s.values, pending.param]);
  return row;
}
