import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { signToken } from '../../server/src/modules/auth/token';
import { stopChild } from './child-process';
import { sql } from './sql';

const ROOT = path.resolve(__dirname, '../..');

/** The real server process (`tsx server/src/main.ts`) on a database of the test's choosing. */
export interface ServerProcess {
  child: ChildProcess;
  base: string;
  output: () => string;
  /** The JWT secret the process signs sessions with. */
  secret: string;
  /** Resolves with the exit code (or signal) once the process has ended. */
  exited: Promise<number | string>;
  /** SIGTERM, SIGKILL after 10 s; resolves once the process has ended. */
  stop: () => Promise<void>;
}

export async function spawnServer(databaseUrl: string, env: Record<string, string> = {}, startTimeoutMs = 60_000): Promise<ServerProcess> {
  const secret = env.JWT_SECRET ?? randomBytes(16).toString('hex');
  // `node --import tsx`, not node_modules/.bin/tsx: the tsx CLI runs the server in a
  // grandchild process, and a SIGKILL of the CLI would leave the real server running.
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PORT: '0',
      HOST: '127.0.0.1',
      DEMO: 'false',
      NODE_ENV: 'test',
      // The child's lines are kept in `output` (the tests read its start and stop lines), not printed.
      LOG_LEVEL: 'info',
      JWT_SECRET: secret,
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const exited = new Promise<number | string>((resolve) => child.on('exit', (code, signal) => resolve(code ?? signal ?? -1)));
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start within ${startTimeoutMs / 1000} s:\n${out}`)), startTimeoutMs);
    const look = () => {
      const m = /listening on http:\/\/localhost:(\d+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(Number(m[1]));
      }
    };
    child.stdout!.on('data', look);
    exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`server exited (${code}) before listening:\n${out}`));
    }, reject);
  });
  return { child, base: `http://127.0.0.1:${port}`, output: () => out, exited, secret, stop: () => stopChild(child) };
}

/** An ADMIN user in the database with a live session, and its token signed with the secret the child gets. */
export async function adminSession(databaseUrl: string, running?: ServerProcess): Promise<{ secret: string; token: string }> {
  const secret = running?.secret ?? randomBytes(16).toString('hex');
  const [session] = await sql(
    databaseUrl,
    `with u as (insert into app_user (id, version, created_at, updated_at, email, display_name, password_hash, role, active)
       values (gen_random_uuid(), 1, now(), now(), $1, '管理员', 'not-used', 'ADMIN', true) returning id)
     insert into app_session (id, user_id, created_at, expires_at) select gen_random_uuid(), id, now(), now() + interval '1 hour' from u returning id, user_id`,
    [`admin-${randomBytes(3).toString('hex')}@test.local`],
  );
  return { secret, token: signToken({ secret, ttlSeconds: 3600 }, { userId: session.user_id, sessionId: session.id }) };
}

export const gqlAt = (base: string, token: string | null, query: string, variables?: Record<string, unknown>) =>
  fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
