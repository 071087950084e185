import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MASKS } from '../../server/src/core/declare';
import { loadDemo } from '../../seeds/demo';
import { ok, startTestApp, userViewer, type TestApp } from '../support/test-app';
import { sql } from '../support/sql';

/**
 * A person's data on request: the demo district has people who are both a worker and a party
 * member (duplicatePeople); the export must hold every row that holds their number and every
 * row pointing at those (found here from the database's own foreign keys, not the declarations).
 */
let t: TestApp;
let idNumber: string;
const QUERY = 'query($n: String!) { personData(idNumber: $n) { fileName mimeType content contentClasses recordCount generatedAt } }';

beforeAll(async () => {
  t = await startTestApp();
  await loadDemo(t.app.orm);
  // The worker entered twice by mistake (the twin soft-deleted) holds the number in two rows; the demo
  // data has no worker who is also a party member, so one is made through the API (audited).
  const [twin] = await sql(
    t.url,
    'select id_number from community_worker where id_number is not null group by 1 having count(*) > 1 and count(deleted_at) > 0',
  );
  idNumber = twin.id_number;
  const [org] = await sql(t.url, 'select id from party_organization where deleted_at is null order by id limit 1');
  const [gender] = await sql(t.url, 'select gender from community_worker where id_number = $1 limit 1', [idNumber]);
  ok(
    await t.gql(
      'mutation($o: ID!, $n: String, $g: Gender) { createPartyMember(input: { organizationId: $o, name: "同一人", idNumber: $n, gender: $g }) { id } }',
      {
        o: org.id,
        n: idNumber,
        g: gender.gender,
      },
    ),
  );
  const { duplicatePeople } = ok(await t.gql('{ duplicatePeople(first: 500) { values records { type } } }'));
  // The report shows the number masked, as the field reads without @reveal.
  const group = duplicatePeople.find(
    (g: { values: string[]; records: Array<{ type: string }> }) =>
      g.values.includes(MASKS.idNumber.js(idNumber)) && g.records.some((r) => r.type === 'PartyMember'),
  );
  expect(new Set(group.records.map((r: { type: string }) => r.type))).toEqual(new Set(['CommunityWorker', 'PartyMember']));
}, 240_000);
afterAll(() => t?.close());

/** Rows of every table whose foreign key points at one of `ids` of `table`, from pg_constraint. */
async function referencing(table: string, ids: string[]): Promise<Array<{ table: string; id: string }>> {
  const fks = await sql(
    t.url,
    `select cl.relname as child, a.attname as col from pg_constraint c
     join pg_class cl on cl.oid = c.conrelid join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
     where c.contype = 'f' and c.confrelid = $1::regclass`,
    [table],
  );
  const out: Array<{ table: string; id: string }> = [];
  for (const fk of fks)
    for (const r of await sql(t.url, `select id from "${fk.child}" where "${fk.col}" = any($1::uuid[])`, [ids]))
      out.push({ table: fk.child, id: r.id });
  return out;
}

describe('personData', () => {
  it('holds every record with the number, every record pointing at them, and their audit entries; and is audited', async () => {
    // A write through the API, so the person has audit entries to show.
    const [worker] = await sql(t.url, 'select id, version from community_worker where id_number = $1 and deleted_at is null limit 1', [
      idNumber,
    ]);
    ok(await t.gql('mutation($id: ID!) { updateCommunityWorker(id: $id, input: { education: BACHELOR }) { id } }', { id: worker.id }));
    // A clear read before the export: the export lists who looked at the person's data.
    ok(await t.gql('query($id: ID!) { communityWorker(id: $id) { idNumber @reveal(purpose: VERIFY_IDENTITY) } }', { id: worker.id }));

    const { personData } = ok(await t.gql(QUERY, { n: idNumber.toLowerCase() }));
    expect(personData.mimeType).toBe('application/json');
    expect(personData.fileName).toMatch(/^person-data-.*\.json$/);
    expect(personData.fileName).not.toContain(idNumber);
    const doc = JSON.parse(personData.content);
    expect(doc).toMatchObject({ format: 'governance-person-data', version: 1, idNumber, requestedBy: 'admin@test.local' });
    expect(doc.contentClasses).toEqual(personData.contentClasses);
    expect(doc.contentClasses).toContain('RESTRICTED');

    const workers = await sql(t.url, 'select id from community_worker where id_number = $1', [idNumber]);
    // The deleted twin is held too, so it is in the export.
    expect(workers.length).toBe(2);
    const members = await sql(t.url, 'select id from party_member where id_number = $1', [idNumber]);
    const key = (r: { type?: string; table?: string; id: string }) => `${r.type ?? r.table}:${r.id}`;
    const table = (type: string) => type.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();
    expect(doc.records.map((r: { type: string; id: string }) => `${table(r.type)}:${r.id}`).sort()).toEqual(
      [...workers.map((w) => `community_worker:${w.id}`), ...members.map((m) => `party_member:${m.id}`)].sort(),
    );
    expect(personData.recordCount).toBe(workers.length + members.length);
    expect(doc.records.find((r: { id: string }) => r.id === worker.id).values).toMatchObject({ idNumber, education: 'BACHELOR' });

    const children = [
      ...(await referencing(
        'community_worker',
        workers.map((w) => w.id),
      )),
      ...(await referencing(
        'party_member',
        members.map((m) => m.id),
      )),
    ];
    expect(doc.children.map((c: { type: string; id: string }) => `${table(c.type)}:${c.id}`).sort()).toEqual(children.map(key).sort());
    // The demo worker has training records or reviews: the check above is not of an empty list.
    expect(doc.children.length).toBeGreaterThan(0);

    const ids = [...doc.records, ...doc.children].map((r: { id: string }) => r.id);
    const audits = await sql(t.url, `select id from audit_entry where record_id = any($1) and action <> 'PERSON_EXPORT' order by id`, [
      ids,
    ]);
    expect(doc.sections.auditEntries.map((e: { id: string }) => e.id)).toEqual(audits.map((a) => String(a.id)));
    expect(doc.sections.auditEntries.some((e: { action: string }) => e.action === 'UPDATE')).toBe(true);

    expect(doc.sections.accessLogEntries).toEqual([
      expect.objectContaining({ recordId: worker.id, field: 'idNumber', purpose: 'VERIFY_IDENTITY', role: 'ADMIN' }),
    ]);
    // The export holds the masked fields in clear: each of those reads is in the access log too, for the person's request.
    const logged = await sql(t.url, `select record_id, field from access_log_entry where purpose = 'HANDLE_MATTER'`);
    expect(logged).toContainEqual({ record_id: worker.id, field: 'idNumber' });

    // The request is audited once per record found, with the requester and without the number.
    const exports = await sql(t.url, `select * from audit_entry where action = 'PERSON_EXPORT'`);
    expect(exports.map((e) => `${table(e.record_type)}:${e.record_id}`).sort()).toEqual(
      doc.records.map((r: { type: string; id: string }) => `${table(r.type)}:${r.id}`).sort(),
    );
    for (const e of exports) {
      expect(e).toMatchObject({ actor_name: 'admin@test.local', role: 'ADMIN' });
      expect(JSON.stringify(e)).not.toContain(idNumber);
    }
  });

  it('answers a number nobody holds with an empty document, audited without the number', async () => {
    const nobody = '11010519491231002X';
    const before = Number((await sql(t.url, `select count(*) as n from audit_entry where action = 'PERSON_EXPORT'`))[0].n);
    const { personData } = ok(await t.gql(QUERY, { n: nobody }));
    const doc = JSON.parse(personData.content);
    expect([doc.records, doc.children, doc.sections.auditEntries, doc.sections.accessLogEntries, personData.recordCount]).toEqual([
      [],
      [],
      [],
      [],
      0,
    ]);
    const entries = await sql(t.url, `select * from audit_entry where action = 'PERSON_EXPORT' order by id offset $1`, [before]);
    expect(entries).toHaveLength(1);
    expect(entries[0].record_id).toBeNull();
    expect(JSON.stringify(entries[0])).not.toContain(nobody);
  });

  it('is for ADMIN only, and refuses an invalid number naming the argument', async () => {
    for (const role of ['AUDITOR', 'CENTER_ADMIN', 'COMMUNITY_STAFF'] as const) {
      const res = await t.gql(QUERY, { n: idNumber }, userViewer(role));
      expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect(res.data).toBeNull();
    }
    const bad = await t.gql(QUERY, { n: '110105194912310021' });
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'idNumber' }] });
    expect((bad.errors?.[0].extensions?.fields as Array<{ message: string }>)[0].message).toMatch(
      /^idNumber is not a valid 居民身份证号码/,
    );
    const partner = await t.gql(
      QUERY,
      { n: idNumber },
      { kind: 'partner', keyId: 'k', name: 'p', scopes: ['people:read'], allowedDocuments: null },
    );
    expect(partner.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
