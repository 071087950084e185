import { describe, expect, it } from 'vitest';
import { MASKS } from '../../server/src/core/declare';
import { verifyChains } from '../../server/src/db/chain/verify';
import { CHAINED_TABLES } from '../../server/src/modules/audit';
import { useSmallCity } from '../support/fixtures';
import { sql } from '../support/sql';
import { ADMIN, ok, userViewer } from '../support/test-app';
import type { Viewer } from '../../server/src/core/access/viewer';

const env = useSmallCity();
const AUDITOR = userViewer('AUDITOR', { id: '00000000-0000-4000-8000-0000000000a1' });
const staff = () => userViewer('COMMUNITY_STAFF', { id: '00000000-0000-4000-8000-0000000000b1', communityId: env.city.communities[0] });
const centreAdmin = () => userViewer('CENTER_ADMIN', { id: '00000000-0000-4000-8000-0000000000c1', serviceCenterId: env.city.centers[0] });

const worker = async (fields: string, viewer: Viewer = ADMIN) =>
  ok(await env.t.gql(`query($id: ID!) { communityWorker(id: $id) { ${fields} } }`, { id: env.city.workers[0] }, viewer)).communityWorker;

const accessLog = async (filter: Record<string, unknown>, viewer: Viewer = AUDITOR) =>
  env.t.gql(
    `query($f: AccessLogFilter) { accessLog(filter: $f, first: 500) { totalCount nodes { actorId role recordType recordId field purpose requestId } } }`,
    { f: filter },
    viewer,
  );

describe('masks', () => {
  it('keep the ends of phones and identity numbers and the first character of names, in JS and SQL alike', async () => {
    expect(MASKS.phone.js('13800000001')).toBe('138****0001');
    expect(MASKS.idNumber.js('11010119800101103X')).toBe('110***********103X');
    expect(MASKS.name.js('张伟')).toBe('张*');
    expect(MASKS.name.js('欧阳娜娜')).toBe('欧***');
    expect(MASKS.name.js('李')).toBe('李*');
    const samples = ['13800000001', '11010119800101103X', '0571-8888', '1234567', '张伟', '欧阳娜娜', '李', '', '𠀋𠀌𠀍𠀎𠀏𠀐𠀑𠀒'];
    for (const [name, mask] of Object.entries(MASKS)) {
      const rows = await sql<{ v: string; m: string | null }>(env.t.url, `select v, ${mask.sql('v')} as m from unnest($1::text[]) as v`, [
        samples,
      ]);
      for (const r of rows) expect([name, r.v, r.m]).toEqual([name, r.v, mask.js(r.v)]);
      const nulls = await sql<{ m: string | null }>(env.t.url, `select ${mask.sql('null::text')} as m`);
      expect(nulls[0].m).toBeNull();
    }
  });
});

describe('masked by default, revealed on purpose', () => {
  it('shows every entitled role the masked value on both read paths, and writes no access-log entry for it', async () => {
    for (const viewer of [ADMIN, AUDITOR, staff(), centreAdmin()]) {
      expect(await worker('phone', viewer)).toEqual({ phone: '138****0001' });
      const list = ok(
        await env.t.gql(
          `query($c: ID!) { communityWorkers(filter: { communityId: { eq: $c } }) { nodes { name phone } } }`,
          { c: env.city.communities[0] },
          viewer,
        ),
      ).communityWorkers.nodes;
      expect(list.find((w: any) => w.name === '张伟').phone).toBe('138****0001');
    }
    for (const viewer of [ADMIN, AUDITOR]) expect(await worker('idNumber', viewer)).toEqual({ idNumber: '110***********103X' });
    const org = ok(
      await env.t.gql(`query($id: ID!) { socialOrganization(id: $id) { contactName } }`, { id: env.city.socialOrgs[0] }),
    ).socialOrganization;
    expect(org.contactName === null || /^\S\*+$/u.test(org.contactName)).toBe(true);
    expect(ok(await accessLog({ recordId: env.city.workers[0] })).accessLog.totalCount).toBe(0);
  });

  it('reads the clear value with @reveal and records who, which field of which record, the purpose and the request', async () => {
    const viewer = staff();
    const clear = await worker('name phone @reveal(purpose: CONTACT_PERSON)', viewer);
    expect(clear).toEqual({ name: '张伟', phone: '13800000001' });
    // Aliases of one field in one request are one read; another purpose is another entry.
    const twice = await worker('a: phone @reveal(purpose: CONTACT_PERSON) b: phone @reveal(purpose: CONTACT_PERSON) c: phone', viewer);
    expect(twice).toEqual({ a: '13800000001', b: '13800000001', c: '138****0001' });
    const id = await worker('idNumber @reveal(purpose: VERIFY_IDENTITY)', ADMIN);
    expect(id).toEqual({ idNumber: '11010119800101103X' });

    const log = ok(await accessLog({ recordId: env.city.workers[0] })).accessLog;
    const entry = (actorId: string, role: string, field: string, purpose: string) => ({
      actorId,
      role,
      recordType: 'CommunityWorker',
      recordId: env.city.workers[0],
      field,
      purpose,
      requestId: expect.any(String),
    });
    const staffId = '00000000-0000-4000-8000-0000000000b1';
    // Newest first: the admin's read, then the staff member's two requests.
    expect(log.nodes).toEqual([
      entry(ADMIN.kind === 'user' ? ADMIN.id : '', 'ADMIN', 'idNumber', 'VERIFY_IDENTITY'),
      entry(staffId, 'COMMUNITY_STAFF', 'phone', 'CONTACT_PERSON'),
      entry(staffId, 'COMMUNITY_STAFF', 'phone', 'CONTACT_PERSON'),
    ]);
    // "Who looked at this person's identity number": by the number, whichever record holds it.
    const byPerson = ok(await accessLog({ idNumber: '11010119800101103x', field: 'idNumber' })).accessLog;
    expect(byPerson.nodes.map((n: any) => [n.role, n.purpose])).toEqual([['ADMIN', 'VERIFY_IDENTITY']]);
  });

  it('reveals nothing to a caller not entitled to the field, and logs no read it did not get', async () => {
    const other = userViewer('COMMUNITY_STAFF', { id: '00000000-0000-4000-8000-0000000000b2', communityId: env.city.communities[2] });
    const res = await env.t.gql(
      `query($id: ID!) { communityWorker(id: $id) { name phone @reveal(purpose: CONTACT_PERSON) } }`,
      { id: env.city.workers[0] },
      other,
    );
    expect(res.data?.communityWorker).toEqual({ name: '张伟', phone: null });
    expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const log = ok(await accessLog({ actorId: '00000000-0000-4000-8000-0000000000b2' })).accessLog;
    expect(log.totalCount).toBe(0);
  });

  it('masks every RESTRICTED field, free text too: a review comment reads clear only when revealed', async () => {
    const review = ok(await env.t.gql(`{ performanceReviews { nodes { id comments } } }`)).performanceReviews.nodes[0];
    expect(review.comments).toBe('******');
    const clear = ok(
      await env.t.gql(`query($id: ID!) { performanceReview(id: $id) { comments @reveal(purpose: AUDIT_CHECK) } }`, { id: review.id }),
    );
    expect(clear.performanceReview.comments).toBe('表现突出');
    const log = ok(await accessLog({ recordId: review.id })).accessLog;
    expect(log.nodes.map((n: any) => [n.field, n.purpose])).toEqual([['comments', 'AUDIT_CHECK']]);
  });

  it('refuses an unknown purpose by name before anything is read', async () => {
    const res = await env.t.gql(`query($id: ID!) { communityWorker(id: $id) { phone @reveal(purpose: CURIOSITY) } }`, {
      id: env.city.workers[0],
    });
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].message).toMatch(/CURIOSITY/);
  });

  it('shows masked values in the audit log and in the duplicate report too', async () => {
    const entries = ok(
      await env.t.gql(
        `query($id: ID!) { auditLog(filter: { recordId: $id }) { nodes { action changes { field after } } } }`,
        { id: env.city.workers[0] },
        AUDITOR,
      ),
    ).auditLog.nodes;
    const created = entries.find((e: any) => e.action === 'CREATE');
    expect(created.changes.find((c: any) => c.field === 'phone').after).toBe('"138****0001"');
    expect(created.changes.find((c: any) => c.field === 'idNumber').after).toBe('"110***********103X"');
    ok(
      await env.t.gql(
        `mutation($o: ID!) { createPartyMember(input: { organizationId: $o, name: "张伟", status: FULL, idNumber: "11010119800101103X" }) { id } }`,
        { o: env.city.partyOrgs[1] },
      ),
    );
    const groups = ok(await env.t.gql(`{ duplicatePeople { by values } }`)).duplicatePeople;
    expect(groups).toContainEqual({ by: ['idNumber'], values: ['110***********103X'] });
  });
});

describe('the access log', () => {
  it('is read by AUDITOR only: not ADMIN, staff, centre admins or partners', async () => {
    for (const viewer of [ADMIN, staff(), centreAdmin(), { kind: 'partner', keyId: 'k', name: 'p', scopes: ['people:read'] } as Viewer]) {
      const res = await accessLog({}, viewer);
      expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect(res.data ?? null).toBeNull();
    }
  });

  it('is hash-chained: verify passes as written and names an entry edited in the database', async () => {
    ok(
      await env.t.gql(`query($id: ID!) { communityWorker(id: $id) { phone @reveal(purpose: HANDLE_MATTER) } }`, {
        id: env.city.workers[0],
      }),
    );
    const access = CHAINED_TABLES.filter((c) => c.chain === 'access');
    const [intact] = await verifyChains(env.t.url, access);
    expect(intact.broken).toBeNull();
    expect(intact.entries).toBeGreaterThan(0);
    const [last] = await sql<{ id: string; seq: string }>(env.t.url, 'select id, seq from access_log_entry order by seq desc limit 1');
    await sql(env.t.url, `update access_log_entry set purpose = 'AUDIT_CHECK' where id = $1`, [last.id]);
    const [broken] = await verifyChains(env.t.url, access);
    expect(broken.broken).toMatchObject({ fault: 'content changed', id: String(last.id), seq: Number(last.seq) });
    await sql(env.t.url, `update access_log_entry set purpose = 'HANDLE_MATTER' where id = $1`, [last.id]);
    expect((await verifyChains(env.t.url, access))[0].broken).toBeNull();
  });

  it('withholds the answer when the reads cannot be recorded: no clear value leaves unlogged', async () => {
    await sql(
      env.t.url,
      `create function refuse_access_log() returns trigger language plpgsql as $$ begin raise exception 'access log down'; end $$;
       create trigger refuse_access_log before insert on access_log_entry for each row execute function refuse_access_log();`,
    );
    try {
      const res = await env.t.gql(`query($id: ID!) { communityWorker(id: $id) { phone @reveal(purpose: CONTACT_PERSON) } }`, {
        id: env.city.workers[0],
      });
      expect(res.data ?? null).toBeNull();
      expect(res.errors?.[0].extensions?.code).toBe('INTERNAL_SERVER_ERROR');
      expect(JSON.stringify(res)).not.toContain('13800000001');
      // Masked reads record nothing, so they are served as ever.
      expect(ok(await env.t.gql(`query($id: ID!) { communityWorker(id: $id) { phone } }`, { id: env.city.workers[0] }))).toEqual({
        communityWorker: { phone: '138****0001' },
      });
    } finally {
      await sql(env.t.url, 'drop trigger refuse_access_log on access_log_entry; drop function refuse_access_log()');
    }
  });

  it('refuses a malformed identity number by its path', async () => {
    const res = await accessLog({ idNumber: '123' });
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(res.errors?.[0].extensions)).toContain('filter.idNumber');
  });
});
