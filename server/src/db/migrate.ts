import type { MikroORM } from '@mikro-orm/postgresql';
import { fillSearchForms } from './search-backfill';

/**
 * Applies pending committed migrations; never synchronises the schema from entities at run time.
 * Then fills derived search columns a migration could not compute (rows stored before them).
 */
export async function migrate(orm: MikroORM): Promise<string[]> {
  const applied = await orm.getMigrator().up();
  const knex = orm.em.getKnex();
  await fillSearchForms(async (sql, params) => ((await knex.raw(sql.replace(/\$(\d+)/g, '?'), params as never[])) as { rows: [] }).rows);
  return applied.map((m) => m.name);
}
