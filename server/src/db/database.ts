import type { AppConfig } from '../config';
import { ensureDatabase, startEmbeddedPostgres } from './embedded';

export interface Database {
  url: string;
  embedded: boolean;
  stop: () => Promise<void>;
}

/** DATABASE_URL when set; otherwise an embedded PostgreSQL keeping its data under .data/ (git-ignored). */
export async function openDatabase(config: AppConfig): Promise<Database> {
  if (config.databaseUrl) return { url: config.databaseUrl, embedded: false, stop: async () => undefined };
  const server = await startEmbeddedPostgres(config.embeddedDataDir, config.embeddedPort, true);
  try {
    await ensureDatabase(server.url('postgres'), 'governance');
  } catch (err) {
    // The caller gets no handle to stop it with: stop it here rather than leave it running.
    await server.stop();
    throw err;
  }
  return { url: server.url('governance'), embedded: true, stop: server.stop };
}
