import { randomBytes } from 'node:crypto';
import { MikroORM } from '@mikro-orm/postgresql';
import { appOrmConfig } from '../../server/src/app';
import { dropDatabase, ensureDatabase } from '../../server/src/db/embedded';
import { migrate } from '../../server/src/db/migrate';
import { cloneTemplateDatabase } from '../support/database';
export { sql } from '../support/sql';

/** Where the scale-out test runs: SCALE_* variables first (set by .ci/run), then the usual ones. */
export const scaleRedisUrl = () => process.env.SCALE_REDIS_URL || process.env.REDIS_URL || null;
const scaleDatabaseUrl = () => process.env.SCALE_DATABASE_URL || process.env.DATABASE_URL || null;

/** A migrated, empty database on SCALE_DATABASE_URL's (or DATABASE_URL's) server, else on the suite's server. */
export async function scaleDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const serverUrl = scaleDatabaseUrl();
  if (!serverUrl) return cloneTemplateDatabase();
  const name = `governance_scale_${randomBytes(4).toString('hex')}`;
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  await ensureDatabase(serverUrl, name);
  const orm = await MikroORM.init(appOrmConfig({ clientUrl: url.toString() }));
  await migrate(orm);
  await orm.close(true);
  return { url: url.toString(), drop: () => dropDatabase(serverUrl, name) };
}

export async function post(base: string, query: string, variables: Record<string, unknown> = {}, token?: string) {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return {
    status: res.status,
    body: (await res.json()) as { data?: any; errors?: Array<{ message: string; extensions?: { code?: string } }> },
  };
}
