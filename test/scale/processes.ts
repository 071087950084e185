import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { MikroORM } from '@mikro-orm/postgresql';
import pg from 'pg';
import { dropDatabase, ensureDatabase } from '../../server/src/db/embedded';
import { migrate } from '../../server/src/db/migrate';
import { ormConfig } from '../../server/src/db/orm-config';
import { cloneTemplateDatabase } from '../support/database';

const ROOT = path.resolve(__dirname, '../..');

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
  const orm = await MikroORM.init(ormConfig({ clientUrl: url.toString() }));
  await migrate(orm);
  await orm.close(true);
  return { url: url.toString(), drop: () => dropDatabase(serverUrl, name) };
}

export async function sql<T = Record<string, any>>(url: string, text: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text, values)).rows as T[];
  } finally {
    await client.end();
  }
}

export interface ServerProcess {
  base: string;
  stop: () => Promise<void>;
}

/**
 * One real server process (`node --import tsx server/src/main.ts`: not the tsx CLI,
 * whose grandchild would outlive a kill) on port 0; resolves once it listens.
 */
export async function startServerProcess(env: Record<string, string>): Promise<ServerProcess> {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DEMO: 'false', NODE_ENV: 'test', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start within 90 s:\n${out}`)), 90_000);
    child.stdout!.on('data', () => {
      const m = /listening on http:\/\/localhost:(\d+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(Number(m[1]));
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited (${code}) before listening:\n${out}`));
    });
  });
  return {
    base: `http://127.0.0.1:${port}`,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        const force = setTimeout(() => child.kill('SIGKILL'), 10_000);
        child.once('exit', () => {
          clearTimeout(force);
          resolve();
        });
        child.kill('SIGTERM');
      }),
  };
}

export async function post(base: string, query: string, variables: Record<string, unknown> = {}, token?: string) {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, body: (await res.json()) as { data?: any; errors?: Array<{ message: string; extensions?: { code?: string } }> } };
}
