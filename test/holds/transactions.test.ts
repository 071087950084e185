import type { EntityManager } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { onWrite } from '../../server/src/core/crud/write-hooks';
import { rowCounts, sql, startHttpApp, type HttpApp } from './http-app';

/**
 * A mutation and what its write hooks write (the audit entry) are one
 * transaction, and the answer leaves only after the commit. The hook here
 * writes its own row, and can be told to fail or to dawdle before the commit.
 */
let h: HttpApp;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

beforeAll(async () => {
  h = await startHttpApp();
  await sql(h.dbUrl, 'create table hold_audit (record_id uuid not null, op text not null)');
  onWrite(async (em: EntityManager, _ctx, event) => {
    await em
      .getConnection()
      .execute('insert into hold_audit (record_id, op) values (?, ?)', [event.id, event.op], 'run', em.getTransactionContext());
    const name = String((event.after ?? event.before)?.name ?? '');
    if (name.includes('HOOK-FAILS') || (event.op === 'delete' && name.includes('NO-DELETE')))
      throw new Error('the audit could not be written');
    if (name.includes('HOOK-DAWDLES')) await sleep(600);
  });
});
afterAll(() => h?.close());

const create = (name: string) =>
  h.postAsAdmin({
    query: `mutation($input: ServiceCenterCreateInput!) { createServiceCenter(input: $input) { id name } }`,
    variables: { input: { name, kind: 'SUB_DISTRICT_OFFICE', legalForm: 'GOVERNMENT_AGENCY' } },
  });
const visible = async (name: string) => {
  const rows = await sql(
    h.dbUrl,
    'select s.id, (select count(*)::int from hold_audit a where a.record_id = s.id) as audits from service_center s where s.name = $1',
    [name],
  );
  return rows;
};

describe('one transaction per mutation, answered after commit', () => {
  it('writes the record and its audit row together, invisible to others until the commit, answered after it', async () => {
    const pending = create('HOOK-DAWDLES 中心');
    await sleep(300);
    // Mid-transaction: another connection sees neither the record nor its audit row.
    expect(await visible('HOOK-DAWDLES 中心')).toEqual([]);
    expect(Number((await sql(h.dbUrl, 'select count(*) from hold_audit'))[0].count)).toBe(0);
    expect(Number((await sql(h.dbUrl, "select count(*) from audit_entry where record_type = 'ServiceCenter'"))[0].count)).toBe(0);
    const res = await pending;
    // The moment the answer arrives, both are committed.
    const rows = await visible('HOOK-DAWDLES 中心');
    const body = await res.json();
    expect(rows).toEqual([{ id: body.data.createServiceCenter.id, audits: 1 }]);
    // The platform's own audit log (issue 4's hook) committed in the same transaction.
    expect(await sql(h.dbUrl, 'select action from audit_entry where record_id = $1', [body.data.createServiceCenter.id])).toHaveLength(1);
  });

  it('writes neither the record nor the audit row when the audit fails', async () => {
    const before = await rowCounts(h.dbUrl);
    const res = await create('HOOK-FAILS 中心');
    const body = await res.json();
    expect(body.errors[0].extensions.code).toBe('INTERNAL_SERVER_ERROR');
    expect(body.data).toBeNull();
    expect(await visible('HOOK-FAILS 中心')).toEqual([]);
    expect(await rowCounts(h.dbUrl)).toEqual(before);
  });

  it('leaves an update undone when its audit fails', async () => {
    const id = (await (await create('改名前')).json()).data.createServiceCenter.id;
    const before = await rowCounts(h.dbUrl);
    const res = await h.postAsAdmin({
      query: `mutation { updateServiceCenter(id: "${id}", input: { name: "HOOK-FAILS 改名" }) { name } }`,
    });
    expect((await res.json()).errors[0].extensions.code).toBe('INTERNAL_SERVER_ERROR');
    expect(await sql(h.dbUrl, 'select name, version from service_center where id = $1', [id])).toEqual([{ name: '改名前', version: 1 }]);
    expect(await rowCounts(h.dbUrl)).toEqual(before);
  });

  it('leaves a delete undone when its audit fails', async () => {
    const id = (await (await create('NO-DELETE 中心')).json()).data.createServiceCenter.id;
    const before = await rowCounts(h.dbUrl);
    const res = await h.postAsAdmin({ query: `mutation { deleteServiceCenter(id: "${id}") }` });
    expect((await res.json()).errors[0].extensions.code).toBe('INTERNAL_SERVER_ERROR');
    expect(await sql(h.dbUrl, 'select deleted_at, version from service_center where id = $1', [id])).toEqual([
      { deleted_at: null, version: 1 },
    ]);
    expect(await rowCounts(h.dbUrl)).toEqual(before);
  });
});
