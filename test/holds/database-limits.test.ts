import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowCounts, startHttpApp, type HttpApp } from './http-app';

/** PG_STATEMENT_TIMEOUT_MS and PG_POOL_MAX take effect: a slow statement fails alone. */
let h: HttpApp;
beforeAll(async () => {
  h = await startHttpApp({}, { statementTimeoutMs: 500, poolMax: 2 });
});
afterAll(() => h?.close());

const conn = () => h.app.orm.em.getConnection();
const quick = async () => {
  const res = await h.post({ query: '{ serviceCenters(first: 5) { totalCount } }' });
  return res.status === 200 && !(await res.json()).errors;
};

describe('statement timeout and pool size', () => {
  it('every pooled connection carries the statement timeout', async () => {
    const rows = await conn().execute('show statement_timeout');
    expect(rows[0].statement_timeout).toBe('500ms');
  });

  it('the pool opens at most PG_POOL_MAX connections', async () => {
    const started = Date.now();
    await Promise.all([1, 2, 3].map(() => conn().execute('select pg_sleep(0.3)')));
    // Two run side by side, the third waits for a free connection.
    expect(Date.now() - started).toBeGreaterThanOrEqual(550);
  });

  it('a slow statement is cut off while other requests succeed', async () => {
    const started = Date.now();
    const slow = conn()
      .execute('select pg_sleep(5)')
      .then(
        () => 'finished',
        (e: Error) => e.message,
      );
    const others = await Promise.all(Array.from({ length: 8 }, quick));
    expect(others.every(Boolean)).toBe(true);
    expect(await slow).toMatch(/statement timeout/);
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it('a mutation stuck behind a lock fails alone, writes nothing, and the server keeps answering', async () => {
    const created = await (
      await h.postAsAdmin({
        query:
          'mutation { createServiceCenter(input: { name: "锁定中心", kind: SUB_DISTRICT_OFFICE, legalForm: GOVERNMENT_AGENCY }) { id } }',
      })
    ).json();
    const id = created.data.createServiceCenter.id;
    const locker = new pg.Client({ connectionString: h.dbUrl });
    await locker.connect();
    await locker.query('begin');
    await locker.query('select * from service_center where id = $1 for update', [id]);
    try {
      const before = await rowCounts(h.dbUrl);
      const stuck = h.postAsAdmin({ query: `mutation { updateServiceCenter(id: "${id}", input: { name: "改名" }) { name } }` });
      expect(await quick()).toBe(true);
      const res = await stuck;
      const body = await res.json();
      expect(res.status).toBeLessThan(500);
      expect(body.errors[0].extensions.code).toBe('INTERNAL_SERVER_ERROR');
      expect(body.errors[0].message).not.toMatch(/statement|timeout|service_center|sql/i);
      expect(await rowCounts(h.dbUrl)).toEqual(before);
    } finally {
      await locker.query('rollback');
      await locker.end();
    }
    const after = await (await h.post({ query: `{ serviceCenter(id: "${id}") { name version } }` })).json();
    expect(after.data.serviceCenter).toEqual({ name: '锁定中心', version: 1 });
  });
});
