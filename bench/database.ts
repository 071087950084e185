import { spawn } from 'node:child_process';
import { MikroORM } from '@mikro-orm/postgresql';
import pg from 'pg';
import { appOrmConfig } from '../server/src/app';
import { dropDatabase, ensureDatabase, startEmbeddedPostgres } from '../server/src/db/embedded';
import { migrate } from '../server/src/db/migrate';
import { ROOT, type BenchOptions } from './options';

export interface BenchDatabase {
  url: string;
  /** pg_stat_statements answers: SQL statements per request can be counted. */
  statementStats: boolean;
  stop: () => Promise<void>;
}

const withDatabase = (serverUrl: string, name: string) => {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
};

async function one<T>(url: string, sql: string): Promise<T | null> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return ((await client.query(sql)).rows[0] as T) ?? null;
  } catch {
    return null;
  } finally {
    await client.end();
  }
}

/** The city is there when it has exactly the asked number of communities and its budget (loaded last). */
async function holdsCity(url: string, communities: number): Promise<boolean> {
  const row = await one<{ c: number; b: number }>(
    url,
    'select (select count(*) from community)::int c, (select count(*) from budget_line)::int b',
  );
  return row !== null && row.c === communities && row.b > 0;
}

function runSeed(url: string, communities: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'seeds/cli.ts', '--communities', String(communities)], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: url },
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`the synthetic city loader exited with ${code}`))));
  });
}

/**
 * A database holding the synthetic city, loaded once and kept: `governance_bench_<N>`
 * on DATABASE_URL's server, or on the bench's own embedded PostgreSQL (started with
 * pg_stat_statements, so statements per request can be counted).
 */
export async function openBenchDatabase(o: BenchOptions): Promise<BenchDatabase> {
  let serverUrl: string;
  let stop: () => Promise<void> = async () => undefined;
  if (o.databaseUrl) {
    serverUrl = withDatabase(o.databaseUrl, 'postgres');
  } else {
    const server = await startEmbeddedPostgres(o.embeddedDir, o.embeddedPort, true, [
      '-c',
      'shared_preload_libraries=pg_stat_statements',
      '-c',
      'max_connections=300',
    ]);
    serverUrl = server.url('postgres');
    stop = server.stop;
  }
  const name = `governance_bench_${o.communities}`;
  const url = withDatabase(serverUrl, name);
  await ensureDatabase(serverUrl, name);
  const migrateDatabase = async () => {
    const orm = await MikroORM.init(appOrmConfig({ clientUrl: url }));
    await migrate(orm);
    await orm.close(true);
  };
  if (await holdsCity(url, o.communities)) {
    console.log(`· ${name} already holds the city of ${o.communities} communities: not loading again`);
    // Migrations added since it was loaded (the servers expect the current schema).
    await migrateDatabase();
  } else {
    // A half-loaded database (an interrupted run) starts over.
    await dropDatabase(serverUrl, name);
    await ensureDatabase(serverUrl, name);
    await migrateDatabase();
    console.log(`· loading the synthetic city of ${o.communities} communities into ${name}`);
    const started = Date.now();
    await runSeed(url, o.communities);
    console.log(`· loaded in ${((Date.now() - started) / 1000).toFixed(0)} s`);
    await one(url, 'vacuum analyze');
  }
  await one(url, 'create extension if not exists pg_stat_statements');
  const statementStats = (await one(url, 'select count(*) from pg_stat_statements')) !== null;
  return { url, statementStats, stop };
}
