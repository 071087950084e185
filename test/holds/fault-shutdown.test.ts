import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { cloneTemplateDatabase } from '../support/database';
import { recordFigure } from './figures';
import { sql } from './http-app';
import { adminSession, gqlAt, spawnServer, type ServerProcess } from '../support/server-process';
import { freePort } from '../support/ports';

/**
 * SIGTERM: stop accepting, finish the requests in flight, close the pool, exit 0;
 * with DATABASE_URL and with the embedded PostgreSQL (which must outlive the requests).
 */
let server: ServerProcess | undefined;
const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  server?.child.kill('SIGKILL');
  for (const c of cleanups) await c().catch(() => undefined);
});

interface Mode {
  name: string;
  prepare(): Promise<{ url: string; env: Record<string, string>; embedded: boolean }>;
}
const modes: Mode[] = [
  {
    name: 'DATABASE_URL',
    async prepare() {
      const db = await cloneTemplateDatabase();
      cleanups.push(db.drop);
      return { url: db.url, env: { DATABASE_URL: db.url }, embedded: false };
    },
  },
  {
    name: 'embedded PostgreSQL',
    async prepare() {
      const dir = mkdtempSync(path.join(tmpdir(), 'holds-embedded-'));
      chmodSync(dir, 0o755);
      cleanups.push(async () => rmSync(dir, { recursive: true, force: true }));
      const port = String(await freePort());
      return {
        url: `postgresql://postgres:postgres@127.0.0.1:${port}/governance`,
        env: { DATABASE_URL: '', EMBEDDED_PG_DIR: path.join(dir, 'pg'), EMBEDDED_PG_PORT: port },
        embedded: true,
      };
    },
  },
];

const backends = async (url: string) =>
  Number(
    (await sql(url, 'select count(*) as n from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()'))[0].n,
  );

describe.each(modes.map((m) => [m.name, m] as const))('graceful shutdown (%s)', (_name, mode) => {
  it('finishes a request in flight after SIGTERM, refuses new connections, closes the pool', async () => {
    const { url, env, embedded } = await mode.prepare();
    // The embedded server's database exists only once the server has started: sign a token for a user created after.
    server = await spawnServer(url, env);
    const { token } = await adminSession(url, server);
    const created = await (
      await gqlAt(
        server.base,
        token,
        'mutation { createServiceCenter(input: { name: "停机前", kind: SUB_DISTRICT_OFFICE, legalForm: GOVERNMENT_AGENCY }) { id } }',
      )
    ).json();
    const id = created.data.createServiceCenter.id;
    expect(await backends(url)).toBeGreaterThan(0);

    // Hold the row so the next update stays in flight until we let go.
    const locker = new pg.Client({ connectionString: url });
    await locker.connect();
    await locker.query('begin');
    await locker.query('select 1 from service_center where id = $1 for update', [id]);
    const inFlight = gqlAt(
      server.base,
      token,
      `mutation { updateServiceCenter(id: "${id}", input: { name: "停机中完成" }) { name version } }`,
    );
    await new Promise((r) => setTimeout(r, 400));

    server.child.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 400));
    const refused = await fetch(`${server.base}/healthz`).then(
      (r) => `status ${r.status}`,
      (e: Error) => e.message,
    );
    expect(refused).toMatch(/fetch failed/);

    await locker.query('rollback');
    const res = await inFlight;
    expect(res.status).toBe(200);
    expect((await res.json()).data.updateServiceCenter).toEqual({ name: '停机中完成', version: 2 });

    // The pool closes before the process (and, embedded, before its database) goes.
    if (!embedded) {
      await locker.end();
      expect(await server.exited).toBe(0);
      expect(await backends(url)).toBe(0);
      expect(await sql(url, 'select name, version from service_center where id = $1', [id])).toEqual([{ name: '停机中完成', version: 2 }]);
    } else {
      // Our own connection keeps the embedded server from a fast stop only as long as we hold it.
      await locker.end();
      expect(await server.exited).toBe(0);
      await expect(sql(url, 'select 1')).rejects.toThrow();
    }
    expect(server.output()).toMatch(/SIGTERM: finishing requests in flight[\s\S]*closed/);
    server = undefined;
    recordFigure('faults survived', 1);
  }, 120_000);
});
