import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ok, startTestApp, type TestApp } from '../support/test-app';

let t: TestApp;
let centerId: string;
const N = 23;
beforeAll(async () => {
  t = await startTestApp();
  centerId = ok(
    await t.gql(
      'mutation { createServiceCenter(input: { name: "分页中心", kind: SUB_DISTRICT_OFFICE, legalForm: GOVERNMENT_AGENCY }) { id } }',
    ),
  ).createServiceCenter.id;
  for (let i = 0; i < N; i++) {
    // Repeated populations and some nulls: ties and nulls must not break paging.
    const population = i % 5 === 0 ? null : (i % 4) * 1000;
    ok(
      await t.gql('mutation($input: CommunityCreateInput!) { createCommunity(input: $input) { id } }', {
        input: { code: `P-${String(i).padStart(2, '0')}`, name: `社区${i % 3}`, serviceCenterId: centerId, population },
      }),
    );
  }
});
afterAll(() => t?.close());

const PAGE = `query($first: Int, $after: String, $offset: Int, $orderBy: [CommunityOrder!]) {
  communities(first: $first, after: $after, offset: $offset, orderBy: $orderBy) { totalCount nodes { code population name } pageInfo { hasNextPage endCursor } } }`;

async function walk(orderBy: unknown, size: number) {
  const seen: Array<{ code: string; population: number | null; name: string }> = [];
  let after: string | null = null;
  for (let guard = 0; guard < 50; guard++) {
    const page: any = ok(await t.gql(PAGE, { first: size, after, orderBy })).communities;
    seen.push(...page.nodes);
    if (!page.pageInfo.hasNextPage) break;
    after = page.pageInfo.endCursor;
  }
  return seen;
}

describe('ordering and paging', () => {
  it('orders by several keys in the order given, nulls last ascending', async () => {
    const all = ok(await t.gql(PAGE, { first: 100, orderBy: [{ population: 'DESC' }, { code: 'ASC' }] })).communities.nodes;
    const pops = all.map((n: { population: number | null }) => n.population);
    expect(pops.slice(0, 5)).toEqual([null, null, null, null, null]);
    expect(pops.slice(5)).toEqual([...pops.slice(5)].sort((a, b) => b - a));
    const asc = ok(await t.gql(PAGE, { first: 100, orderBy: [{ population: 'ASC' }] })).communities.nodes;
    expect(asc.at(-1).population).toBeNull();
  });

  it.each([
    [[{ population: 'ASC' }], 4],
    [[{ population: 'DESC' }, { name: 'DESC' }], 5],
    [[{ name: 'ASC' }], 7],
    [[], 6],
  ])('cursor paging by %j visits every record exactly once', async (orderBy, size) => {
    const seen = await walk(orderBy, size);
    expect(seen).toHaveLength(N);
    expect(new Set(seen.map((s) => s.code)).size).toBe(N);
    const full = ok(await t.gql(PAGE, { first: 100, orderBy })).communities.nodes;
    expect(seen.map((s) => s.code)).toEqual(full.map((s: { code: string }) => s.code));
  });

  it('offset paging with totalCount', async () => {
    const page = ok(await t.gql(PAGE, { first: 10, offset: 20, orderBy: [{ code: 'ASC' }] })).communities;
    expect(page.totalCount).toBe(N);
    expect(page.nodes.map((n: { code: string }) => n.code)).toEqual(['P-20', 'P-21', 'P-22']);
    expect(page.pageInfo.hasNextPage).toBe(false);
  });

  it('the default order is stable (code, then id)', async () => {
    const a = ok(await t.gql(PAGE, { first: 100 })).communities.nodes;
    expect(a.map((n: { code: string }) => n.code)).toEqual([...a.map((n: { code: string }) => n.code)].sort());
  });

  it.each([
    [{ first: -1 }, 'first'],
    [{ first: 100000 }, 'first'],
    [{ offset: -5 }, 'offset'],
    [{ after: 'bm90IGEgY3Vyc29y' }, 'after'],
  ])('refuses bad paging %j with BAD_USER_INPUT', async (vars, path) => {
    const res = await t.gql(PAGE, vars);
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path }] });
  });

  it('refuses an order entry naming two fields', async () => {
    const res = await t.gql(PAGE, { orderBy: [{ code: 'ASC', name: 'DESC' }] });
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
