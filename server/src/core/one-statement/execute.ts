import type { EntityManager } from '@mikro-orm/postgresql';
import { queryPrepared, statementName } from '../../db/prepared';
import type { PendingViewer } from '../access/viewer';

export interface Statement {
  /** Name of the prepared statement: the same text is parsed and planned once per connection. */
  name: string;
  text: string;
  values: unknown[];
}

export const statement = (text: string, values: unknown[]): Statement => ({ name: statementName(text), text, values });

/**
 * The `data` a statement builds, read from a replica when there are replicas
 * (queries never follow a write in the same request); with an assumed viewer,
 * also `who`, the check of that viewer, from the same statement (the primary's
 * answer matters for a deactivation, but a replica lags by moments at most,
 * as it does for every other read).
 */
export async function runStatement(em: EntityManager, s: Statement, pending?: PendingViewer): Promise<{ data: unknown; who?: unknown }> {
  if (!pending) {
    const [row] = await queryPrepared<{ data: unknown }>(em, 'read', s.name, s.text, s.values);
    return row;
  }
  const text = `select ${pending.sql(`$${s.values.length + 1}`)} as who, q.data from (${s.text}) as q`;
  const [row] = await queryPrepared<{ data: unknown; who: unknown }>(em, 'read', statementName(text), text, [...s.values, pending.param]);
  return row;
}
