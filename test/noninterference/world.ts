import pg from 'pg';
import { createApp, type App } from '../../server/src/app';
import type { AppConfig } from '../../server/src/config';
import { loadDemo } from '../../seeds/demo';
import { demoIds } from '../../seeds/demo/index';
import { cloneTemplateDatabase, copyDatabase } from '../support/database';
import { ADMIN, ANONYMOUS, ok, runAs, testConfig } from '../support/test-app';

/**
 * Two databases that start identical: A stays as it is, B is changed by each pair
 * (pairs.ts) and changed back. Both served by their own app with one configuration
 * (the same secret, so cursors are comparable), the figure cache off (a change made
 * with SQL bumps no cache version) and query limits raised for the batched corpus.
 */
export interface World {
  a: App;
  b: App;
  /** B's own connection for the pairs' changes (values as PostgreSQL's text). */
  sqlB: pg.Client;
  /** A read-only look at A's rows, to build pairs and the corpus from. */
  sqlA: pg.Client;
  fixture: Fixture;
  close(): Promise<void>;
}

/** Rows the callers and the corpus name. */
export interface Fixture {
  centerX: string;
  communityA: string;
  users: { staff: string; center: string; auditor: string; all: string[] };
  year: number;
}

/** Values come back as PostgreSQL's text, go in as text: nothing is re-typed on the way. */
const RAW = { getTypeParser: () => (v: string) => v } as unknown as pg.CustomTypesConfig;

export async function connectRaw(url: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url, types: RAW });
  await client.connect();
  return client;
}

export function harnessConfig(): AppConfig {
  const base = testConfig();
  return {
    ...base,
    cache: { ...base.cache, enabled: false },
    limits: { ...base.limits, maxAliases: 2000, maxCost: 50_000_000, maxTokens: 1_000_000, maxDepth: 20 },
  };
}

const gql = async (app: App, query: string, variables?: Record<string, unknown>) => ok(await runAs(app, query, variables, ADMIN));

/** Twins: fresh rows equal in every figure input but one, so a swap between them changes no figure (pairs.ts). */
async function addTwins(app: App, communityA: string): Promise<void> {
  const line = (amount: string, description: string) =>
    gql(
      app,
      `mutation { createBudgetLine(input: { communityId: "${communityA}", fiscalYear: 2026, direction: INCOME, source: SOCIAL_DONATION,
      amount: "${amount}", description: "${description}", status: PLANNED }) { id } }`,
    );
  for (const [amount, d] of [
    ['1200.00', '孪生甲'],
    ['3400.50', '孪生乙'],
    ['560.25', '孪生丙'],
    ['7800.00', '孪生丁'],
  ])
    await line(amount, d);
  const worker = (name: string, employmentType: string, communityId = communityA) =>
    gql(
      app,
      `mutation { createCommunityWorker(input: { communityId: "${communityId}", name: "${name}", employmentType: ${employmentType}, phone: "13700000000" }) { id } }`,
    );
  await worker('孪生工作者甲', 'GRID_WORKER');
  await worker('孪生工作者乙', 'REGISTERED');
  await worker('孪生工作者丙', 'OTHER');
  const trainee = await worker('培训孪生', 'REGISTERED');
  for (const hours of [4, 9]) {
    await gql(
      app,
      `mutation { createTrainingRecord(input: { workerId: "${trainee.createCommunityWorker.id}", course: "孪生课程", hours: ${hours}, completedOn: "2026-06-01" }) { id } }`,
    );
  }
  const orgs = (await app.orm.em
    .getConnection()
    .execute(`select id from party_organization where deleted_at is null order by id limit 2`)) as Array<{ id: string }>;
  for (const [i, o] of orgs.entries()) {
    await gql(
      app,
      `mutation { createPartyMember(input: { organizationId: "${o.id}", name: "孪生党员${i}", status: FULL, phone: "1390000000${i}" }) { id } }`,
    );
  }
}

/** ADMIN publishes the report of the harness's year, for the city (null) or a centre. */
async function publishReports(app: App, scopes: Array<string | null>): Promise<void> {
  for (const s of scopes) await gql(app, 'mutation($s: ID) { publishReport(year: 2026, serviceCenterId: $s) { id } }', { s });
}

/** Audit entries of changes to fields some callers may not read, soft-deleted rows, users and API keys. */
async function addHistory(app: App, communityA: string): Promise<Fixture['users']> {
  const conn = app.orm.em.getConnection();
  const [w] = (await conn.execute(`select id from community_worker where community_id = ? and status = 'ACTIVE' order by id limit 1`, [
    communityA,
  ])) as Array<{ id: string }>;
  await gql(
    app,
    `mutation { updateCommunityWorker(id: "${w.id}", input: { phone: "13912345678", monthlySalary: "5555.55", idNumber: "11010119900307117X", birthYear: 1990, gender: MALE }) { id } }`,
  );
  const [m] = (await conn.execute(`select id from party_member order by id limit 1`)) as Array<{ id: string }>;
  await gql(app, `mutation { updatePartyMember(id: "${m.id}", input: { phone: "13811112222" }) { id } }`);
  const [b] = (await conn.execute(`select id from budget_line where community_id = ? order by id limit 1`, [communityA])) as Array<{
    id: string;
  }>;
  await gql(app, `mutation { updateBudgetLine(id: "${b.id}", input: { description: "审计可见的修改" }) { id } }`);
  // Funding of an assignment of a draft duty item: visible lines pointing at what some callers may not see.
  const [draft] = (await conn.execute(`select id from duty_item where status = 'DRAFT' order by id limit 1`)) as Array<{ id: string }>;
  const assigned = await gql(
    app,
    `mutation { createDutyAssignment(input: { dutyItemId: "${draft.id}", communityId: "${communityA}", assignedOn: "2026-02-01" }) { id } }`,
  );
  await gql(
    app,
    `mutation { createBudgetLine(input: { communityId: "${communityA}", fiscalYear: 2026, direction: EXPENDITURE, category: DUTY_FUNDING,
    amount: "4321.00", dutyAssignmentId: "${assigned.createDutyAssignment.id}", status: APPROVED }) { id } }`,
  );
  const [c] = (await conn.execute(`select id from compound where community_id = ? order by id limit 1`, [communityA])) as Array<{
    id: string;
  }>;
  await gql(app, `mutation { deleteCompound(id: "${c.id}") }`);
  const user = async (email: string, role: string, binding = '') =>
    (
      await gql(
        app,
        `mutation { createUser(input: { email: "${email}", displayName: "${email}", password: "harness-password-1", role: ${role} ${binding} }) { id } }`,
      )
    ).createUser.id as string;
  const staff = await user('ni-staff@test.local', 'COMMUNITY_STAFF', `, communityId: "${communityA}"`);
  const center = await user('ni-center@test.local', 'CENTER_ADMIN', `, serviceCenterId: "${demoIds('service_center', 'JB')}"`);
  const auditor = await user('ni-auditor@test.local', 'AUDITOR');
  const others = [];
  for (let i = 0; i < 10; i++) others.push(await user(`ni-user-${i}@test.local`, i % 2 ? 'AUDITOR' : 'ADMIN'));
  // A session and a failed login's throttle row: state no caller may read.
  await runAs(app, 'mutation { login(email: "ni-user-0@test.local", password: "harness-password-1") { token } }', {}, ANONYMOUS);
  await runAs(app, 'mutation { login(email: "ni-user-1@test.local", password: "wrong password") { token } }', {}, ANONYMOUS);
  for (const scopes of [['community:read'], ['budget:read'], ['people:read', 'org:read']]) {
    await gql(app, `mutation($s: [String!]!) { createApiKey(input: { name: "ni-${scopes.join('+')}", scopes: $s }) { key } }`, {
      s: scopes,
    });
  }
  return { staff, center, auditor, all: [staff, center, auditor, ...others] };
}

export async function buildWorld(): Promise<World> {
  const config = harnessConfig();
  const dbA = await cloneTemplateDatabase();
  const builder = await createApp(config, dbA.url);
  await loadDemo(builder.orm);
  const communityA = demoIds('community', 'DH-001');
  // Publications before and after the rows added below: one superseded, and comparisons with changes (publication-items.ts).
  await publishReports(builder, [null, demoIds('service_center', 'JB')]);
  await addTwins(builder, communityA);
  await publishReports(builder, [null]);
  const users = await addHistory(builder, communityA);
  await builder.orm.em.getConnection().execute('analyze');
  await builder.close();
  const dbB = await copyDatabase(dbA.url);
  const [a, b] = await Promise.all([createApp(config, dbA.url), createApp(config, dbB.url)]);
  const [sqlA, sqlB] = await Promise.all([connectRaw(dbA.url), connectRaw(dbB.url)]);
  return {
    a,
    b,
    sqlA,
    sqlB,
    fixture: { centerX: demoIds('service_center', 'JB'), communityA, users, year: 2026 },
    async close() {
      await Promise.allSettled([sqlA.end(), sqlB.end()]);
      await Promise.allSettled([a.close(), b.close()]);
      await Promise.allSettled([dbA.drop(), dbB.drop()]);
    },
  };
}
