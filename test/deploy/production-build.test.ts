import { randomBytes } from 'node:crypto';
import { MikroORM } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appOrmConfig } from '../../server/src/app';
import { makeApiKey, newKey } from '../../server/src/modules/auth/api-keys';
import { inTransaction, insertDataSet } from '../../seeds/db/sql';
import { buildDemoSet } from '../../seeds/demo/index';
import { cloneTemplateDatabase } from '../support/database';
import { createPartnerClient, PartnerApiError } from '../partner/client';
import { PartnerCommunitiesDocument, PartnerPublishedDutiesDocument } from '../partner/generated/graphql';
import { buildServer, startBuiltServer, type BuiltServer } from './built-server';

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
});
