import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../server/src/config';
import { testConfig } from '../support/test-app';
import { post, sample, startOpsApp, type OpsApp } from './ops-app';

/** Who may read /metrics (METRICS_TOKEN, production), and the rate-limit refusals it counts. */
const TOKEN = randomBytes(24).toString('hex');
let guarded: OpsApp;
let production: OpsApp;
beforeAll(async () => {
  const base = testConfig();
  const prod = loadConfig({ NODE_ENV: 'production', JWT_SECRET: randomBytes(32).toString('hex'), LOG_LEVEL: 'silent' });
  [guarded, production] = await Promise.all([
    startOpsApp({ ops: { ...base.ops, metricsToken: TOKEN }, limits: { ...base.limits, ratePerAddress: 3 } }),
    startOpsApp({ ...prod, jwtSecret: prod.jwtSecret }),
  ]);
}, 60_000);
afterAll(async () => {
  await Promise.all([guarded?.close(), production?.close()]);
});

describe('/metrics access', () => {
  it('with METRICS_TOKEN: 401 without the bearer token or with another, the series with it', async () => {
    expect((await fetch(`${guarded.base}/metrics`)).status).toBe(401);
    const wrong = await fetch(`${guarded.base}/metrics`, { headers: { authorization: `Bearer ${TOKEN}x` } });
    expect(wrong.status).toBe(401);
    expect(wrong.headers.get('www-authenticate')).toContain('Bearer');
    const right = await fetch(`${guarded.base}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(right.status).toBe(200);
    expect(await right.text()).toContain('# TYPE graphql_requests_total counter');
  });

  it('in production without METRICS_TOKEN: not served', async () => {
    expect((await fetch(`${production.base}/metrics`)).status).toBe(404);
    expect((await fetch(`${production.base}/healthz`)).status).toBe(200);
  });

  it('a short METRICS_TOKEN is refused at start', () => {
    expect(() => loadConfig({ NODE_ENV: 'test', METRICS_TOKEN: 'short' })).toThrow(/METRICS_TOKEN must be at least 16/);
    expect(() => loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'loud' })).toThrow(/LOG_LEVEL must be one of/);
  });
});

describe('rate-limit refusals', () => {
  it('are counted by scope, and logged as RATE_LIMITED requests', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await post(guarded.base, { query: '{ __typename }' })).status);
    expect(statuses.filter((s) => s === 429)).toHaveLength(2);
    const text = await (await fetch(`${guarded.base}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } })).text();
    expect(sample(text, 'rate_limit_refusals_total', { scope: 'address' })).toBe(2);
    expect(sample(text, 'graphql_requests_total', { operation: 'other', type: 'none', outcome: 'RATE_LIMITED' })).toBe(2);
    const refused = guarded.lines().filter((l) => l.msg === 'graphql request' && l.status === 429);
    expect(refused).toHaveLength(2);
    expect(refused[0]).toMatchObject({ outcome: 'error', errors: ['RATE_LIMITED'], caller: 'UNKNOWN' });
  });
});
