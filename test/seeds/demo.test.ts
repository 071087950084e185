import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyPassword } from '../../server/src/modules/auth';
import { loadDemo, loadDemoIfEmpty } from '../../seeds/demo';
import { demoPasswordHash, DEMO_PASSWORD } from '../../seeds/demo-accounts';
import { buildDemoSet, DEMO_TODAY } from '../../seeds/demo/index';
import { problemsIn } from '../../seeds/db/validate';
import { TABLE_ORDER } from '../../seeds/db/tables';
import { ANONYMOUS, ok, startTestApp, type TestApp } from '../support/test-app';
import { count, MISMATCH_SQL, tableHashes, timelineProblems, UNFUNDED_SQL } from './helpers';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
  expect(await loadDemoIfEmpty(t.app.orm)).toBe(true);
});
afterAll(() => t?.close());

describe('demo data set', () => {
  it('loads once: a second call finds service centres and leaves the database alone', async () => {
    expect(await loadDemoIfEmpty(t.app.orm)).toBe(false);
    expect(await count(t.app.orm, 'select count(*) as n from service_center')).toBe(2);
  });

  it('has the district the README describes', async () => {
    const orm = t.app.orm;
    expect(await count(orm, 'select count(*) as n from community where deleted_at is null')).toBe(12);
    expect(await count(orm, 'select count(*) as n from duty_item where deleted_at is null')).toBeGreaterThanOrEqual(40);
    expect(
      await count(orm, "select count(*) as n from duty_item where status = 'PUBLISHED' and (legal_basis is null or legal_basis = '')"),
    ).toBe(0);
    expect(await count(orm, 'select count(distinct fiscal_year) as n from budget_line')).toBe(3);
    expect(await count(orm, 'select count(*) as n from budget_line where fiscal_year not in (2024, 2025, 2026)')).toBe(0);
    // Communities per centre, compounds and workers per community within the brief's ranges.
    expect(await count(orm, 'select count(*) as n from (select service_center_id from community group by 1 having count(*) = 6) x')).toBe(
      2,
    );
    expect(
      await count(
        orm,
        'select count(*) as n from (select community_id from compound where deleted_at is null group by 1 having count(*) not between 2 and 5) x',
      ),
    ).toBe(0);
    expect(
      await count(
        orm,
        "select count(*) as n from (select community_id from community_worker where status = 'ACTIVE' and deleted_at is null group by 1 having count(*) not between 8 and 20) x",
      ),
    ).toBe(0);
    expect(await count(orm, 'select count(distinct employment_type) as n from community_worker')).toBe(4);
    expect(await count(orm, 'select count(distinct position) as n from community_worker')).toBe(5);
    for (const table of TABLE_ORDER) expect(await count(orm, `select count(*) as n from "${table}"`), table).toBeGreaterThan(0);
  });

  it('shows a party service centre doing approvals it has no power for', async () => {
    const n = await count(
      t.app.orm,
      `select count(*) as n ${MISMATCH_SQL} and d.required_power = 'APPROVAL' and sc.kind = 'PARTY_SERVICE_CENTER'`,
    );
    expect(n).toBeGreaterThanOrEqual(1);
  });

  it('shows duties handed down without money for 2026', async () => {
    expect(await count(t.app.orm, `select count(*) as n ${UNFUNDED_SQL}`, [2026])).toBeGreaterThanOrEqual(1);
  });

  it('keeps history: counts as of a date differ, and a few rows are soft-deleted', async () => {
    const orm = t.app.orm;
    const asOf = (day: string) =>
      count(orm, 'select count(*) as n from community where created_at <= ? and (deleted_at is null or deleted_at > ?)', [day, day]);
    expect(await asOf('2016-01-01')).toBeLessThan(await asOf('2026-11-20'));
    expect(await count(orm, "select count(*) as n from community_worker where created_at >= '2025-01-01'")).toBeGreaterThan(0);
    for (const table of ['compound', 'community_worker', 'party_member', 'social_organization', 'budget_line', 'council_meeting']) {
      expect(await count(orm, `select count(*) as n from "${table}" where deleted_at is not null`), table).toBeGreaterThan(0);
    }
  });

  it('lets the demo admin log in with the demo password', async () => {
    const res = ok(
      await t.gql(`mutation { login(email: "admin@example.org", password: "demo-password") { token user { role } } }`, {}, ANONYMOUS),
    );
    expect(res.login.user.role).toBe('ADMIN');
    expect(res.login.token).toEqual(expect.any(String));
    const center = ok(
      await t.gql(
        `mutation { login(email: "center@example.org", password: "demo-password") { user { role serviceCenterId } } }`,
        {},
        ANONYMOUS,
      ),
    );
    expect(center.login.user.role).toBe('CENTER_ADMIN');
    const first = await runFirstCenter();
    expect(center.login.user.serviceCenterId).toBe(first);
  });

  it('is deterministic: a second database gets the same rows, ids and hashes included', async () => {
    const other = await startTestApp();
    try {
      await loadDemo(other.app.orm);
      expect(await tableHashes(other.app.orm)).toEqual(await tableHashes(t.app.orm));
    } finally {
      await other.close();
    }
  });

  it('passes the declared rules, and the check would catch a broken row', async () => {
    const set = buildDemoSet();
    for (const table of TABLE_ORDER) expect(problemsIn(table, set[table]), table).toEqual([]);
    const line = set.budget_line.find((l) => l.direction === 'INCOME')!;
    expect(
      problemsIn('budget_line', [
        {
          ...line,
          category: 'STAFF',
          community_id: line.service_center_id ?? line.community_id,
          service_center_id: line.service_center_id ?? line.community_id,
        },
      ]).length,
    ).toBeGreaterThanOrEqual(2);
    expect(await verifyPassword(DEMO_PASSWORD, await demoPasswordHash('admin@example.org'))).toBe(true);
  });

  it('has a coherent timeline: nothing refers to what did not exist yet', () => {
    const set = buildDemoSet();
    expect(
      timelineProblems(
        TABLE_ORDER.map((t) => [t, set[t]]),
        DEMO_TODAY,
      ),
    ).toEqual([]);
  });
});

async function runFirstCenter(): Promise<string> {
  const res = ok(await t.gql(`{ serviceCenters { nodes { id name kind } } }`));
  const nodes = res.serviceCenters.nodes as Array<{ id: string; kind: string }>;
  expect(nodes[0].kind).toBe('PARTY_SERVICE_CENTER');
  return nodes[0].id;
}
