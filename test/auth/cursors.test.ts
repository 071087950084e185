import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSmallCity, type SmallCity } from '../support/fixtures';
import { ANONYMOUS, ok, startTestApp, type TestApp } from '../support/test-app';

/**
 * Issue "Nothing leaks", defect 2: cursors were base64 JSON of the order keys' values,
 * and the default order of workers and party members is by name, which anonymous
 * callers may not read: `endCursor` told them the names, and a forged `after` worked
 * as a range oracle on them. Cursors are now sealed, and a caller's order only uses
 * keys it may read in every row.
 */
let t: TestApp;
let city: SmallCity;
let workerIds: string[];

beforeAll(async () => {
  t = await startTestApp();
  city = await buildSmallCity(t);
  // Created last, first by name: the two orders differ.
  const late = ok(
    await t.gql(
      `mutation { createCommunityWorker(input: { communityId: "${city.communities[1]}", name: "丁一", employmentType: OTHER }) { id } }`,
    ),
  );
  workerIds = [...city.workers, late.createCommunityWorker.id];
});
afterAll(() => t?.close());

const forge = (values: unknown[]) => Buffer.from(JSON.stringify(values)).toString('base64url');
const workers = (after?: string) =>
  t.gql(
    `query($after: String) { communityWorkers(first: 1, after: $after) { nodes { id } edges { cursor } pageInfo { endCursor hasNextPage } } }`,
    { after },
    ANONYMOUS,
  );

describe('cursors', () => {
  it('carry nothing a caller can read: no name, no value at all', async () => {
    const page = ok(await workers()).communityWorkers;
    const cursor: string = page.pageInfo.endCursor;
    expect(page.edges[0].cursor).toBe(cursor);
    const decoded = Buffer.from(cursor, 'base64url').toString('utf8');
    for (const name of ['张伟', '李娜', '王芳']) expect(decoded).not.toContain(name);
    expect(() => JSON.parse(decoded)).toThrow();
  });

  it('order anonymous callers by what they may read (creation), not by the hidden name', async () => {
    const all = ok(await t.gql(`{ communityWorkers { nodes { id } } }`, {}, ANONYMOUS)).communityWorkers.nodes.map(
      (n: { id: string }) => n.id,
    );
    expect(all).toEqual(workerIds);
    // Those who may read names still get the declared order, by name.
    const byName = ok(await t.gql(`{ communityWorkers { nodes { name } } }`)).communityWorkers.nodes.map((n: { name: string }) => n.name);
    expect(byName[0]).toBe('丁一');
  });

  it('page on with a cursor the server made, on both read paths', async () => {
    const first = ok(await workers()).communityWorkers;
    const second = ok(await workers(first.pageInfo.endCursor)).communityWorkers;
    expect(second.nodes[0].id).toBe(workerIds[1]);
  });

  it.each([
    ['a forged range probe on the name', forge(['张', '00000000-0000-4000-8000-000000000000'])],
    ['a forged cursor with a non-uuid id', forge(['2026-01-01T00:00:00.000Z', 'x'])],
    ['garbage', 'not-a-cursor'],
  ])('refuse %s as BAD_USER_INPUT at after', async (_label, after) => {
    const res = await workers(after);
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].extensions?.fields).toEqual([expect.objectContaining({ path: 'after' })]);
  });

  it('refuse a real cursor of another list, of another order, or altered by one bit', async () => {
    const cursor: string = ok(await workers()).communityWorkers.pageInfo.endCursor;
    const communities = await t.gql(
      `query($after: String) { communities(first: 1, after: $after) { nodes { id } } }`,
      { after: cursor },
      ANONYMOUS,
    );
    expect(communities.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const ordered = await t.gql(
      `query($after: String) { communityWorkers(first: 1, after: $after, orderBy: [{ createdAt: DESC }]) { nodes { id } } }`,
      { after: cursor },
      ANONYMOUS,
    );
    expect(ordered.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const raw = Buffer.from(cursor, 'base64url');
    raw[raw.length - 5] ^= 1;
    const altered = await workers(raw.toString('base64url'));
    expect(altered.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
