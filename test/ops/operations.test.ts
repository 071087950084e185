import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testConfig } from '../support/test-app';
import { ADMIN_EMAIL, ADMIN_PASSWORD, adminAuth, post, registeredOperation, sample, startOpsApp, type OpsApp } from './ops-app';

/** Issue 20, operations: request ids, one JSON log line per GraphQL request, /metrics. */
let plain: OpsApp;
let proxied: OpsApp;
beforeAll(async () => {
  const { limits } = testConfig();
  [plain, proxied] = await Promise.all([startOpsApp(), startOpsApp({ limits: { ...limits, trustProxy: true } })]);
}, 60_000);
afterAll(async () => {
  await Promise.all([plain?.close(), proxied?.close()]);
});

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const requestLines = (t: OpsApp, reqId: string) => t.lines().filter((l) => l.reqId === reqId && l.msg === 'graphql request');

/** The response's request id once the server has logged the request (the line is written when the response is done). */
async function idOf(t: OpsApp, res: Response): Promise<string> {
  const id = res.headers.get('x-request-id');
  expect(id).toBeTruthy();
  await res.arrayBuffer();
  for (let i = 0; i < 50 && !t.lines().some((l) => l.reqId === id); i++) await new Promise((r) => setTimeout(r, 10));
  return id!;
}

describe('request ids', () => {
  it('every response carries a fresh one, on the short way to /graphql, the express way and other paths', async () => {
    const ids = new Set<string>();
    for (const url of ['/graphql', '/graphql/', '/healthz', '/admin/']) {
      const res =
        url === '/healthz' || url === '/admin/'
          ? await fetch(`${plain.base}${url}`)
          : await fetch(`${plain.base}${url}`, {
              method: 'POST',
              headers: { 'content-type': 'application/json' },
              body: JSON.stringify({ query: '{ __typename }' }),
            });
      expect(res.status, url).toBe(200);
      const id = res.headers.get('x-request-id');
      expect(id, url).toMatch(UUID);
      ids.add(id!);
    }
    expect(ids.size).toBe(4);
  });

  it('an incoming x-request-id is ignored without TRUST_PROXY', async () => {
    const res = await post(plain.base, { query: '{ __typename }' }, { 'x-request-id': 'from-the-client-1234' });
    expect(res.headers.get('x-request-id')).toMatch(UUID);
  });

  it('behind a trusted proxy a well-formed incoming id is kept, a malformed one replaced', async () => {
    const kept = await post(proxied.base, { query: '{ __typename }' }, { 'x-request-id': 'lb-7f3a.9:trace=42' });
    expect(kept.headers.get('x-request-id')).toBe('lb-7f3a.9:trace=42');
    expect(requestLines(proxied, await idOf(proxied, kept))).toHaveLength(1);
    for (const bad of ['x'.repeat(129), 'has space', '"quoted"', '-leading-dash', 'a<b>']) {
      const res = await post(proxied.base, { query: '{ __typename }' }, { 'x-request-id': bad });
      expect(res.headers.get('x-request-id'), bad).toMatch(UUID);
    }
  });

  it('the id is on the request context (what resolvers and the access log read)', async () => {
    const ctx = await plain.app.contextFor({}, undefined, 'given-id');
    expect(ctx.requestId).toBe('given-id');
    expect((await plain.app.contextFor({})).requestId).toMatch(UUID);
  });
});

describe('the log line of a request', () => {
  it('one JSON line per GraphQL request: id, operation, caller class, duration, outcome', async () => {
    const res = await post(plain.base, { query: 'query WhoAmI { me { role } }' });
    const id = await idOf(plain, res);
    const lines = requestLines(plain, id);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      level: 'info',
      reqId: id,
      route: '/graphql',
      status: 200,
      operation: 'WhoAmI',
      operationType: 'query',
      caller: 'ANONYMOUS',
      outcome: 'ok',
    });
    expect(typeof lines[0].durationMs).toBe('number');
    expect(lines[0].durationMs as number).toBeGreaterThanOrEqual(0);
    expect(typeof lines[0].time).toBe('string');
  });

  it('names the caller by role and the outcome by error codes', async () => {
    const auth = await adminAuth(plain.base);
    const asAdmin = await post(plain.base, { query: 'query Mine { me { role } }' }, auth);
    expect(requestLines(plain, await idOf(plain, asAdmin))[0]).toMatchObject({ caller: 'ADMIN', outcome: 'ok' });

    const refused = await post(plain.base, {
      query: 'mutation Make { createServiceCenter(input: { name: "x", kind: SUB_DISTRICT_OFFICE, legalForm: GOVERNMENT_AGENCY }) { id } }',
    });
    expect(requestLines(plain, await idOf(plain, refused))[0]).toMatchObject({
      operation: 'Make',
      operationType: 'mutation',
      caller: 'ANONYMOUS',
      outcome: 'error',
      errors: ['UNAUTHENTICATED'],
    });

    const badToken = await post(plain.base, { query: '{ me { role } }' }, { authorization: 'Bearer not-a-token' });
    expect(badToken.status).toBe(401);
    expect(requestLines(plain, await idOf(plain, badToken))[0]).toMatchObject({
      status: 401,
      caller: 'UNKNOWN',
      outcome: 'error',
      errors: ['UNAUTHENTICATED'],
    });

    const unparsable = await post(plain.base, { query: '{ me { ' });
    expect(requestLines(plain, await idOf(plain, unparsable))[0]).toMatchObject({ status: 400, errors: ['BAD_USER_INPUT'] });
  });

  it('a login: the line has no password, no token and no e-mail, and no variables at all', async () => {
    const before = plain.raw().length;
    const res = await post(plain.base, {
      query: 'mutation Login($email: String!, $password: String!) { login(email: $email, password: $password) { token user { email } } }',
      variables: { email: ADMIN_EMAIL, password: ADMIN_PASSWORD },
    });
    const id = await idOf(plain, res);
    const { data } = (await (
      await post(plain.base, { query: `mutation { login(email: "${ADMIN_EMAIL}", password: "${ADMIN_PASSWORD}") { token } }` })
    ).json()) as {
      data: { login: { token: string } };
    };
    const [line] = requestLines(plain, id);
    expect(line).toMatchObject({ operation: 'Login', operationType: 'mutation', caller: 'ANONYMOUS', outcome: 'ok' });
    expect(line).not.toHaveProperty('variables');
    const written = plain.raw().slice(before);
    expect(written).toContain(id);
    for (const secret of [ADMIN_PASSWORD, ADMIN_EMAIL, 'admin@', data.login.token.split('.')[2]]) expect(written).not.toContain(secret);
  });
});

describe('/metrics', () => {
  const metrics = async (t: OpsApp) => {
    const res = await fetch(`${t.base}/metrics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/plain');
    return res.text();
  };

  it('serves every named series in the Prometheus format', async () => {
    const text = await metrics(plain);
    for (const name of [
      'http_requests_total',
      'graphql_requests_total',
      'graphql_request_duration_seconds',
      'graphql_one_statement_hits_total',
      'graphql_one_statement_fallbacks_total',
      'figure_cache_hits_total',
      'figure_cache_misses_total',
      'rate_limit_refusals_total',
      'db_pool_connections_used',
      'db_pool_connections_free',
      'db_pool_pending_acquires',
      'process_cpu_seconds_total',
      'process_resident_memory_bytes',
      'nodejs_eventloop_lag_p99_seconds',
      'nodejs_heap_size_used_bytes',
      'process_start_time_seconds',
    ])
      expect(text, name).toMatch(new RegExp(`^# TYPE ${name} `, 'm'));
    expect(
      sample(text, 'db_pool_connections_free', { pool: 'primary' }) + sample(text, 'db_pool_connections_used', { pool: 'primary' }),
    ).toBeGreaterThan(0);
  });

  it('counts a registered operation by name, its duration, and its one-statement answer', async () => {
    const query = registeredOperation('PartnerCommunities');
    const labels = { operation: 'PartnerCommunities', type: 'query', outcome: 'ok' };
    const before = await metrics(plain);
    for (let i = 0; i < 2; i++) {
      const res = await post(plain.base, { query, variables: { first: 3 } });
      expect((await res.json()).errors).toBeUndefined();
    }
    const after = await metrics(plain);
    expect(sample(after, 'graphql_requests_total', labels) - sample(before, 'graphql_requests_total', labels)).toBe(2);
    const count = { operation: 'PartnerCommunities', outcome: 'ok' };
    expect(
      sample(after, 'graphql_request_duration_seconds_count', count) - sample(before, 'graphql_request_duration_seconds_count', count),
    ).toBe(2);
    expect(sample(after, 'graphql_one_statement_hits_total') - sample(before, 'graphql_one_statement_hits_total')).toBe(2);
    expect(sample(after, 'http_requests_total', { route: '/graphql', method: 'POST', status: '200' })).toBeGreaterThanOrEqual(2);
  });

  it('collapses unregistered and unnamed operations into one label value', async () => {
    const before = await metrics(plain);
    await post(plain.base, { query: 'query MadeUpName1 { __typename }' });
    await post(plain.base, { query: '{ __typename }' });
    const after = await metrics(plain);
    expect(after).not.toContain('MadeUpName1');
    const other = { operation: 'other', type: 'query', outcome: 'ok' };
    expect(sample(after, 'graphql_requests_total', other) - sample(before, 'graphql_requests_total', other)).toBe(2);
  });

  it('counts figure cache misses and hits, and the figure queries as one-statement fallbacks', async () => {
    const query = registeredOperation('PartnerBudgetSummary');
    const auth = await adminAuth(plain.base);
    const before = await metrics(plain);
    for (let i = 0; i < 2; i++)
      expect((await (await post(plain.base, { query, variables: { year: 2025 } }, auth)).json()).errors).toBeUndefined();
    const after = await metrics(plain);
    const field = { field: 'budgetSummary' };
    expect(sample(after, 'figure_cache_misses_total', field) - sample(before, 'figure_cache_misses_total', field)).toBe(1);
    expect(sample(after, 'figure_cache_hits_total', field) - sample(before, 'figure_cache_hits_total', field)).toBe(1);
    const notCompilable = { reason: 'not_compilable' };
    expect(
      sample(after, 'graphql_one_statement_fallbacks_total', notCompilable) -
        sample(before, 'graphql_one_statement_fallbacks_total', notCompilable),
    ).toBe(2);
  });
});
