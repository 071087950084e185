import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hostileCases, type HostileCase } from './hostile-requests';
import { rowCounts, sql, startHttpApp, type HttpApp } from './http-app';
import { recordFigure } from './figures';

let h: HttpApp;
beforeAll(async () => {
  h = await startHttpApp();
});
afterAll(() => h?.close());

const send = (c: HostileCase) => {
  const headers = { ...(c.asAdmin ? { authorization: `Bearer ${h.token}` } : {}), ...c.headers };
  if (c.get !== undefined) return fetch(`${h.base}/graphql?${c.get}`, { headers });
  return h.post(c.body, headers);
};

const stillAnswers = async () => {
  const res = await h.post({ query: '{ communities(first: 1) { totalCount } }' });
  expect(res.status).toBe(200);
  expect((await res.json()).data.communities.totalCount).toBeTypeOf('number');
};

describe('hostile and broken requests', () => {
  it.each(hostileCases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const before = await rowCounts(h.dbUrl);
    const res = await send(c);
    const text = await res.text();
    expect(res.status, text.slice(0, 300)).toBe(c.status);
    const body = JSON.parse(text);
    expect(body.errors?.[0]?.extensions?.code, text.slice(0, 300)).toBe(c.code);
    expect(text).not.toMatch(/stacktrace|node_modules|\/server\/src\/|select .* from/i);
    if (c.code === 'BAD_USER_INPUT') expect(body.errors[0].extensions.fields?.[0]?.path).toBeTypeOf('string');
    expect(await rowCounts(h.dbUrl)).toEqual(before);
    await stillAnswers();
    recordFigure('bad inputs tried', 1);
  });
});

describe('SQL and script fragments are data, never code', () => {
  const fragments = [
    "Robert'); DROP TABLE service_center; --",
    '" OR 1=1 --',
    "'; UPDATE community SET name = 'pwned'; --",
    '<script>alert("x")</script>',
    '<img src=x onerror=alert(1)>',
    '%_\\%\\_ $1 ${name} {{7*7}}',
    '\u0000-less but \u202Eright-to-left and emoji 🏘️',
  ].map((s) => s.replace('\u0000', ''));

  it.each(fragments.map((f) => [f] as const))('stores and returns %j verbatim', async (fragment) => {
    const created = await (
      await h.postAsAdmin({
        query: 'mutation($input: ServiceCenterCreateInput!) { createServiceCenter(input: $input) { id name } }',
        variables: { input: { name: fragment, kind: 'SUB_DISTRICT_OFFICE', legalForm: 'GOVERNMENT_AGENCY' } },
      })
    ).json();
    expect(created.errors).toBeUndefined();
    expect(created.data.createServiceCenter.name).toBe(fragment);
    const id = created.data.createServiceCenter.id;
    const [row] = await sql(h.dbUrl, 'select name from service_center where id = $1', [id]);
    expect(row.name).toBe(fragment);

    // The same text as a filter finds exactly that record, and nothing else happens.
    const before = await rowCounts(h.dbUrl);
    for (const op of ['eq', 'contains', 'startsWith']) {
      const found = await (
        await h.post({
          query: `query($f: ServiceCenterFilter) { serviceCenters(filter: $f) { nodes { id name } } }`,
          variables: { f: { name: { [op]: fragment } } },
        })
      ).json();
      expect(found.errors).toBeUndefined();
      expect(found.data.serviceCenters.nodes).toEqual([{ id, name: fragment }]);
    }
    expect(await rowCounts(h.dbUrl)).toEqual(before);
    recordFigure('bad inputs tried', 1);
  });

  it('left every table in place', async () => {
    const tables = await sql(h.dbUrl, "select count(*)::int as n from pg_tables where schemaname = 'public'");
    expect(tables[0].n).toBeGreaterThanOrEqual(14);
    const pwned = await sql(h.dbUrl, "select count(*)::int as n from community where name = 'pwned'");
    expect(pwned[0].n).toBe(0);
  });
});

describe('ordinary heavy queries are not refused', () => {
  const accepted = [
    `{ communities(filter: { serviceCenter: { kind: { eq: PARTY_SERVICE_CENTER } }, population: { gte: 5000 } }, orderBy: [{ population: DESC }, { name: ASC }], first: 20) {
        totalCount nodes { id code name population workers(first: 5) { name position } } pageInfo { hasNextPage endCursor } } }`,
    `{ communities(first: 500) { totalCount nodes { id code name population households areaKm2 officeAreaM2 version createdAt updatedAt serviceCenter { id name } } } }`,
    `{ serviceCenters(first: 10) { nodes { id name communities(first: 20) { id name workers(first: 10) { id name position } } } } }`,
  ];
  it.each(accepted.map((q, i) => [i, q] as const))('query %i runs', async (_i, query) => {
    const res = await h.post({ query });
    const body = await res.json();
    expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
    expect(res.status).toBe(200);
  });
});
