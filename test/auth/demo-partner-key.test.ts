import { afterAll, beforeAll, expect, it } from 'vitest';
import { createDemoPartnerKey } from '../../seeds/demo-partner-key';
import { buildSmallCity } from '../support/fixtures';
import { startTestApp, type TestApp } from '../support/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
  await buildSmallCity(t);
  await createDemoPartnerKey(t.app.orm.em.fork());
});
afterAll(() => t?.close());

it('lets demo-partner-key read INTERNAL fields of every scope, and nothing PERSONAL', async () => {
  const ctx = await t.app.contextFor({ 'x-api-key': 'demo-partner-key' });
  // Every scope a record type declares (sorted).
  expect(ctx.viewer).toMatchObject({ kind: 'partner', scopes: ['budget', 'community', 'duty', 'org', 'people'] });
  const res = await t.app.apollo.executeOperation(
    { query: '{ communityWorkers { nodes { name phone } } budgetLines { nodes { amount } } partyMembers { nodes { name } } }' },
    { contextValue: ctx },
  );
  const body = res.body.kind === 'single' ? res.body.singleResult : null;
  expect(body?.data?.budgetLines).toMatchObject({ nodes: expect.arrayContaining([{ amount: '100000.10' }]) });
  expect(body?.errors?.every((e) => e.extensions?.code === 'FORBIDDEN' && e.path?.at(-1) === 'phone')).toBe(true);
  // Creating it again changes nothing (demo loads are repeatable).
  await createDemoPartnerKey(t.app.orm.em.fork());
});
