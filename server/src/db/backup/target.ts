import pg from 'pg';
import type { AppConfig } from '../../config';
import { openDatabase } from '../database';

/**
 * The database the scripts work on: DATABASE_URL, or the embedded server's
 * `governance` database, whether a running server already started it (it is
 * used as it is) or not (it is started for the job and stopped after).
 */
export async function openTarget(config: AppConfig): Promise<{ url: string; close: () => Promise<void> }> {
  if (config.databaseUrl) return { url: config.databaseUrl, close: async () => undefined };
  const url = `postgresql://postgres:postgres@127.0.0.1:${config.embeddedPort}/governance`;
  const probe = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  const running = await probe.connect().then(
    () => true,
    () => false,
  );
  await probe.end().catch(() => undefined);
  if (running) return { url, close: async () => undefined };
  const db = await openDatabase(config);
  return { url: db.url, close: db.stop };
}
