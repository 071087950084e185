import type { EntityManager } from '@mikro-orm/postgresql';
import { queryPrepared, statementName } from '../../db/prepared';

export interface Statement {
  /** Name of the prepared statement: the same text is parsed and planned once per connection. */
  name: string;
  text: string;
  values: unknown[];
}

export const statement = (text: string, values: unknown[]): Statement => ({ name: statementName(text), text, values });

/** The `data` a statement builds, read from a replica when there are replicas (queries never follow a write in the same request). */
export async function runStatement(em: EntityManager, s: Statement): Promise<unknown> {
  const [row] = await queryPrepared<{ data: unknown }>(em, 'read', s.name, s.text, s.values);
  return row.data;
}
