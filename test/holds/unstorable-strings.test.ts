import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANONYMOUS, ok, startTestApp, type GqlResult, type TestApp } from '../support/test-app';
import { recordFigure } from './figures';
import { rowCounts, startHttpApp, type HttpApp } from './http-app';

/**
 * Issue 12: a NUL byte in any string gave INTERNAL_SERVER_ERROR (PostgreSQL cannot store
 * U+0000 in text), and a lone UTF-16 surrogate is not valid UTF-8: the driver would store
 * U+FFFD instead, silently. Both are BAD_USER_INPUT at their path, for every operation and
 * argument (inline or in variables), before anything runs.
 */
let t: TestApp;
let community: string;
beforeAll(async () => {
  t = await startTestApp();
  const centre = ok(
    await t.gql(
      'mutation { c: createServiceCenter(input: { name: "字符中心", kind: SUB_DISTRICT_OFFICE, legalForm: GOVERNMENT_AGENCY }) { id } }',
    ),
  ).c.id;
  community = ok(
    await t.gql('mutation($c: ID!) { x: createCommunity(input: { code: "NUL-1", name: "字符社区", serviceCenterId: $c }) { id } }', {
      c: centre,
    }),
  ).x.id;
});
afterAll(() => t?.close());

const NUL = 'a\u0000b';
const LONE = 'x\uD800y';

async function expectRefusedAt(res: GqlResult, paths: string[], before: Record<string, number>) {
  expect(res.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
  const fields = res.errors?.[0].extensions?.fields as Array<{ path: string; message: string }>;
  expect(fields.map((f) => f.path)).toEqual(paths);
  // Named, never repeated: the message says what is wrong, not the value.
  expect(JSON.stringify(res.errors)).not.toMatch(/\\u0000|\\ud800/i);
  expect(res.data ?? null).toBeNull();
  expect(await rowCounts(t.url)).toEqual(before);
  recordFigure('unstorable strings refused', 1);
}

describe('strings PostgreSQL cannot store as sent', () => {
  it('are refused in a create input written inline, naming the field', async () => {
    const before = await rowCounts(t.url);
    const res = await t.gql(
      `mutation { createCompound(input: { communityId: "${community}", name: "a\\u0000b", propertyManager: "ok" }) { id } }`,
    );
    await expectRefusedAt(res, ['input.name'], before);
  });

  it('are refused in a filter, at its operator', async () => {
    const before = await rowCounts(t.url);
    await expectRefusedAt(
      await t.gql('{ compounds(filter: { name: { contains: "\\u0000" } }) { totalCount } }', {}, ANONYMOUS),
      ['filter.name.contains'],
      before,
    );
    // The same filter through a variable, deep in a list.
    const res = await t.gql('query($f: CompoundFilter) { compounds(filter: $f) { totalCount } }', {
      f: { or: [{ name: { eq: 'fine' } }, { name: { startsWith: LONE } }] },
    });
    await expectRefusedAt(res, ['filter.or.1.name.startsWith'], before);
  });

  it('are refused in a login e-mail before any account is looked up or a failed login logged', async () => {
    const before = await rowCounts(t.url);
    await expectRefusedAt(
      await t.gql('mutation { login(email: "admin\\u0000@example.org", password: "x") { token } }', {}, ANONYMOUS),
      ['email'],
      before,
    );
    await expectRefusedAt(
      await t.gql('mutation($e: String!) { login(email: $e, password: "x") { token } }', { e: `admin${LONE}@example.org` }, ANONYMOUS),
      ['email'],
      before,
    );
  });

  it('are refused in variables, every one of them at once, at the row and field of an import', async () => {
    const before = await rowCounts(t.url);
    const rows = [0, 1, 2, 3].map((i) => ({
      code: `NUL-R${i}`,
      name: i === 3 ? LONE : `行${i}`,
      serviceCenterId: null as string | null,
      address: i === 1 ? NUL : null,
    }));
    const res = await t.gql('mutation($rows: [CommunityCreateInput!]!) { importCommunities(rows: $rows) { id } }', { rows });
    await expectRefusedAt(res, ['rows.1.address', 'rows.3.name'], before);
    const created = await t.gql('mutation($i: CompoundCreateInput!) { createCompound(input: $i) { id } }', {
      i: { communityId: community, name: LONE },
    });
    await expectRefusedAt(created, ['input.name'], before);
  });

  it('let well-formed text through verbatim, astral characters included', async () => {
    const name = '𠀋小区 👍 \u00e9';
    const made = ok(
      await t.gql('mutation($i: CompoundCreateInput!) { createCompound(input: $i) { name } }', { i: { communityId: community, name } }),
    );
    expect(made.createCompound.name).toBe(name);
  });
});

describe('over HTTP', () => {
  let h: HttpApp;
  beforeAll(async () => {
    h = await startHttpApp();
  });
  afterAll(() => h?.close());

  it('answers 400 BAD_USER_INPUT with the path, writes nothing, and keeps answering', async () => {
    const before = await rowCounts(h.dbUrl);
    const res = await h.postAsAdmin({
      query: 'mutation($i: ServiceCenterCreateInput!) { createServiceCenter(input: $i) { id } }',
      variables: { i: { name: NUL, kind: 'SUB_DISTRICT_OFFICE', legalForm: 'GOVERNMENT_AGENCY' } },
    });
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.errors[0].extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [{ path: 'input.name', message: expect.stringContaining('NUL') }],
    });
    expect(await rowCounts(h.dbUrl)).toEqual(before);
    expect((await h.post({ query: '{ serviceCenters { totalCount } }' })).status).toBe(200);
  });
});
