import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cloneTemplateDatabase } from '../support/database';
import { recordFigure } from './figures';
import { sql } from './http-app';
import { adminSession, gqlAt, spawnServer, type ServerProcess } from './server-process';

/** SIGTERM: stop accepting, finish the requests in flight, close the pool, exit 0. */
let db: Awaited<ReturnType<typeof cloneTemplateDatabase>>;
let server: ServerProcess | undefined;
beforeAll(async () => {
  db = await cloneTemplateDatabase();
});
afterAll(async () => {
  server?.child.kill('SIGKILL');
  await db?.drop();
});

const backends = async () =>
  Number((await sql(db.url, 'select count(*) as n from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()'))[0].n);

describe('graceful shutdown', () => {
  it('finishes a request in flight after SIGTERM, refuses new connections, closes the pool', async () => {
    const { secret, token } = await adminSession(db.url);
    server = await spawnServer(db.url, { JWT_SECRET: secret });
    const created = await (await gqlAt(server.base, token, 'mutation { createServiceCenter(input: { name: "停机前", kind: SUB_DISTRICT_OFFICE, legalForm: GOVERNMENT_AGENCY }) { id } }')).json();
    const id = created.data.createServiceCenter.id;
    expect(await backends()).toBeGreaterThan(0);

    // Hold the row so the next update stays in flight until we let go.
    const locker = new pg.Client({ connectionString: db.url });
    await locker.connect();
    await locker.query('begin');
    await locker.query('select 1 from service_center where id = $1 for update', [id]);
    const inFlight = gqlAt(server.base, token, `mutation { updateServiceCenter(id: "${id}", input: { name: "停机中完成" }) { name version } }`);
    await new Promise((r) => setTimeout(r, 400));

    server.child.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 400));
    const refused = await fetch(`${server.base}/healthz`).then((r) => `status ${r.status}`, (e: Error) => e.message);
    expect(refused).toMatch(/fetch failed/);

    await locker.query('rollback');
    await locker.end();
    const res = await inFlight;
    expect(res.status).toBe(200);
    expect((await res.json()).data.updateServiceCenter).toEqual({ name: '停机中完成', version: 2 });

    expect(await server.exited).toBe(0);
    expect(server.output()).toMatch(/SIGTERM: finishing requests in flight/);
    expect(await backends()).toBe(0);
    const [row] = await sql(db.url, 'select name, version from service_center where id = $1', [id]);
    expect(row).toEqual({ name: '停机中完成', version: 2 });
    server = undefined;
    recordFigure('faults survived', 1);
  }, 90_000);
});
