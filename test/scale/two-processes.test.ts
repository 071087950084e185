import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signToken } from '../../server/src/modules/auth/token';
import { spawnServer, type ServerProcess } from '../support/server-process';
import { post, scaleDatabase, scaleRedisUrl, sql } from './processes';

// Two server processes that share nothing but PostgreSQL and Redis, as behind a load
// balancer. Needs a Redis: SCALE_REDIS_URL or REDIS_URL (.ci/run sets both servers).
const redisUrl = scaleRedisUrl();
const LIMIT = 12;
const TOTAL = 'query { budgetSummary(year: 2026, groupBy: [SOURCE]) { totals { income } } }';

if (!redisUrl) {
  console.warn(
    '[scale] SCALE_REDIS_URL / REDIS_URL not set: the two-process test (shared rate limit, shared cache invalidation) is SKIPPED',
  );
  describe('two server processes, one PostgreSQL, one Redis', () => {
    it.skip('skipped: set REDIS_URL (e.g. redis://127.0.0.1:6379) to run it', () => undefined);
  });
} else {
  let db: { url: string; drop: () => Promise<void> };
  let a: ServerProcess;
  let b: ServerProcess;
  let token: string;
  let communityId: string;
  /** Every request the test sends is counted: the shared limit must refuse exactly request LIMIT + 1. */
  let sent = 0;
  const ask = (s: ServerProcess, query: string, variables?: Record<string, unknown>, auth?: string) => {
    sent++;
    return post(s.base, query, variables, auth);
  };
  // As the signed-in admin: anonymous callers may not group budget lines by source (issue 12).
  const total = async (s: ServerProcess) => {
    const r = await ask(s, TOTAL, undefined, token);
    expect(r.body.errors).toBeUndefined();
    return r.body.data.budgetSummary.totals.income as string;
  };

  beforeAll(async () => {
    db = await scaleDatabase();
    const secret = randomBytes(16).toString('hex');
    const [session] = await sql(
      db.url,
      `with u as (insert into app_user (id, version, created_at, updated_at, email, display_name, password_hash, role, active)
      values (gen_random_uuid(), 1, now(), now(), 'scale-admin@test.local', '管理员', 'not-used', 'ADMIN', true) returning id)
      insert into app_session (id, user_id, created_at, expires_at) select gen_random_uuid(), id, now(), now() + interval '1 hour' from u returning id, user_id`,
    );
    token = signToken({ secret, ttlSeconds: 3600 }, { userId: session.user_id, sessionId: session.id });
    const [center] = await sql(
      db.url,
      `insert into service_center (id, version, created_at, updated_at, name, kind, legal_form)
      values (gen_random_uuid(), 1, now(), now(), '扩展中心', 'SUB_DISTRICT_OFFICE', 'GOVERNMENT_AGENCY') returning id`,
    );
    [{ id: communityId }] = await sql(
      db.url,
      `insert into community (id, version, created_at, updated_at, code, name, service_center_id)
      values (gen_random_uuid(), 1, now(), now(), 'SC-1', '扩展社区', $1) returning id`,
      [center.id],
    );
    await sql(
      db.url,
      `insert into budget_line (id, version, created_at, updated_at, community_id, fiscal_year, direction, source, amount, status)
      values (gen_random_uuid(), 1, now(), now(), $1, 2026, 'INCOME', 'FISCAL_APPROPRIATION', 1000.00, 'APPROVED')`,
      [communityId],
    );
    // Same secret (stateless sessions), same Redis and key prefix, nothing else shared.
    const env = {
      DATABASE_URL: db.url,
      REDIS_URL: redisUrl,
      REDIS_PREFIX: `governance-test:${randomBytes(4).toString('hex')}:`,
      JWT_SECRET: secret,
      RATE_LIMIT_PER_ADDRESS: String(LIMIT),
      RATE_LIMIT_WINDOW_SECONDS: '3600',
    };
    // Two starting at once on shared cores: allow them 90 s.
    [a, b] = await Promise.all([spawnServer(db.url, env, 90_000), spawnServer(db.url, env, 90_000)]);
  }, 180_000);

  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await db?.drop();
  });

  describe('two server processes, one PostgreSQL, one Redis', () => {
    it('serve a cached figure from Redis, and a write through one invalidates it on both', async () => {
      expect(await total(a)).toBe('1000.00');
      expect(await total(b)).toBe('1000.00');
      // A change behind the API's back (no write hook): both still answer from the cache.
      await sql(
        db.url,
        `insert into budget_line (id, version, created_at, updated_at, community_id, fiscal_year, direction, source, amount, status)
        values (gen_random_uuid(), 1, now(), now(), $1, 2026, 'INCOME', 'SOCIAL_DONATION', 500.00, 'APPROVED')`,
        [communityId],
      );
      expect(await total(a)).toBe('1000.00');
      expect(await total(b)).toBe('1000.00');

      const write = await ask(
        a,
        `mutation($c: ID!) { createBudgetLine(input: { communityId: $c, fiscalYear: 2026, direction: INCOME,
        source: HIGHER_LEVEL_TRANSFER, amount: "250.00", status: APPROVED }) { id } }`,
        { c: communityId },
        token,
      );
      expect(write.body.errors).toBeUndefined();
      // Written through A: B recomputes too (and sees the change made behind the API's back).
      expect(await total(b)).toBe('1750.00');
      expect(await total(a)).toBe('1750.00');
    });

    it('share one rate limit: the request after the limit is refused, whichever process gets it', async () => {
      const servers = [b, a];
      let refusedAt: number | null = null;
      while (refusedAt === null && sent < 2 * LIMIT + 2) {
        const r = await ask(servers[sent % 2], '{ __typename }');
        if (r.status === 429) {
          expect(r.body.errors?.[0].extensions?.code).toBe('RATE_LIMITED');
          refusedAt = sent;
        }
      }
      // With a counter per process, each would allow LIMIT requests of its own.
      expect(refusedAt).toBe(LIMIT + 1);
      const other = await post(servers[refusedAt! % 2].base, '{ __typename }');
      expect(other.status).toBe(429);
    });
  });
}
