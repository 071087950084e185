import type { AppConfig } from '../config';
import { ensureDatabase, startEmbeddedPostgres } from './embedded';

export interface Database {
  url: string;
  embedded: boolean;
  stop: () => Promise<void>;
}

/**
 * DATABASE_URL when set; otherwise an embedded PostgreSQL keeping its data under .data/ (git-ignored).
 * `log` hears what the embedded server reports (the server's logger; stderr for scripts).
 */
export async function openDatabase(config: AppConfig, log?: (message: string) => void): Promise<Database> {
  if (config.databaseUrl) return { url: config.databaseUrl, embedded: false, stop: async () => undefined };
  const server = await startEmbeddedPostgres(config.embeddedDataDir, config.embeddedPort, true, [], log);
  try {
    await ensureDatabase(server.url('postgres'), 'governance');
  } catch (err) {
    // The caller gets no handle to stop it with: stop it here rather than leave it running.
    await server.stop();
    throw err;
  }
  return { url: server.url('governance'), embedded: true, stop: server.stop };
}
