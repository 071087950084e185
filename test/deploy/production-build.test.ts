import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { MikroORM } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appOrmConfig } from '../../server/src/app';
import { makeApiKey, newKey } from '../../server/src/modules/auth/api-keys';
import { inTransaction, insertDataSet } from '../../seeds/db/sql';
import { buildDemoSet } from '../../seeds/demo/index';
import { cloneTemplateDatabase } from '../support/database';
import { createPartnerClient, PartnerApiError } from '../partner/client';
import { PartnerCommunitiesDocument, PartnerPublishedDutiesDocument } from '../partner/generated/graphql';
import { sql } from '../support/sql';
import { BUILD_DIR, buildServer, ROOT, startBuiltServer, type BuiltServer } from './built-server';

/**
 * docs/deploy.md's deployment, run: the tsc build started with NODE_ENV=production
 * (trusted documents for API keys, no demo data or key), and the partner example
 * against it by document id (issue 12, defect 9: every partner was refused).
 */
let db: Awaited<ReturnType<typeof cloneTemplateDatabase>>;
let server: BuiltServer | undefined;
const key = newKey();

beforeAll(async () => {
  db = await cloneTemplateDatabase();
  // The demo district's rows (not its accounts or demo key: production has none), and a key made as createApiKey makes one.
  const orm = await MikroORM.init(appOrmConfig({ clientUrl: db.url }));
  try {
    await inTransaction(orm, async (em, run) => {
      await insertDataSet(run, buildDemoSet());
      makeApiKey(em, key, { name: 'Production partner', scopes: ['community:read', 'duty:read'] });
      await em.flush();
    });
  } finally {
    await orm.close(true);
  }
  await buildServer();
  server = await startBuiltServer({ NODE_ENV: 'production', JWT_SECRET: randomBytes(32).toString('hex'), DATABASE_URL: db.url });
}, 240_000);
afterAll(async () => {
  await server?.stop();
  await db?.drop();
});

describe('the production build (node dist/server/src/main.js, NODE_ENV=production)', () => {
  it('serves the partner example by document id', async () => {
    expect((await fetch(`${server!.base}/readyz`)).status).toBe(200);
    const client = createPartnerClient({ url: `${server!.base}/graphql`, apiKey: key, send: 'id' });
    const { communities } = await client.request(PartnerCommunitiesDocument, { first: 5 });
    expect(communities.totalCount).toBe(12); // the demo district
    expect(communities.nodes).toHaveLength(5);
    const { dutyItems } = await client.request(PartnerPublishedDutiesDocument);
    expect(dutyItems.nodes.length).toBeGreaterThan(0);
  });

  it('is in production mode: the same key may not send operation text, and there is no demo key', async () => {
    const asText = createPartnerClient({ url: `${server!.base}/graphql`, apiKey: key, send: 'text' });
    const refused = await asText.request(PartnerCommunitiesDocument, { first: 5 }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(PartnerApiError);
    expect((refused as PartnerApiError).codes).toEqual(['FORBIDDEN']);
    const demo = createPartnerClient({ url: `${server!.base}/graphql`, apiKey: 'demo-partner-key', send: 'id' });
    const unknown = await demo.request(PartnerCommunitiesDocument, { first: 5 }).catch((e: unknown) => e);
    expect((unknown as PartnerApiError).status).toBe(401);
  });

  it('logs JSON lines with a request id, serves no /metrics without METRICS_TOKEN', async () => {
    const res = await fetch(`${server!.base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': key },
      body: JSON.stringify({ documentId: `sha256:${'0'.repeat(64)}` }),
    });
    const id = res.headers.get('x-request-id');
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    await res.arrayBuffer();
    expect((await fetch(`${server!.base}/metrics`)).status).toBe(404);
    // The line is written when the response is done, and reaches this process through a pipe.
    for (let i = 0; i < 100 && !server!.output().includes(id!); i++) await new Promise((r) => setTimeout(r, 20));
    const lines = server!
      .output()
      .split('\n')
      .filter((l) => l.startsWith('{'))
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.find((l) => typeof l.msg === 'string' && l.msg.includes('listening on'))).toMatchObject({ level: 'info' });
    expect(lines.find((l) => l.reqId === id)).toMatchObject({ msg: 'graphql request', caller: 'UNKNOWN', status: 400 });
    expect(server!.output()).not.toContain(key);
  });

  it('logs the audit chain heads at start-up, and the built audit-chain script anchors and verifies', async () => {
    expect(server!.output()).toMatch(/audit chain heads: audit seq \d+ hash [0-9a-f]{64}/);
    await sql(
      db.url,
      "insert into audit_entry (at, actor_kind, role, action, changes) values (now(), 'anonymous', 'ANONYMOUS', 'LOGIN_FAILED', '[]')",
    );
    const script = [path.join(BUILD_DIR, 'server/src/scripts/audit-chain.js')];
    const opts = { cwd: ROOT, env: { ...process.env, NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(32), DATABASE_URL: db.url } };
    const run = promisify(execFile);
    const anchor = JSON.parse((await run(process.execPath, [...script, 'anchor'], opts)).stdout);
    const [head] = await sql(db.url, "select seq::int, hash from audit_chain_head where chain = 'audit'");
    expect(anchor.chains).toContainEqual(expect.objectContaining({ chain: 'audit', seq: head.seq, hash: head.hash }));
    const file = path.join(tmpdir(), `anchor-${randomBytes(4).toString('hex')}.json`);
    writeFileSync(file, JSON.stringify(anchor));
    const verified = await run(process.execPath, [...script, 'verify', '--anchor', file], opts).finally(() =>
      rmSync(file, { force: true }),
    );
    expect(verified.stdout).toContain(`audit chain intact: ${head.seq} entries, head ${head.hash}, 1 anchor held`);
  });
});
