import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { namedSql, preparedPerConnection, queryPrepared } from '../../server/src/db/prepared';
import { startTestApp, type TestApp } from '../support/test-app';

// One connection, so every statement below is prepared on the same PostgreSQL session.
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ poolMax: 1 });
});
afterAll(() => t?.close());
afterEach(() => {
  preparedPerConnection.max = 200;
});

const COUNT = namedSql(`select count(*)::int as n, count(*) filter (where name like 'p\\_%')::int as ours from pg_prepared_statements`);
const prepared = async () => (await queryPrepared<{ n: number; ours: number }>(t.app.orm.em, 'read', COUNT, []))[0];

describe('named prepared statements', () => {
  it('keeps at most preparedPerConnection.max on a connection, dropping the least recently used', async () => {
    preparedPerConnection.max = 5;
    const statements = Array.from({ length: 12 }, (_, i) => namedSql(`select ${i}::int as i`));
    for (const [i, s] of statements.entries()) {
      expect((await queryPrepared<{ i: number }>(t.app.orm.em, 'read', s, []))[0].i).toBe(i);
    }
    // The bound holds in PostgreSQL itself, counting the statement that asks.
    expect((await prepared()).ours).toBe(5);
    // A dropped statement is prepared again when it is next used, and answers as before.
    expect((await queryPrepared<{ i: number }>(t.app.orm.em, 'read', statements[0], []))[0].i).toBe(0);
    expect((await prepared()).ours).toBe(5);
  });

  it('keeps every one below the bound', async () => {
    preparedPerConnection.max = 200;
    const before = (await prepared()).ours;
    for (let i = 0; i < 20; i += 1) await queryPrepared(t.app.orm.em, 'read', namedSql(`select ${i} + 100 as i`), []);
    expect((await prepared()).ours).toBe(before + 20);
  });
});
