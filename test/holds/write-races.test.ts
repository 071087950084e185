import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../support/sql';
import { ok, startTestApp, type GqlResult, type TestApp } from '../support/test-app';
import { recordFigure } from './figures';

/**
 * Issue 12, defect 6: check-then-write races. A child created (or restored) under a
 * parent while the parent was being deleted: both succeeded in about half of the tries,
 * leaving live rows under a deleted parent. Here both writes run at once, as GraphQL
 * mutations on two connections, for each of many parents; at the end SQL counts live
 * compounds whose community is deleted. Either write may win; never both.
 */
let t: TestApp;
let centre: string;
beforeAll(async () => {
  t = await startTestApp();
  centre = ok(
    await t.gql(
      'mutation { c: createServiceCenter(input: { name: "竞争中心", kind: SUB_DISTRICT_OFFICE, legalForm: GOVERNMENT_AGENCY }) { id } }',
    ),
  ).c.id;
});
afterAll(() => t?.close());

let serial = 0;
/** `n` fresh communities in one import. */
async function communities(n: number): Promise<string[]> {
  const rows = Array.from({ length: n }, () => ({ code: `RACE-${++serial}`, name: `竞争社区${serial}`, serviceCenterId: centre }));
  return ok(
    await t.gql('mutation($rows: [CommunityCreateInput!]!) { importCommunities(rows: $rows) { id } }', { rows }),
  ).importCommunities.map((c: { id: string }) => c.id);
}

const orphans = async () =>
  Number(
    (
      await sql(
        t.url,
        `select count(*) from compound c join community p on p.id = c.community_id where c.deleted_at is null and p.deleted_at is not null`,
      )
    )[0].count,
  );

const succeeded = (r: GqlResult) => !r.errors?.length;

/** Runs `race(i)` for i in 0..n, a few at a time, and tallies which side won. */
async function raceAll(
  n: number,
  race: (i: number) => Promise<[GqlResult, GqlResult]>,
): Promise<{ child: number; parent: number; both: number }> {
  const won = { child: 0, parent: 0, both: 0 };
  for (let start = 0; start < n; start += 4) {
    const batch = await Promise.all(Array.from({ length: Math.min(4, n - start) }, (_, k) => race(start + k)));
    for (const [child, parent] of batch) {
      // A refusal is a clean one: the contract's code, never a crash.
      for (const r of [child, parent])
        if (!succeeded(r)) expect(r.errors?.[0].extensions?.code).toMatch(/^(BAD_USER_INPUT|NOT_FOUND|CONFLICT)$/);
      if (succeeded(child) && succeeded(parent)) won.both++;
      else if (succeeded(child)) won.child++;
      else if (succeeded(parent)) won.parent++;
    }
  }
  return won;
}

const DELETE_PARENT = 'mutation($id: ID!) { deleteCommunity(id: $id) }';

describe('a child written while its parent is deleted', () => {
  it('create under a parent against deleting it: 100 races, no orphan', async () => {
    const parents = await communities(100);
    const won = await raceAll(100, (i) =>
      Promise.all([
        t.gql('mutation($c: ID!) { createCompound(input: { communityId: $c, name: "竞争小区" }) { id } }', { c: parents[i] }),
        t.gql(DELETE_PARENT, { id: parents[i] }),
      ]),
    );
    expect({ orphans: await orphans(), both: won.both }).toEqual({ orphans: 0, both: 0 });
    expect(won.child + won.parent).toBe(100);
    recordFigure('create/delete-parent races', 100);
  });

  it('restore of a child against deleting its parent: 100 races, no orphan', async () => {
    const parents = await communities(100);
    const children: string[] = [];
    for (const c of parents)
      children.push(
        ok(await t.gql('mutation($c: ID!) { x: createCompound(input: { communityId: $c, name: "将恢复" }) { id } }', { c })).x.id,
      );
    ok(await t.gql('mutation($ids: [ID!]!) { deleteCompounds(ids: $ids) }', { ids: children }));
    const won = await raceAll(100, (i) =>
      Promise.all([
        t.gql('mutation($id: ID!) { restoreCompound(id: $id) { id } }', { id: children[i] }),
        t.gql(DELETE_PARENT, { id: parents[i] }),
      ]),
    );
    expect({ orphans: await orphans(), both: won.both }).toEqual({ orphans: 0, both: 0 });
    expect(won.child + won.parent).toBe(100);
    recordFigure('restore/delete-parent races', 100);
  });

  it('the same with imports, bulk restores and bulk deletes: 40 races, no orphan', async () => {
    const parents = await communities(40);
    const children: string[] = [];
    for (const c of parents.slice(20))
      children.push(
        ok(await t.gql('mutation($c: ID!) { x: createCompound(input: { communityId: $c, name: "批量恢复" }) { id } }', { c })).x.id,
      );
    ok(await t.gql('mutation($ids: [ID!]!) { deleteCompounds(ids: $ids) }', { ids: children }));
    const won = await raceAll(40, (i) =>
      Promise.all([
        i < 20
          ? t.gql('mutation($rows: [CommunityWorkerCreateInput!]!) { importCommunityWorkers(rows: $rows) { id } }', {
              rows: [{ communityId: parents[i], name: '导入甲', employmentType: 'OTHER' }],
            })
          : t.gql('mutation($ids: [ID!]!) { restoreCompounds(ids: $ids) { id } }', { ids: [children[i - 20]] }),
        t.gql('mutation($ids: [ID!]!) { deleteCommunities(ids: $ids) }', { ids: [parents[i]] }),
      ]),
    );
    expect({ orphans: await orphans(), both: won.both }).toEqual({ orphans: 0, both: 0 });
    const workerOrphans = await sql(
      t.url,
      'select count(*) from community_worker w join community p on p.id = w.community_id where w.deleted_at is null and p.deleted_at is not null',
    );
    expect(Number(workerOrphans[0].count)).toBe(0);
    expect(won.child + won.parent).toBe(40);
  });
});
