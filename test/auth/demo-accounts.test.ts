import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemoIfEmpty } from '../../seeds/demo';
import { DEMO_BINDING } from '../../seeds/demo-accounts';
import { startTestApp, type TestApp } from '../support/test-app';

/** The demo accounts of api-contract behave as their roles say, through HTTP as a client would use them. */
let t: TestApp;
let base: string;
const tokens: Record<string, string> = {};

async function http(query: string, headers: Record<string, string> = {}, variables: Record<string, unknown> = {}) {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return {
    status: res.status,
    body: (await res.json()) as {
      data?: any;
      errors?: Array<{ message: string; path?: Array<string | number>; extensions?: { code?: string } }>;
    },
  };
}
const as = (who: string): Record<string, string> =>
  who === 'partner' ? { 'x-api-key': 'demo-partner-key' } : { authorization: `Bearer ${tokens[who]}` };

beforeAll(async () => {
  t = await startTestApp();
  await loadDemoIfEmpty(t.app.orm);
  base = `http://127.0.0.1:${await t.app.listen(0, '127.0.0.1')}`;
  for (const who of ['admin', 'center', 'staff', 'auditor']) {
    const res = await http(
      'mutation($e: String!) { login(email: $e, password: "demo-password") { token user { role } } }',
      {},
      { e: `${who}@example.org` },
    );
    tokens[who] = res.body.data.login.token;
  }
});
afterAll(() => t?.close());

const WORKERS = '{ communityWorkers(first: 500) { nodes { communityId community { serviceCenterId } phone monthlySalary idNumber } } }';
const forbidden = (body: any, field: string) =>
  new Set(body.errors?.filter((e: any) => e.path?.at(-1) === field).map((e: any) => e.path[2]));

describe('demo accounts', () => {
  it('staff@example.org reads phones in its own community only, salaries and id numbers nowhere', async () => {
    const { body } = await http(WORKERS, as('staff'));
    const nodes = body.data.communityWorkers.nodes as any[];
    nodes.forEach((w, i) => expect(forbidden(body, 'phone').has(i), `worker ${i}`).toBe(w.communityId !== DEMO_BINDING.communityId));
    expect(forbidden(body, 'monthlySalary').size).toBe(nodes.length);
    expect(forbidden(body, 'idNumber').size).toBe(nodes.length);
    expect(nodes.some((w) => w.communityId === DEMO_BINDING.communityId && w.phone)).toBe(true);
  });

  it('center@example.org reads salaries in its own centre only', async () => {
    const { body } = await http(WORKERS, as('center'));
    const nodes = body.data.communityWorkers.nodes as any[];
    nodes.forEach((w, i) =>
      expect(forbidden(body, 'monthlySalary').has(i)).toBe(w.community.serviceCenterId !== DEMO_BINDING.serviceCenterId),
    );
    expect(forbidden(body, 'idNumber').size).toBe(nodes.length);
  });

  it('auditor@example.org reads everything and the audit log, and writes nothing', async () => {
    const { body } = await http(`${WORKERS.slice(0, -1)} auditLog(first: 1) { totalCount } }`, as('auditor'));
    expect(body.errors).toBeUndefined();
    const write = await http(
      'mutation { createDutyItem(input: { code: "X-1", title: "x", category: MANAGEMENT, responsibleLevel: COMMUNITY }) { id } }',
      as('auditor'),
    );
    expect(write.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('admin@example.org changes the duty catalogue; staff cannot', async () => {
    const create =
      'mutation($c: String!) { createDutyItem(input: { code: $c, title: "演示事项", category: MANAGEMENT, responsibleLevel: COMMUNITY }) { id } }';
    expect((await http(create, as('staff'), { c: 'DEMO-S' })).body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await http(create, as('admin'), { c: 'DEMO-A' })).body.errors).toBeUndefined();
  });

  it('demo-partner-key reads INTERNAL data of every scope and no personal data', async () => {
    const { status, body } = await http(
      '{ permissions { role } budgetLines(first: 5) { nodes { amount } } communityWorkers(first: 5) { nodes { name phone } } }',
      as('partner'),
    );
    expect(status).toBe(200);
    expect(body.data.permissions.role).toBe('PARTNER');
    expect(body.data.budgetLines.nodes.every((n: any) => n.amount !== null)).toBe(true);
    expect(body.errors?.map((e) => e.path?.at(-1))).toEqual(body.data.communityWorkers.nodes.map(() => 'phone'));
  });
});
