import type { MikroORM } from '@mikro-orm/postgresql';

/** Applies pending committed migrations; never synchronises the schema from entities at run time. */
export async function migrate(orm: MikroORM): Promise<string[]> {
  const applied = await orm.getMigrator().up();
  return applied.map((m) => m.name);
}
