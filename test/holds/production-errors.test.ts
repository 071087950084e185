import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql, startHttpApp, type HttpApp } from './http-app';
import { createLogger } from '../../server/src/ops';

const INTROSPECT = '{ __schema { queryType { name } } }';

describe('in production', () => {
  let h: HttpApp;
  let logged: string[] = [];
  beforeAll(async () => {
    const logger = createLogger('warn', { write: (line: string) => void logged.push(line) });
    h = await startHttpApp({ introspection: false, exposeErrors: false }, { production: true }, logger);
  });
  afterAll(async () => {
    await h?.close();
  });

  it('refuses introspection', async () => {
    const res = await h.post({ query: INTROSPECT });
    expect(res.status).toBe(400);
    expect((await res.json()).errors[0].extensions.code).toBe('FORBIDDEN');
  });

  it('hides field suggestions', async () => {
    const body = await (await h.post({ query: '{ communitie { totalCount } }' })).json();
    expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(body.errors[0].message).not.toMatch(/Did you mean|communities/);
  });

  it('masks an internal error: no SQL, stack, path or value; the detail is logged', async () => {
    const [c] = await sql(
      h.dbUrl,
      "insert into service_center (id, name, kind, legal_form, powers, version, created_at, updated_at) values (gen_random_uuid(), '秘密中心', 'SUB_DISTRICT_OFFICE', 'GOVERNMENT_AGENCY', '{}', 1, now(), now()) returning id",
    );
    // Break the database under the server: a column it selects no longer exists.
    await sql(h.dbUrl, 'alter table service_center rename column name to name_hidden');
    logged = [];
    const res = await h.post({ query: `{ serviceCenter(id: "${c.id}") { id name } }` });
    const text = await res.text();
    await sql(h.dbUrl, 'alter table service_center rename column name_hidden to name');
    expect(res.status).toBeLessThan(500);
    const body = JSON.parse(text);
    expect(body.errors[0].extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
    expect(text).not.toMatch(/select|service_center|name_hidden|stacktrace|node_modules|\.ts|秘密/i);
    expect(logged.join('')).toMatch(/name/);
  });

  it('sends only the contract codes', async () => {
    for (const query of [
      INTROSPECT,
      '{ nope }',
      '{',
      'query A { __typename } query A { __typename }',
      'query($x: Int!) { communities(first: $x) { totalCount } }',
    ]) {
      const body = await (await h.post({ query })).json();
      for (const e of body.errors) expect(['BAD_USER_INPUT', 'FORBIDDEN', 'QUERY_TOO_COMPLEX']).toContain(e.extensions.code);
    }
  });
});

describe('introspection can be turned on in production by a setting', () => {
  let h: HttpApp;
  beforeAll(async () => {
    h = await startHttpApp({ introspection: true }, { production: true });
  });
  afterAll(() => h?.close());

  it('answers introspection', async () => {
    const body = await (await h.post({ query: INTROSPECT })).json();
    expect(body.data.__schema.queryType.name).toBe('Query');
  });
});

describe('in development', () => {
  let h: HttpApp;
  beforeAll(async () => {
    h = await startHttpApp({ exposeErrors: true, introspection: true });
  });
  afterAll(() => h?.close());

  it('keeps field suggestions and introspection for the developer', async () => {
    const body = await (await h.post({ query: '{ communitie { totalCount } }' })).json();
    expect(body.errors[0].message).toMatch(/Did you mean "communities"/);
    expect((await (await h.post({ query: INTROSPECT })).json()).data.__schema.queryType.name).toBe('Query');
  });
});
