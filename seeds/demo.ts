import type { MikroORM } from '@mikro-orm/postgresql';

/** Placeholder until the demo data set lands. */
export async function loadDemoIfEmpty(_orm: MikroORM): Promise<boolean> {
  return false;
}
