import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  columnOf,
  forgetPrepared,
  isPinnedToPrimary,
  isPreparedOn,
  knexSql,
  logQuery,
  markPinnedToPrimary,
  poolUse,
  processWhere,
  replicaConnections,
  tableOf,
  withPooledClient,
  wrapMethod,
} from '../../server/src/db/orm-internals';
import { ok, startTestApp, type TestApp } from '../support/test-app';

/**
 * One test per assumption server/src/db/orm-internals.ts makes about MikroORM, knex
 * and pg beyond their public API: after an upgrade, a broken one fails here by name.
 */
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
  ok(
    await t.gql(
      'mutation { createServiceCenter(input: { name: "内部中心", kind: SUB_DISTRICT_OFFICE, legalForm: GOVERNMENT_AGENCY }) { id } }',
    ),
  );
});
afterAll(() => t?.close());

describe('what the platform assumes of its ORM and driver', () => {
  it('EntityManager.processWhere adds the soft-delete filter, and leaves it out when filters say so', async () => {
    const em = t.app.orm.em.fork();
    const live = await processWhere(em, 'ServiceCenter', { name: '内部中心' });
    expect(JSON.stringify(live)).toContain('deletedAt');
    const all = await processWhere(em, 'ServiceCenter', { name: '内部中心' }, { live: false });
    expect(JSON.stringify(all)).not.toContain('deletedAt');
  });

  it('metadata names the table and the columns, references by their foreign key', () => {
    const em = t.app.orm.em.fork();
    expect(tableOf(em, 'CommunityWorker')).toBe('community_worker');
    expect(columnOf(em, 'CommunityWorker', 'employmentType')).toBe('employment_type');
    expect(columnOf(em, 'CommunityWorker', 'community')).toBe('community_id');
    expect(() => columnOf(em, 'CommunityWorker', 'nosuch')).toThrow('CommunityWorker.nosuch has no column');
  });

  it('a query builder gives knex SQL with ? placeholders and its bindings', () => {
    const em = t.app.orm.em.fork();
    const { sql, bindings } = knexSql(em.createQueryBuilder('ServiceCenter', 's').select('id').where({ name: 'x' }) as never);
    expect(sql).toMatch(/where "s"\."name" = \?/);
    expect(bindings).toEqual(['x']);
  });

  it('pinning is an own property of one EntityManager, and a wrapped method replaces only its own', async () => {
    const em = t.app.orm.em.fork();
    const other = t.app.orm.em.fork();
    markPinnedToPrimary(em);
    expect([isPinnedToPrimary(em), isPinnedToPrimary(other), isPinnedToPrimary(em.fork())]).toEqual([true, false, false]);
    let calls = 0;
    wrapMethod<unknown[], unknown>(
      em,
      'count',
      (original) =>
        (...args) => (calls++, original(...args)),
    );
    await em.count('ServiceCenter', {});
    await other.count('ServiceCenter', {});
    expect(calls).toBe(1);
  });

  it('pg records the statements prepared on a connection by name, and prepares one again once forgotten', async () => {
    const connection = t.app.orm.em.getConnection('write');
    await withPooledClient(connection, async (client) => {
      await client.query({ name: 'orm_internals_probe', text: 'select 1 as one' });
      expect(isPreparedOn(client, 'orm_internals_probe')).toBe(true);
      await client.query({ text: 'deallocate "orm_internals_probe"' });
      forgetPrepared(client, 'orm_internals_probe');
      expect(isPreparedOn(client, 'orm_internals_probe')).toBe(false);
      expect((await client.query({ name: 'orm_internals_probe', text: 'select 1 as one' })).rows).toEqual([{ one: 1 }]);
    });
  });

  it('MikroORM logs a statement handed to its query log (the statement counts of the tests rely on it)', () => {
    t.queries.length = 0;
    logQuery(t.app.orm.em.getConnection('write'), 'select 42 /* orm-internals */', 1);
    expect(t.queries.some((q) => q.includes('select 42 /* orm-internals */'))).toBe(true);
  });

  it("knex's tarn pool counts the connections in use, idle and waited for (the /metrics pool gauges)", async () => {
    const connection = t.app.orm.em.getConnection('write');
    const idle = poolUse(connection);
    expect(idle.used).toBe(0);
    expect(idle.pending).toBe(0);
    await withPooledClient(connection, async () => {
      const held = poolUse(connection);
      expect(held.used).toBe(1);
      expect(held.free).toBe(Math.max(0, idle.free - 1));
    });
    expect(poolUse(connection).used).toBe(0);
    expect(replicaConnections(t.app.orm.em)).toEqual([]);
  });
});
